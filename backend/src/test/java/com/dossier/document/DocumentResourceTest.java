package com.dossier.document;

import static com.dossier.support.Api.as;
import static com.dossier.support.Api.createOrganisation;
import static com.dossier.support.Api.raw;
import static com.dossier.support.Documents.browserForm;
import static com.dossier.support.Documents.field;
import static com.dossier.support.Documents.form;
import static com.dossier.support.Documents.pdf;
import static com.dossier.support.Documents.png;
import static com.dossier.support.Documents.text;
import static com.dossier.support.Documents.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.dossier.support.TestUser;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DocumentResourceTest {
    private static final String INTEGRITY = "https://dossier.app/problems/document-integrity";
    private static final String UNSUPPORTED =
            "https://dossier.app/problems/unsupported-document-type";
    private static final String DOCX =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** %test.dossier.documents.max-size */
    private static final int MAX_SIZE = 1024 * 1024;

    private final String team = TestUser.freshTeam();
    private final TestUser rep = TestUser.rep(team);

    @Inject AgroalDataSource dataSource;

    @Test
    void shouldUploadAndDownloadAFileWithAChineseNameUnchanged() throws Exception {
        String customer = createOrganisation(rep, "资料客户" + UUID.randomUUID());
        byte[] bytes = pdf("营业执照");
        // Built as a browser sends it: the Chinese file name as raw UTF-8 in the part header.
        String boundary = "----dossier" + UUID.randomUUID();
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("type", "BUSINESS_LICENCE");
        fields.put("title", "营业执照(副本)");
        fields.put("documentDate", "2024-03-15");
        fields.put("pageCount", "1");
        fields.put("validUntil", "2030-03-14");
        Response created =
                raw(rep).contentType("multipart/form-data; boundary=" + boundary)
                        .body(
                                browserForm(
                                        boundary, "营业执照(副本).pdf", bytes, "application/pdf", fields))
                        .post(documents(customer));
        created.then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("type", equalTo("BUSINESS_LICENCE"))
                .body("title", equalTo("营业执照(副本)"))
                .body("documentDate", equalTo("2024-03-15"))
                .body("pageCount", equalTo(1))
                .body("position", equalTo(1))
                .body("validUntil", equalTo("2030-03-14"))
                .body("status", equalTo("ACTIVE"))
                .body("currentVersion", equalTo(1))
                .body("file.fileName", equalTo("营业执照(副本).pdf"))
                .body("file.contentType", equalTo("application/pdf"))
                .body("file.size", equalTo(bytes.length))
                .body("file.sha256", equalTo(sha256(bytes)))
                .body("file.uploadedBy", equalTo(rep.username()))
                .body("versions.version", equalTo(List.of(1)));
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(documents(customer) + "/" + id);

        Response download = raw(rep).get(documents(customer) + "/" + id + "/content");
        download.then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store");
        assertThat(download.asByteArray()).isEqualTo(bytes);
        assertThat(download.header("Content-Disposition"))
                .isEqualTo(
                        "attachment; filename=\"____(__).pdf\"; filename*=UTF-8''"
                                + "%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7%28%E5%89%AF%E6%9C%AC%29.pdf");
        assertThat(download.header("Repr-Digest")).startsWith("sha-256=:").endsWith(":");

        as(rep).get(documents(customer) + "/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("file.sha256", equalTo(sha256(bytes)));
        assertThat(
                        count(
                                "select count(*) from document_content c join document_version v on"
                                        + " v.id = c.version_id join document d on d.id = v.document_id"
                                        + " where d.customer_id = ?",
                                customer))
                .isEqualTo(1);
        assertThat(auditActions(id)).containsExactly("CREATE");
    }

    @Test
    void shouldRefuseAFileAboveTheLimitWith413AndStoreNothing() throws Exception {
        String customer = createOrganisation(rep, "超限客户" + UUID.randomUUID());
        // Announced far above the limit: refused before the body is read.
        Response early =
                upload(
                        rep,
                        customer,
                        "CONTRACT",
                        "大合同",
                        "big.pdf",
                        padded(MAX_SIZE + 200_000),
                        "application/pdf");
        // Just above the limit, within the room left for the form: refused after parsing.
        Response late =
                upload(
                        rep,
                        customer,
                        "CONTRACT",
                        "大合同",
                        "big.pdf",
                        padded(MAX_SIZE + 1),
                        "application/pdf");
        for (Response response : List.of(early, late)) {
            response.then()
                    .statusCode(413)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://dossier.app/problems/payload-too-large"))
                    .body("errors.field", hasItem("file"))
                    .body("errors.code", hasItem("file.tooLarge"));
        }
        upload(rep, customer, "CONTRACT", "刚好", "ok.pdf", padded(MAX_SIZE), "application/pdf")
                .then()
                .statusCode(201);
        assertThat(count("select count(*) from document where customer_id = ?", customer))
                .isEqualTo(1);
        assertThat(
                        count(
                                "select count(*) from document_version v join document d on d.id ="
                                        + " v.document_id where d.customer_id = ?",
                                customer))
                .isEqualTo(1);
    }

    @Test
    void shouldKeepTheSmallLimitForJsonBodiesEvenWithoutALength() {
        // Uploads raised the HTTP layer's ceiling; a chunked JSON body is still held to 1 MiB.
        byte[] big =
                ("{\"kind\":\"INDIVIDUAL\",\"name\":\"x\",\"notes\":\""
                                + "a".repeat(2 * 1024 * 1024)
                                + "\"}")
                        .getBytes(StandardCharsets.UTF_8);
        raw(rep).contentType(ContentType.JSON)
                .body(new java.io.ByteArrayInputStream(big))
                .post("/api/v1/customers")
                .then()
                .statusCode(413);
    }

    @Test
    void shouldTakeTheTypeFromTheBytesAndRefuseOthersWith415() throws Exception {
        String customer = createOrganisation(rep, "类型客户" + UUID.randomUUID());
        upload(rep, customer, "OTHER", "压缩包", "资料.zip", zip("a.txt"), "application/zip")
                .then()
                .statusCode(415)
                .body("type", equalTo(UNSUPPORTED))
                .body("errors.code", hasItem("file.unsupportedType"));
        byte[] exe = "MZ\u0090\u0000\u0003\u0000\u0000\u0000".getBytes(StandardCharsets.ISO_8859_1);
        upload(rep, customer, "OTHER", "程序", "合同.pdf", exe, "application/octet-stream")
                .then()
                .statusCode(415)
                .body("type", equalTo(UNSUPPORTED));
        // A PNG announced as a PDF is a disguised file: refused, not silently relabelled.
        upload(rep, customer, "CONTRACT", "伪装", "合同.pdf", png(), "application/pdf")
                .then()
                .statusCode(415)
                .body("errors.code", hasItem("file.typeMismatch"));
        assertThat(count("select count(*) from document where customer_id = ?", customer)).isZero();

        // A generic declaration is fine: the stored type is what the bytes are.
        upload(
                        rep,
                        customer,
                        "CONTRACT",
                        "合同",
                        "contract.bin",
                        pdf("x"),
                        "application/octet-stream")
                .then()
                .statusCode(201)
                .body("file.contentType", equalTo("application/pdf"));
        upload(
                        rep,
                        customer,
                        "CORRESPONDENCE",
                        "往来函件",
                        "函件.docx",
                        zip("[Content_Types].xml", "word/document.xml"),
                        DOCX)
                .then()
                .statusCode(201)
                .body("file.contentType", equalTo(DOCX));
        upload(rep, customer, "RECEIPT", "收据", "收据.png", png(), "image/png")
                .then()
                .statusCode(201)
                .body("file.contentType", equalTo("image/png"));
        upload(rep, customer, "OTHER", "说明", "说明.txt", text("客户说明:按时付款。"), "text/plain")
                .then()
                .statusCode(201)
                .body("file.contentType", equalTo("text/plain"));
    }

    @Test
    void shouldReplayAnUploadRetriedWithTheSameIdempotencyKey() throws Exception {
        String customer = createOrganisation(rep, "幂等上传" + UUID.randomUUID());
        String key = UUID.randomUUID().toString();
        byte[] bytes = pdf("一次");
        String first =
                idempotentUpload(customer, key, bytes).then().statusCode(201).extract().path("id");
        String again =
                idempotentUpload(customer, key, bytes).then().statusCode(201).extract().path("id");
        assertThat(again).isEqualTo(first);
        idempotentUpload(customer, key, pdf("另一个")).then().statusCode(422);
        assertThat(count("select count(*) from document where customer_id = ?", customer))
                .isEqualTo(1);
    }

    private Response idempotentUpload(String customer, String key, byte[] bytes) {
        return form(rep)
                .header("Idempotency-Key", key)
                .multiPart("file", "contract.pdf", bytes, "application/pdf")
                .multiPart(field("type", "CONTRACT"))
                .multiPart(field("title", "合同"))
                .post(documents(customer));
    }

    @Test
    void shouldNameTheFieldsOfAnInvalidUpload() {
        String customer = createOrganisation(rep, "校验客户" + UUID.randomUUID());
        form(rep)
                .multiPart(field("type", "PASSPORT"))
                .multiPart(field("title", " "))
                .multiPart(field("pageCount", "0"))
                .multiPart(field("validUntil", "2027-13-40"))
                .post(documents(customer))
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("file"))
                .body("errors.field", hasItem("type"))
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("pageCount"))
                .body("errors.field", hasItem("validUntil"));
        raw(rep).contentType(ContentType.JSON)
                .body(Map.of("type", "CONTRACT", "title", "合同"))
                .post(documents(customer))
                .then()
                .statusCode(415);
    }

    @Test
    void shouldNeverServeBytesThatNoLongerMatchTheirChecksum() throws Exception {
        String customer = createOrganisation(rep, "篡改客户" + UUID.randomUUID());
        String id = uploadPdf(customer, "原件");
        execute(
                "update document_content set bytes = ? where version_id = (select v.id from"
                        + " document_version v where v.document_id = ?)",
                pdf("篡改后"),
                UUID.fromString(id));

        Response refused = raw(rep).get(documents(customer) + "/" + id + "/content");
        refused.then()
                .statusCode(500)
                .contentType("application/problem+json")
                .body("type", equalTo(INTEGRITY))
                .body("title", equalTo("Document integrity check failed"));
        assertThat(refused.asString()).doesNotContain("篡改后").doesNotContain("%PDF");
        assertThat(auditActions(id)).containsExactly("CREATE", "INTEGRITY_FAILURE");
        // A refused download is no consultation.
        assertThat(
                        count(
                                "select count(*) from access_log where customer_id = ? and view"
                                        + " = 'getDocumentContent'",
                                customer))
                .isZero();
    }

    @Test
    void shouldKeepEveryVersionListedAndDownloadable() throws Exception {
        String customer = createOrganisation(rep, "版本客户" + UUID.randomUUID());
        byte[] first = pdf("第一版");
        byte[] second = pdf("第二版");
        String id =
                upload(rep, customer, "CONTRACT", "购销合同", "合同.pdf", first, "application/pdf")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        String versions = documents(customer) + "/" + id + "/versions";

        form(rep)
                .multiPart("file", "合同v2.pdf", second, "application/pdf")
                .post(versions)
                .then()
                .statusCode(428);
        form(rep)
                .header("If-Match", "\"7\"")
                .multiPart("file", "合同v2.pdf", second, "application/pdf")
                .post(versions)
                .then()
                .statusCode(412);
        Response added =
                form(rep)
                        .header("If-Match", "\"0\"")
                        .multiPart("file", "合同v2.pdf", second, "application/pdf")
                        .multiPart(field("pageCount", "12"))
                        .multiPart(field("validUntil", "2028-12-31"))
                        .post(versions);
        added.then()
                .statusCode(201)
                .body("currentVersion", equalTo(2))
                .body("pageCount", equalTo(12))
                .body("validUntil", equalTo("2028-12-31"))
                .body("file.version", equalTo(2))
                .body("file.sha256", equalTo(sha256(second)))
                .body("versions.version", equalTo(List.of(2, 1)))
                .body("versions[1].sha256", equalTo(sha256(first)));
        assertThat(added.header("Location"))
                .endsWith(documents(customer) + "/" + id + "/content?version=2");
        String etag = added.header("ETag");

        String content = documents(customer) + "/" + id + "/content";
        assertThat(raw(rep).get(content).asByteArray()).isEqualTo(second);
        assertThat(raw(rep).queryParam("version", 1).get(content).asByteArray()).isEqualTo(first);
        raw(rep).queryParam("version", 3).get(content).then().statusCode(404);
        assertThat(auditActions(id)).containsExactly("CREATE", "UPLOAD_VERSION");

        // Withdrawn: kept and downloadable, out of the list, and takes no new version.
        as(rep).contentType("application/merge-patch+json; charset=UTF-8")
                .header("If-Match", etag)
                .body(Map.of("status", "WITHDRAWN"))
                .patch(documents(customer) + "/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        as(rep).get(documents(customer)).then().statusCode(200).body("items", equalTo(List.of()));
        as(rep).queryParam("includeWithdrawn", true)
                .get(documents(customer))
                .then()
                .body("items.id", equalTo(List.of(id)));
        assertThat(raw(rep).queryParam("version", 1).get(content).asByteArray()).isEqualTo(first);
        String withdrawnTag = raw(rep).get(documents(customer) + "/" + id).header("ETag");
        form(rep)
                .header("If-Match", withdrawnTag)
                .multiPart("file", "合同v3.pdf", pdf("第三版"), "application/pdf")
                .post(versions)
                .then()
                .statusCode(409);
        assertThat(auditActions(id)).containsExactly("CREATE", "UPLOAD_VERSION", "WITHDRAW");
    }

    @Test
    void shouldEditMetadataWithIfMatchAndRefuseServerOwnedFields() {
        String customer = createOrganisation(rep, "元数据客户" + UUID.randomUUID());
        String id = uploadPdf(customer, "合同");
        String path = documents(customer) + "/" + id;
        raw(rep).contentType("application/merge-patch+json; charset=UTF-8")
                .body(Map.of("title", "新标题"))
                .patch(path)
                .then()
                .statusCode(428);
        raw(rep).contentType("application/merge-patch+json; charset=UTF-8")
                .header("If-Match", "\"0\"")
                .body(Map.of("currentVersion", 5, "sha256", "00", "pageCount", 0))
                .patch(path)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("currentVersion"))
                .body("errors.field", hasItem("sha256"))
                .body("errors.field", hasItem("pageCount"));
        as(rep).contentType("application/merge-patch+json; charset=UTF-8")
                .header("If-Match", "\"0\"")
                .body(Map.of("title", "2027年度购销合同", "position", 3, "type", "GUARANTEE"))
                .patch(path)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("title", equalTo("2027年度购销合同"))
                .body("position", equalTo(3))
                .body("type", equalTo("GUARANTEE"));
    }

    @Test
    void shouldListInFileOrderWithKeysetPages() {
        String customer = createOrganisation(rep, "顺序客户" + UUID.randomUUID());
        String first = uploadPdf(customer, "一");
        String second = uploadPdf(customer, "二");
        String third = uploadPdf(customer, "三");
        JsonPath page =
                as(rep).queryParam("limit", 2).get(documents(customer)).then().extract().jsonPath();
        assertThat(page.getList("items.id", String.class)).containsExactly(first, second);
        assertThat(page.getList("items.position", Integer.class)).containsExactly(1, 2);
        as(rep).queryParam("limit", 2)
                .queryParam("cursor", page.getString("nextCursor"))
                .get(documents(customer))
                .then()
                .body("items.id", equalTo(List.of(third)))
                .body("nextCursor", equalTo(null));
        raw(rep).queryParam("cursor", "garbage").get(documents(customer)).then().statusCode(400);
    }

    @Test
    void shouldAnswerOutOfScopeLikeAMissingDocument() {
        String customer = createOrganisation(rep, "他人资料" + UUID.randomUUID());
        String id = uploadPdf(customer, "合同");
        TestUser stranger = TestUser.rep(TestUser.freshTeam());
        Response outOfScope = raw(stranger).get(documents(customer) + "/" + id + "/content");
        Response missing =
                raw(stranger).get(documents(UUID.randomUUID().toString()) + "/" + id + "/content");
        outOfScope.then().statusCode(404);
        missing.then().statusCode(404);
        assertThat(outOfScope.jsonPath().getString("detail"))
                .isEqualTo(missing.jsonPath().getString("detail"));
        upload(stranger, customer, "CONTRACT", "插入", "x.pdf", pdf("x"), "application/pdf")
                .then()
                .statusCode(404);
        raw(rep).get(documents(customer) + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void shouldLetReadersDownloadAndOnlyEditorsUpload() {
        String customer = createOrganisation(rep, "角色客户" + UUID.randomUUID());
        String id = uploadPdf(customer, "合同");
        String content = documents(customer) + "/" + id + "/content";
        for (String role : List.of("archivist", "service-agent", "sales-director")) {
            raw(TestUser.withRole(role)).get(content).then().statusCode(200);
        }
        // Quality sees only the customers shared with it: this one is out of its scope.
        raw(TestUser.withRole("quality")).get(content).then().statusCode(404);
        for (String role : List.of("auditor", "partner")) {
            raw(TestUser.withRole(role)).get(content).then().statusCode(403);
            raw(TestUser.withRole(role)).get(documents(customer)).then().statusCode(403);
        }
        upload(
                        TestUser.withRole("archivist"),
                        customer,
                        "RECEIPT",
                        "收据",
                        "r.png",
                        png(),
                        "image/png")
                .then()
                .statusCode(201);
        for (String role : List.of("service-agent", "quality", "auditor", "partner")) {
            upload(TestUser.withRole(role), customer, "RECEIPT", "收据", "r.png", png(), "image/png")
                    .then()
                    .statusCode(403);
        }
    }

    @Test
    void shouldLogEveryDownloadAsItsOwnView() throws Exception {
        String customer = createOrganisation(rep, "下载登记" + UUID.randomUUID());
        String id = uploadPdf(customer, "合同");
        raw(rep).get(documents(customer) + "/" + id + "/content").then().statusCode(200);
        raw(rep).get(documents(customer) + "/" + id + "/content").then().statusCode(200);
        assertThat(
                        count(
                                "select count(*) from access_log where customer_id = ? and view"
                                        + " = 'getDocumentContent'",
                                customer))
                .isEqualTo(2);
    }

    // -----------------------------------------------------------------------------------------

    private String uploadPdf(String customer, String title) {
        return upload(
                        rep,
                        customer,
                        "CONTRACT",
                        title,
                        title + ".pdf",
                        pdf(title),
                        "application/pdf")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String documents(String customer) {
        return "/api/v1/customers/" + customer + "/documents";
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** A PDF of exactly {@code size} bytes. */
    private static byte[] padded(int size) {
        byte[] head = pdf("padded");
        byte[] bytes = new byte[size];
        System.arraycopy(head, 0, bytes, 0, head.length);
        java.util.Arrays.fill(bytes, head.length, size, (byte) ' ');
        return bytes;
    }

    private static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private List<String> auditActions(String documentId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement =
                        connection.prepareStatement(
                                "select action from audit_event where entity_type = 'DOCUMENT'"
                                        + " and entity_id = ? order by seq")) {
            statement.setString(1, documentId);
            try (ResultSet rows = statement.executeQuery()) {
                List<String> actions = new java.util.ArrayList<>();
                while (rows.next()) {
                    actions.add(rows.getString(1));
                }
                return actions;
            }
        }
    }

    long count(String sql, String customer) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, UUID.fromString(customer));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    void execute(String sql, Object... values) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}
