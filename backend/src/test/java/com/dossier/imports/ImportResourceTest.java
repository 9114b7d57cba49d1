package com.dossier.imports;

import static com.dossier.support.Api.as;
import static com.dossier.support.Api.freshCreditCode;
import static com.dossier.support.Api.raw;
import static com.dossier.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.dossier.support.TestUser;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImportResourceTest {
    private static final String HEADER =
            "客户名称/name,客户类型/kind,统一社会信用代码/creditCode,所属行业/industry,"
                    + "邮政编码/postcode,联系人/contactName,联系人电话/contactMobile,"
                    + "联系人职务/contactTitle\n";
    private static final String XLSX =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final String team = TestUser.freshTeam();
    private final TestUser rep = TestUser.rep(team);

    @Inject AgroalDataSource dataSource;

    @Test
    void shouldCommitAValidCsvWithSeveralContactsPerCustomer() throws Exception {
        String org = unique("导入建材");
        String person = unique("导入个人");
        String code = freshCreditCode();
        String csv =
                HEADER
                        + org
                        + ",单位客户,"
                        + code
                        + ",建材,200000,张伟,13800138000,采购经理\n"
                        + org
                        + ",ORGANIZATION,"
                        + code
                        + ",,,李娜,13900139000,财务\n"
                        + person
                        + ",个人,,,,\"王, 芳\",,\n";
        String id = upload(rep, "客户.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv");
        JsonPath job = awaitValidated(rep, id);
        assertThat(job.getInt("errorCount")).isZero();
        assertThat(job.getInt("totalRows")).isEqualTo(3);
        assertThat(job.getInt("processedRows")).isEqualTo(3);
        assertThat(job.getInt("customerCount")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM customer WHERE name IN (?, ?)", org, person))
                .as("the dry run writes no customer")
                .isZero();

        as(rep).post("/api/v1/imports/" + id + "/commit")
                .then()
                .statusCode(200)
                .body("status", equalTo("COMMITTED"))
                .body("customerCount", equalTo(2));

        assertThat(
                        count(
                                "SELECT count(*) FROM customer WHERE name IN (?, ?) AND owner_id = ?"
                                        + " AND status = 'DRAFT' AND archive_no IS NOT NULL",
                                org,
                                person,
                                rep.subject()))
                .isEqualTo(2);
        assertThat(
                        count(
                                "SELECT count(*) FROM contact k JOIN customer c ON c.id ="
                                        + " k.customer_id WHERE c.name = ?",
                                org))
                .isEqualTo(2);
        assertThat(
                        count(
                                "SELECT count(*) FROM contact k JOIN customer c ON c.id ="
                                        + " k.customer_id WHERE c.name = ? AND k.name = '王, 芳'"
                                        + " AND k.is_primary",
                                person))
                .isEqualTo(1);
        String importMark = "[{\"field\": \"importId\", \"new\": \"" + id + "\"}]";
        assertThat(
                        count(
                                "SELECT count(*) FROM audit_event WHERE action = 'CREATE' AND"
                                        + " entity_type = 'CUSTOMER' AND changes @> ?::jsonb",
                                importMark))
                .isEqualTo(2);
        assertThat(
                        count(
                                "SELECT count(*) FROM audit_event WHERE action = 'CREATE' AND"
                                        + " entity_type = 'CONTACT' AND changes @> ?::jsonb",
                                importMark))
                .isEqualTo(3);
        // Search keys are written: the list finds the new customer by name.
        as(rep).queryParam("q", org)
                .get("/api/v1/customers")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].creditCode", equalTo(code));
        // A second commit is refused.
        as(rep).post("/api/v1/imports/" + id + "/commit").then().statusCode(409);
        as(rep).get("/api/v1/imports").then().statusCode(200).body("items[0].id", equalTo(id));
    }

    @Test
    void shouldCommitAnXlsxWithChineseHeaders() throws Exception {
        String name = unique("表格客户");
        String code = freshCreditCode();
        byte[] xlsx =
                workbook(
                        List.of("客户名称", "客户类型", "统一社会信用代码", "联系人", "联系人电话"),
                        List.of(List.of(name, "单位客户", code, "赵强", "13700137000")));
        String id = upload(rep, "客户.xlsx", xlsx, XLSX);
        assertThat(awaitValidated(rep, id).getInt("errorCount")).isZero();
        as(rep).post("/api/v1/imports/" + id + "/commit").then().statusCode(200);
        assertThat(
                        count(
                                "SELECT count(*) FROM customer c JOIN contact k ON k.customer_id ="
                                        + " c.id WHERE c.name = ? AND c.credit_code = ? AND"
                                        + " k.mobile = '13700137000'",
                                name,
                                code))
                .isEqualTo(1);
    }

    @Test
    void shouldReportTheBadRowAndWriteNothing() throws Exception {
        String good = unique("好客户");
        String bad = unique("坏客户");
        String csv =
                HEADER
                        + good
                        + ",ORGANIZATION,"
                        + freshCreditCode()
                        + ",,,,,\n"
                        + bad
                        + ",ORGANIZATION,91310000MA1FL0XY84,,12345,,,\n"
                        + unique("无类型")
                        + ",公司,,,,,,\n";
        String id = upload(rep, "bad.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv");
        JsonPath job = awaitValidated(rep, id);
        assertThat(job.getInt("errorCount")).isEqualTo(3);
        List<Map<String, Object>> errors = job.getList("errors");
        assertThat(errors)
                .extracting(e -> e.get("row") + ":" + e.get("field") + ":" + e.get("code"))
                .containsExactly(
                        "3:creditCode:creditCode.checkCharacter",
                        "3:postcode:postcode.format",
                        "4:kind:kind.invalid");

        as(rep).post("/api/v1/imports/" + id + "/commit")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://dossier.app/problems/import-has-errors"));
        assertThat(count("SELECT count(*) FROM customer WHERE name IN (?, ?)", good, bad)).isZero();

        Response download = as(rep).get("/api/v1/imports/" + id + "/errors");
        download.then().statusCode(200).contentType(XLSX);
        List<List<String>> rows = read(download.asByteArray());
        List<String> header = rows.get(0);
        assertThat(header.get(0)).isEqualTo("客户名称/name");
        int errorColumn = header.indexOf("错误/Errors");
        assertThat(errorColumn).isEqualTo(header.size() - 1);
        assertThat(rows).hasSize(4);
        assertThat(cell(rows.get(1), errorColumn)).isEmpty();
        assertThat(rows.get(2).get(0)).isEqualTo(bad);
        assertThat(cell(rows.get(2), errorColumn)).contains("creditCode").contains("postcode");
        assertThat(cell(rows.get(3), errorColumn)).contains("kind");
    }

    @Test
    void shouldRefuseDuplicateCreditCodesInTheFileAndInTheArchive() throws Exception {
        String code = freshCreditCode();
        String taken = freshCreditCode();
        as(rep).contentType(ContentType.JSON)
                .body(Map.of("kind", "ORGANIZATION", "name", unique("已有客户"), "creditCode", taken))
                .post("/api/v1/customers")
                .then()
                .statusCode(201);
        String csv =
                HEADER
                        + unique("甲公司")
                        + ",ORGANIZATION,"
                        + code
                        + ",,,,,\n"
                        + unique("乙公司")
                        + ",ORGANIZATION,"
                        + code
                        + ",,,,,\n"
                        + unique("丙公司")
                        + ",ORGANIZATION,"
                        + taken
                        + ",,,,,\n";
        String id = upload(rep, "dup.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv");
        List<Map<String, Object>> errors = awaitValidated(rep, id).getList("errors");
        assertThat(errors)
                .extracting(e -> e.get("row") + ":" + e.get("field") + ":" + e.get("code"))
                .containsExactly(
                        "3:creditCode:creditCode.duplicateInFile",
                        "4:creditCode:creditCode.duplicate");
    }

    @Test
    void shouldRevertAnUntouchedImportAndRefuseAChangedOne() throws Exception {
        String first = unique("撤销客户");
        String id = commitOne(first);
        as(rep).post("/api/v1/imports/" + id + "/revert")
                .then()
                .statusCode(200)
                .body("status", equalTo("REVERTED"));
        assertThat(
                        count(
                                "SELECT count(*) FROM customer WHERE name = ? AND status = 'ARCHIVED'",
                                first))
                .isEqualTo(1);
        as(rep).post("/api/v1/imports/" + id + "/revert").then().statusCode(409);

        String second = unique("改过客户");
        String other = commitOne(second);
        String customerId =
                as(rep).queryParam("q", second).get("/api/v1/customers").path("items[0].id");
        String archiveNo =
                as(rep).queryParam("q", second).get("/api/v1/customers").path("items[0].archiveNo");
        as(rep).contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(Map.of("industry", "改过"))
                .patch("/api/v1/customers/" + customerId)
                .then()
                .statusCode(200);
        as(rep).post("/api/v1/imports/" + other + "/revert")
                .then()
                .statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString(archiveNo));
        assertThat(
                        count(
                                "SELECT count(*) FROM customer WHERE name = ? AND status = 'DRAFT'",
                                second))
                .isEqualTo(1);
    }

    @Test
    void shouldShowAJobOnlyToItsCreatorAndAdministrators() throws Exception {
        String id =
                upload(
                        rep,
                        "mine.csv",
                        (HEADER + unique("私有") + ",ORGANIZATION,,,,,,\n")
                                .getBytes(StandardCharsets.UTF_8),
                        "text/csv");
        awaitValidated(rep, id);
        TestUser colleague = TestUser.rep(team);
        as(colleague).get("/api/v1/imports/" + id).then().statusCode(404);
        as(colleague).get("/api/v1/imports/" + id + "/errors").then().statusCode(404);
        as(colleague).post("/api/v1/imports/" + id + "/commit").then().statusCode(404);
        as(colleague).post("/api/v1/imports/" + id + "/revert").then().statusCode(404);
        as(colleague)
                .get("/api/v1/imports")
                .then()
                .statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(id)));
        as(TestUser.withRole("admin")).get("/api/v1/imports/" + id).then().statusCode(200);
        raw(TestUser.withRole("service-agent"))
                .multiPart("file", "x.csv", HEADER.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/api/v1/imports")
                .then()
                .statusCode(403);
        assertThat(count("SELECT count(*) FROM customer WHERE owner_id = ?", rep.subject()))
                .isZero();
    }

    @Test
    void shouldRefuseUnreadableAndOversizedFiles() {
        raw(rep).multiPart(
                        "file",
                        "x.csv",
                        "名字,类型\n甲,单位\n".getBytes(StandardCharsets.UTF_8),
                        "text/csv")
                .post("/api/v1/imports")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("file"))
                .body("errors[0].code", equalTo("file.unknownColumn"));
        raw(rep).multiPart("file", "x.csv", HEADER.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/api/v1/imports")
                .then()
                .statusCode(400)
                .body("errors[0].code", equalTo("file.noRows"));
        byte[] big = new byte[300 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        raw(rep).multiPart("file", "big.csv", big, "text/csv")
                .post("/api/v1/imports")
                .then()
                .statusCode(413);
    }

    @Test
    void shouldServeTheTemplates() throws Exception {
        Response csv = as(rep).queryParam("format", "csv").get("/api/v1/imports/template");
        csv.then().statusCode(200);
        assertThat(new String(csv.asByteArray(), StandardCharsets.UTF_8))
                .startsWith("\uFEFF客户名称/name,客户类型/kind,统一社会信用代码/creditCode");
        Response xlsx = as(rep).get("/api/v1/imports/template");
        xlsx.then().statusCode(200).contentType(XLSX);
        List<List<String>> rows = read(xlsx.asByteArray());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).contains("联系人/contactName", "联系人电话/contactMobile");
    }

    private String commitOne(String name) {
        String csv = HEADER + name + ",ORGANIZATION," + freshCreditCode() + ",,,联系人,,\n";
        String id = upload(rep, "one.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv");
        assertThat(awaitValidated(rep, id).getInt("errorCount")).isZero();
        as(rep).post("/api/v1/imports/" + id + "/commit").then().statusCode(200);
        return id;
    }

    /** Multipart requests are sent raw: the contract filter cannot read their parts. */
    static String upload(TestUser user, String fileName, byte[] bytes, String type) {
        return raw(user)
                .multiPart("file", fileName, bytes, type)
                .post("/api/v1/imports")
                .then()
                .statusCode(202)
                .body("status", equalTo("VALIDATING"))
                .extract()
                .path("id");
    }

    static JsonPath awaitValidated(TestUser user, String id) {
        long until = System.currentTimeMillis() + 30_000;
        while (true) {
            JsonPath job =
                    as(user).get("/api/v1/imports/" + id)
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath();
            if (!"VALIDATING".equals(job.getString("status"))) {
                assertThat(job.getString("status")).isEqualTo("VALIDATED");
                return job;
            }
            assertThat(System.currentTimeMillis()).as("validation finishes").isLessThan(until);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static byte[] workbook(List<String> header, List<List<String>> rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet sheet = wb.newWorksheet("Sheet1");
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                sheet.value(r + 1, c, rows.get(r).get(c));
            }
        }
        wb.finish();
        return out.toByteArray();
    }

    private static List<List<String>> read(byte[] xlsx) throws Exception {
        List<List<String>> out = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
                Stream<Row> rows = wb.getFirstSheet().openStream()) {
            rows.forEach(
                    row -> {
                        List<String> cells = new ArrayList<>();
                        for (int i = 0; i < row.getCellCount(); i++) {
                            cells.add(row.getCellText(i));
                        }
                        out.add(cells);
                    });
        }
        return out;
    }

    private static String cell(List<String> row, int index) {
        return index < row.size() && row.get(index) != null ? row.get(index) : "";
    }

    private long count(String sql, Object... params) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
