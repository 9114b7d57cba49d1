package com.dossier.shared.web;

import com.dossier.shared.error.ValidationProblem;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * Opaque keyset cursor: base64url of the sort name, the last row's sort key and its id. The sort
 * name is included so a cursor from one ordering is refused by another.
 */
public record Cursor(String sort, String key, UUID id) {
    private static final char SEP = '\u001f';

    public String encode() {
        String plain = sort + SEP + key + SEP + id;
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor made for {@code expectedSort}; anything else is a 400 naming `cursor`. */
    public static Cursor decode(String value, String expectedSort) {
        if (value == null) {
            return null;
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
            String[] parts = plain.split(String.valueOf(SEP), -1);
            if (parts.length != 3 || !parts[0].equals(expectedSort)) {
                throw invalid();
            }
            return new Cursor(parts[0], parts[1], UUID.fromString(parts[2]));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static ValidationProblem invalid() {
        return ValidationProblem.of(
                "cursor",
                "cursor.invalid",
                "The cursor is not one this list returned; start again without it.");
    }
}
