package com.dossier.support;

import static com.dossier.support.Api.raw;

import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.config.MultiPartConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.MultiPartSpecification;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Files for document tests, built from their real magic numbers, and an upload helper. */
public final class Documents {
    private Documents() {}

    /** A minimal but well-formed one-page PDF. */
    public static byte[] pdf(String marker) {
        String body =
                "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                        + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                        + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\n"
                        + "% "
                        + marker
                        + "\ntrailer<</Root 1 0 R>>\n%%EOF\n";
        return body.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A 1×1 PNG. */
    public static byte[] png() {
        return Base64.getDecoder()
                .decode(
                        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    }

    public static byte[] text(String content) {
        return content.getBytes(StandardCharsets.UTF_8);
    }

    /** A request for multipart forms whose text parts are UTF-8, as browsers send them. */
    public static RequestSpecification form(TestUser user) {
        return raw(user)
                .config(
                        RestAssuredConfig.config()
                                .multiPartConfig(
                                        MultiPartConfig.multiPartConfig()
                                                .defaultCharset(StandardCharsets.UTF_8)));
    }

    /** A text part of a form, in UTF-8. */
    public static MultiPartSpecification field(String name, String value) {
        return new MultiPartSpecBuilder(value)
                .controlName(name)
                .charset(StandardCharsets.UTF_8)
                .build();
    }

    /** Uploads as {@code user}; the response is returned unchecked. */
    public static Response upload(
            TestUser user,
            String customerId,
            String type,
            String title,
            String fileName,
            byte[] bytes,
            String declaredType) {
        return raw(user)
                .multiPart("file", fileName, bytes, declaredType)
                .multiPart(field("type", type))
                .multiPart(field("title", title))
                .post("/api/v1/customers/" + customerId + "/documents");
    }

    /**
     * A multipart body built byte by byte as browsers send it (RFC 7578): the file name as raw
     * UTF-8 in the part header, the text parts in UTF-8. Keys of {@code fields} in order.
     */
    public static byte[] browserForm(
            String boundary,
            String fileName,
            byte[] bytes,
            String declaredType,
            java.util.Map<String, String> fields) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.util.function.Consumer<String> write =
                text -> out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        write.accept("--" + boundary + "\r\n");
        write.accept(
                "Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n");
        write.accept("Content-Type: " + declaredType + "\r\n\r\n");
        out.writeBytes(bytes);
        write.accept("\r\n");
        fields.forEach(
                (name, value) -> {
                    write.accept("--" + boundary + "\r\n");
                    write.accept("Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
                    write.accept(value + "\r\n");
                });
        write.accept("--" + boundary + "--\r\n");
        return out.toByteArray();
    }

    /** Uploads a small text file and returns the new document's id. */
    public static String uploadText(TestUser user, String customerId, String type, String title) {
        return upload(user, customerId, type, title, "说明.txt", text("客户资料 " + title), "text/plain")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
