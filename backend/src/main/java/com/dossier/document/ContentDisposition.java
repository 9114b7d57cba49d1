package com.dossier.document;

import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition: attachment} naming a file (RFC 6266): a plain {@code filename} with
 * non-ASCII characters replaced, for old clients, and {@code filename*} with the exact UTF-8 name
 * percent-encoded as RFC 8187 (formerly 5987) specifies, which current browsers prefer.
 */
final class ContentDisposition {
    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private ContentDisposition() {}

    static String attachment(String fileName) {
        return "attachment; filename=\""
                + asciiFallback(fileName)
                + "\"; filename*=UTF-8''"
                + encode(fileName);
    }

    /** Printable ASCII kept except quote and backslash; everything else becomes '_'. */
    static String asciiFallback(String name) {
        StringBuilder out = new StringBuilder(name.length());
        name.codePoints()
                .forEach(
                        c ->
                                out.append(
                                        c >= 0x20 && c < 0x7f && c != '"' && c != '\\'
                                                ? (char) c
                                                : '_'));
        return out.toString();
    }

    /** RFC 8187 {@code value-chars}: attr-char as is, every other UTF-8 byte as %XX. */
    static String encode(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || ATTR_CHARS.indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
