package com.dossier.document;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * The content type of a file, from its bytes alone: Tika's magic-number detection (no file name, no
 * declared type). Office Open XML files are ZIP archives to magic numbers, so for those the
 * archive's own entries decide between a Word and an Excel document.
 */
@ApplicationScoped
public class ContentSniffer {
    public static final String PDF = "application/pdf";
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String TIFF = "image/tiff";
    public static final String DOCX =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String TEXT = "text/plain";

    /** What the server accepts (SPEC §3: contracts, licences, scans, letters, reports). */
    public static final Set<String> ACCEPTED = Set.of(PDF, JPEG, PNG, TIFF, DOCX, XLSX, TEXT);

    /** Types clients declare for the same content, mapped to what detection calls it. */
    private static final Map<String, String> ALIASES =
            Map.of(
                    "image/jpg", JPEG,
                    "image/pjpeg", JPEG,
                    "image/x-png", PNG,
                    "image/tif", TIFF,
                    "application/x-pdf", PDF);

    private static final Set<String> ZIP_LIKE =
            Set.of("application/zip", "application/x-tika-ooxml", DOCX, XLSX);

    private final MimeTypes mimeTypes = TikaConfig.getDefaultConfig().getMimeRepository();

    /** The detected base type (no parameters), e.g. {@code application/pdf}. */
    public String detect(byte[] bytes) {
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            MediaType type = mimeTypes.detect(in, new Metadata());
            String base = type.getBaseType().toString();
            return ZIP_LIKE.contains(base) ? officeTypeOf(bytes, base) : base;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether a client's declared type agrees with the detected one. No declaration, or the generic
     * {@code application/octet-stream}, agrees with anything.
     */
    public static boolean agrees(String declared, String detected) {
        if (declared == null || declared.isBlank()) {
            return true;
        }
        String base = declared.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (base.isEmpty() || base.equals("application/octet-stream")) {
            return true;
        }
        base = ALIASES.getOrDefault(base, base);
        if (base.equals(detected)) {
            return true;
        }
        // Some systems announce Office files as the ZIP archives they are.
        return (detected.equals(DOCX) || detected.equals(XLSX))
                && (base.equals("application/zip") || base.equals("application/x-zip-compressed"));
    }

    /** A Word document has word/document.xml, a workbook xl/workbook.xml; else a plain ZIP. */
    private static String officeTypeOf(byte[] bytes, String detected) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            boolean contentTypes = false;
            String office = null;
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                switch (entry.getName()) {
                    case "[Content_Types].xml" -> contentTypes = true;
                    case "word/document.xml" -> office = DOCX;
                    case "xl/workbook.xml" -> office = XLSX;
                    default -> {}
                }
            }
            return contentTypes && office != null ? office : "application/zip";
        } catch (IOException | IllegalArgumentException e) {
            return detected.equals("application/zip") ? detected : "application/zip";
        }
    }
}
