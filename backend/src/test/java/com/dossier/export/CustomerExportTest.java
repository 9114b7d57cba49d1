package com.dossier.export;

import static com.dossier.support.Api.as;
import static com.dossier.support.Api.raw;
import static com.dossier.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.dossier.support.TestUser;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SPEC §9 exports: permissioned, scoped, masked, logged, stamped with who and when. */
@QuarkusTest
class CustomerExportTest {
    private static final String ID = "11010519491231002X";
    private static final String ID_MASKED = "1101**********002X";
    private static final String PHONE = "13800138000";
    private static final int HEADER_ROW = 4;

    @Inject AgroalDataSource dataSource;

    private final String team = TestUser.freshTeam();
    private final TestUser rep = TestUser.rep(team);
    private final TestUser otherRep = TestUser.rep(TestUser.freshTeam());
    private final TestUser auditor = TestUser.withRole("auditor");

    @Test
    void shouldExportOnlyTheCallersCustomersWithStampHeaderAndCount() throws Exception {
        String prefix = unique("导出");
        String mine = create(rep, individual(prefix + "甲"));
        String mineToo = create(rep, individual(prefix + "乙"));
        String notMine = create(otherRep, individual(prefix + "丙"));

        byte[] file = export(rep, prefix);
        List<Row> rows = rows(file);
        assertThat(rows.get(0).getCellText(0)).isEqualTo("导出人 / Exported by");
        assertThat(rows.get(0).getCellText(1)).isEqualTo("rep");
        assertThat(rows.get(1).getCellText(0)).isEqualTo("导出时间 / Exported at");
        assertThat(rows.get(1).getCellText(1)).matches("\\d{4}-\\d{2}-\\d{2} .*\\+08:00");
        assertThat(rows.get(2).getCellText(1)).contains("q=").contains("sort=name");
        Row header = header(rows);
        int name = column(header, "名称 / Name");
        int idNumber = column(header, "证件号码 / ID number");
        List<String> names = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Row row : dataRows(rows)) {
            names.add(row.getCellText(name));
            ids.add(row.getCellText(idNumber));
        }
        assertThat(names).containsExactly(prefix + "甲", prefix + "乙");
        assertThat(ids).containsOnly(ID);
        assertThat(footer(rows)).isEqualTo("共 2 条 / 2 rows");
        assertThat(text(rows)).doesNotContain(prefix + "丙");

        JsonPath log =
                as(auditor)
                        .queryParam("userId", rep.subject())
                        .queryParam("view", "exportCustomers")
                        .get("/api/v1/access-log")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertThat(log.getList("items.customerId", String.class))
                .containsExactlyInAnyOrder(mine, mineToo)
                .doesNotContain(notMine);

        Map<String, Object> record = exportRecord(rep.subject());
        assertThat(record.get("kind")).isEqualTo("CUSTOMERS");
        assertThat(record.get("row_count")).isEqualTo(2);
        assertThat((String) record.get("filter")).startsWith("q=").contains("&sort=name");
        assertThat(record.get("username")).isEqualTo("rep");
        assertThat(record.get("client_id")).isEqualTo("dossier-web");
        assertThat((String) record.get("trace_id")).isNotBlank();
        as(auditor)
                .queryParam("entityId", record.get("id").toString())
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body("items[0].entityType", equalTo("EXPORT"))
                .body("items[0].action", equalTo("EXPORT"));
    }

    @Test
    void shouldMaskSensitiveFieldsForAnArchivist() throws Exception {
        String prefix = unique("档案员导出");
        create(rep, individual(prefix));
        TestUser archivist = TestUser.withRole("archivist");
        List<Row> rows = rows(export(archivist, prefix));
        Row header = header(rows);
        List<Row> data = dataRows(rows);
        assertThat(data).hasSize(1);
        assertThat(data.get(0).getCellText(column(header, "证件号码 / ID number")))
                .isEqualTo(ID_MASKED);
        assertThat(data.get(0).getCellText(column(header, "个人电话 / Personal phone")))
                .isEqualTo("138****8000");
        assertThat(text(rows)).doesNotContain(ID).doesNotContain(PHONE);
    }

    @Test
    void shouldExportNothingButTheStampWhenNothingMatches() throws Exception {
        List<Row> rows = rows(export(rep, unique("无此客户")));
        assertThat(dataRows(rows)).isEmpty();
        assertThat(footer(rows)).isEqualTo("共 0 条 / 0 rows");
        assertThat(exportRecord(rep.subject()).get("row_count")).isEqualTo(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "service-agent", "quality", "auditor", "partner"})
    void shouldRefuseRolesWithoutTheExportPermission(String role) throws Exception {
        TestUser user = TestUser.withRole(role);
        raw(user).get("/api/v1/customers/export").then().statusCode(403);
        assertThat(exportRecord(user.subject())).isEmpty();
    }

    @Test
    void shouldRefuseAnUnknownSortWithoutLoggingAnExport() throws Exception {
        raw(rep).queryParam("sort", "nope").get("/api/v1/customers/export").then().statusCode(400);
        assertThat(exportRecord(rep.subject())).isEmpty();
    }

    private byte[] export(TestUser user, String q) {
        return raw(user)
                .queryParam("q", q)
                .queryParam("sort", "name")
                .get("/api/v1/customers/export")
                .then()
                .statusCode(200)
                .contentType(ExportResource.XLSX)
                .header("Content-Disposition", startsWith("attachment; filename=\"customers-"))
                .extract()
                .asByteArray();
    }

    private static Map<String, Object> individual(String name) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("kind", "INDIVIDUAL");
        body.put("name", name);
        body.put("gender", "MALE");
        body.put("birthDate", "1949-12-31");
        body.put("idType", "RESIDENT_ID");
        body.put("idNumber", ID);
        body.put("personalPhone", PHONE);
        return body;
    }

    private static String create(TestUser user, Map<String, Object> body) {
        return as(user).contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/customers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static List<Row> rows(byte[] file) throws Exception {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file))) {
            return workbook.getFirstSheet().read();
        }
    }

    /** The header row (rows are numbered from 1; empty rows are not read). */
    private static Row header(List<Row> rows) {
        return rows.stream().filter(r -> r.getRowNum() == HEADER_ROW + 1).findFirst().orElseThrow();
    }

    /** The rows between the header and the blank row before the footer. */
    private static List<Row> dataRows(List<Row> rows) {
        int headerIndex = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).getRowNum() == HEADER_ROW + 1) {
                headerIndex = i;
            }
        }
        List<Row> data = new ArrayList<>();
        for (int i = headerIndex + 1; i < rows.size(); i++) {
            String first = rows.get(i).getCellText(0);
            if (first.startsWith("共 ")) {
                break;
            }
            data.add(rows.get(i));
        }
        return data;
    }

    private static String footer(List<Row> rows) {
        return rows.stream()
                .map(r -> r.getCellText(0))
                .filter(t -> t.startsWith("共 "))
                .findFirst()
                .orElseThrow();
    }

    private static String text(List<Row> rows) {
        StringBuilder all = new StringBuilder();
        rows.forEach(r -> r.forEach(c -> all.append(c == null ? "" : c.getText()).append('|')));
        return all.toString();
    }

    private static int column(Row header, String name) {
        for (int i = 0; i < header.getCellCount(); i++) {
            if (name.equals(header.getCellText(i))) {
                return i;
            }
        }
        throw new AssertionError("no column " + name);
    }

    private Map<String, Object> exportRecord(String userId) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query =
                        connection.prepareStatement(
                                "select * from export_log where user_id = ?"
                                        + " order by exported_at desc limit 1")) {
            query.setString(1, userId);
            try (ResultSet result = query.executeQuery()) {
                if (!result.next()) {
                    return Map.of();
                }
                Map<String, Object> row = new java.util.HashMap<>();
                for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
                    row.put(result.getMetaData().getColumnName(i), result.getObject(i));
                }
                return row;
            }
        }
    }
}
