package com.dossier.customer.merge;

import static com.dossier.support.Api.as;
import static com.dossier.support.Api.raw;
import static com.dossier.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.dossier.support.CustomerFixture;
import com.dossier.support.Documents;
import com.dossier.support.TestUser;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Merging a duplicate archive: what moves, what stays, who may, and the refusals. */
@QuarkusTest
class MergeTest {
    private final String team = TestUser.freshTeam();
    private final TestUser rep = TestUser.rep(team);
    private final TestUser supervisor = TestUser.supervisor(team);

    @Inject AgroalDataSource dataSource;

    @Test
    void shouldMoveEveryChildRecordAndArchiveTheSourceWithAPointer() throws SQLException {
        String target = create(rep, "INDIVIDUAL", unique("合并目标"));
        String source = CustomerFixture.approvedCustomer(rep);
        contact(target, "目标主联系人", true);
        String sourcePrimary = contact(source, "来源主联系人", true);
        contact(source, "来源联系人", false);
        Documents.uploadText(rep, source, "ID_COPY", unique("身份证复印件"));
        transaction(source, unique("XS-"));
        transaction(source, unique("XS-"));
        transaction(target, unique("XS-"));
        String colleague = UUID.randomUUID().toString();
        share(source, colleague);
        String pending = correction(source);
        as(rep).contentType(ContentType.JSON)
                .body(Map.of("checked", true, "findings", "合并前复核", "tier", "B"))
                .post("/api/v1/customers/" + source + "/reviews")
                .then()
                .statusCode(201);
        Map<String, Long> sourceBefore = counts(source);
        Map<String, Long> targetBefore = counts(target);
        assertThat(sourceBefore)
                .containsEntry("contact", 2L)
                .containsEntry("document", 1L)
                .containsEntry("customer_transaction", 2L)
                .containsEntry("customer_share", 1L)
                .containsEntry("pending_correction", 1L)
                .containsEntry("customer_review", 1L);

        String mergedEtag =
                as(supervisor)
                        .header("If-Match", etag(target))
                        .contentType(ContentType.JSON)
                        .body(Map.of("sourceId", source, "reason", "同一客户重复建档"))
                        .post("/api/v1/customers/" + target + "/merge")
                        .then()
                        .statusCode(200)
                        .body("id", equalTo(target))
                        .body("mergedInto", nullValue())
                        .extract()
                        .header("ETag");
        assertThat(mergedEtag).isEqualTo(etag(target));

        Map<String, Long> sourceAfter = counts(source);
        Map<String, Long> targetAfter = counts(target);
        for (String table :
                List.of(
                        "contact",
                        "document",
                        "document_version",
                        "customer_transaction",
                        "transaction_line",
                        "customer_share",
                        "customer_review")) {
            assertThat(sourceAfter.get(table)).as("%s left on the source", table).isZero();
            assertThat(targetAfter.get(table))
                    .as("%s on the target", table)
                    .isEqualTo(targetBefore.get(table) + sourceBefore.get(table));
        }
        // History stays with the source: its status changes (plus the archiving) and corrections.
        assertThat(sourceAfter.get("customer_status_change"))
                .isEqualTo(sourceBefore.get("customer_status_change") + 1);
        assertThat(sourceAfter.get("correction")).isEqualTo(sourceBefore.get("correction"));
        assertThat(sourceAfter.get("pending_correction")).isZero();
        assertThat(targetAfter.get("customer_status_change"))
                .isEqualTo(targetBefore.get("customer_status_change"));

        as(rep).get("/api/v1/customers/" + source)
                .then()
                .statusCode(200)
                .body("status", equalTo("ARCHIVED"))
                .body("mergedInto", equalTo(target));
        as(rep).get("/api/v1/customers/" + source + "/status-history")
                .then()
                .body("items[0].toStatus", equalTo("ARCHIVED"))
                .body("items[0].fromStatus", equalTo("APPROVED"));
        as(rep).get("/api/v1/customers/" + target + "/contacts/" + sourcePrimary)
                .then()
                .statusCode(200)
                .body("primary", equalTo(false));
        as(TestUser.withRole("sales-director"))
                .get("/api/v1/customers/" + target + "/transactions")
                .then()
                .statusCode(200);
        as(supervisor).get("/api/v1/corrections?status=REJECTED&limit=100").then().statusCode(200);
        assertThat(correctionStatus(pending)).isEqualTo("REJECTED");

        JsonPath targetEvents = events(target);
        assertThat(targetEvents.getString("items[0].action")).isEqualTo("MERGE");
        assertThat(targetEvents.getString("items[0].entityType")).isEqualTo("CUSTOMER");
        List<Map<String, String>> changes = targetEvents.getList("items[0].changes");
        assertThat(changes)
                .extracting(c -> c.get("field"), c -> c.get("new"))
                .contains(
                        org.assertj.core.api.Assertions.tuple("contacts", "2"),
                        org.assertj.core.api.Assertions.tuple("documents", "1"),
                        org.assertj.core.api.Assertions.tuple("transactions", "2"),
                        org.assertj.core.api.Assertions.tuple("shares", "1"),
                        org.assertj.core.api.Assertions.tuple("reviews", "1"),
                        org.assertj.core.api.Assertions.tuple("rejectedCorrections", "1"));
        // Each moved contact, document and transaction has its own event under the target.
        assertThat(targetEvents.getList("items.findAll { it.action == 'MERGE' }.entityType"))
                .contains("CONTACT", "DOCUMENT", "TRANSACTION");
        JsonPath sourceEvents = events(source);
        assertThat(sourceEvents.getList("items.action", String.class)).contains("MERGE", "REJECT");
        List<Map<String, String>> sourceChanges =
                sourceEvents.getList(
                        "items.find { it.action == 'MERGE' && it.entityType == 'CUSTOMER' }.changes");
        assertThat(sourceChanges)
                .extracting(c -> c.get("field"), c -> c.get("new"))
                .contains(
                        org.assertj.core.api.Assertions.tuple("status", "ARCHIVED"),
                        org.assertj.core.api.Assertions.tuple("mergedInto", target));
    }

    @Test
    void shouldRefuseIllegalMerges() {
        String target = create(rep, "INDIVIDUAL", unique("合并目标"));
        String other = create(rep, "ORGANIZATION", unique("另一类客户"));
        raw(supervisor)
                .header("If-Match", etag(target))
                .contentType(ContentType.JSON)
                .body(Map.of("sourceId", target, "reason", "自己合并自己"))
                .post("/api/v1/customers/" + target + "/merge")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("sourceId"));
        merge(target, other).then().statusCode(409).body("type", equalTo(problem("kind-mismatch")));

        String source = create(rep, "INDIVIDUAL", unique("重复客户"));
        merge(target, source).then().statusCode(200);
        String third = create(rep, "INDIVIDUAL", unique("第三个档案"));
        merge(third, source)
                .then()
                .statusCode(409)
                .body("type", equalTo(problem("already-merged")));
        // The archived source cannot receive merges either.
        merge(source, third)
                .then()
                .statusCode(409)
                .body("type", equalTo(problem("target-archived")));

        String clashing = create(rep, "INDIVIDUAL", unique("编号冲突"));
        String number = unique("XS-");
        transaction(third, number);
        transaction(clashing, number);
        merge(third, clashing)
                .then()
                .statusCode(409)
                .body("type", equalTo(problem("transaction-number-clash")))
                .body("detail", org.hamcrest.Matchers.containsString(number));
        as(rep).get("/api/v1/customers/" + clashing)
                .then()
                .body("status", equalTo("DRAFT"))
                .body("mergedInto", nullValue());
    }

    @Test
    void shouldAnswerOutOfScopeSourceLikeAMissingOne() {
        String target = create(rep, "INDIVIDUAL", unique("合并目标"));
        String elsewhere = create(TestUser.rep(TestUser.freshTeam()), "INDIVIDUAL", unique("别组客户"));
        var outOfScope = merge(target, elsewhere).then().statusCode(404).extract().jsonPath();
        var missing =
                merge(target, UUID.randomUUID().toString())
                        .then()
                        .statusCode(404)
                        .extract()
                        .jsonPath();
        assertThat(outOfScope.getString("detail")).isEqualTo(missing.getString("detail"));
        as(TestUser.withRole("sales-director"))
                .get("/api/v1/customers/" + elsewhere)
                .then()
                .body("status", equalTo("DRAFT"));
    }

    @Test
    void shouldRequireTheTargetsCurrentVersion() {
        String target = create(rep, "INDIVIDUAL", unique("合并目标"));
        String source = create(rep, "INDIVIDUAL", unique("重复客户"));
        String stale = etag(target);
        as(rep).header("If-Match", stale)
                .contentType("application/merge-patch+json")
                .body(Map.of("notes", "合并前的修改"))
                .patch("/api/v1/customers/" + target)
                .then()
                .statusCode(200);
        raw(supervisor)
                .header("If-Match", stale)
                .contentType(ContentType.JSON)
                .body(Map.of("sourceId", source, "reason", "重复建档"))
                .post("/api/v1/customers/" + target + "/merge")
                .then()
                .statusCode(412);
        raw(supervisor)
                .contentType(ContentType.JSON)
                .body(Map.of("sourceId", source, "reason", "重复建档"))
                .post("/api/v1/customers/" + target + "/merge")
                .then()
                .statusCode(428);
        raw(rep).header("If-Match", etag(target))
                .contentType(ContentType.JSON)
                .body(Map.of("sourceId", source, "reason", "重复建档"))
                .post("/api/v1/customers/" + target + "/merge")
                .then()
                .statusCode(403);
        as(rep).get("/api/v1/customers/" + source).then().body("status", equalTo("DRAFT"));
    }

    private io.restassured.response.Response merge(String target, String source) {
        return raw(supervisor)
                .header("If-Match", etag(target))
                .contentType(ContentType.JSON)
                .body(Map.of("sourceId", source, "reason", "重复建档"))
                .post("/api/v1/customers/" + target + "/merge");
    }

    private static String problem(String slug) {
        return "https://dossier.app/problems/" + slug;
    }

    static String create(TestUser owner, String kind, String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        body.put("name", name);
        return as(owner)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/customers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private String etag(String id) {
        return as(rep).get("/api/v1/customers/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    private String contact(String customer, String name, boolean primary) {
        return as(rep).contentType(ContentType.JSON)
                .body(Map.of("name", name, "primary", primary))
                .post("/api/v1/customers/" + customer + "/contacts")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private void transaction(String customer, String number) {
        as(rep).contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "number",
                                number,
                                "transactionDate",
                                LocalDate.now(ZoneOffset.UTC).toString(),
                                "paymentTerms",
                                "NET_30",
                                "lineItems",
                                List.of(
                                        Map.of(
                                                "productId",
                                                CustomerFixture.product(),
                                                "quantity",
                                                "2",
                                                "unitPrice",
                                                "80.00"))))
                .post("/api/v1/customers/" + customer + "/transactions")
                .then()
                .statusCode(201);
    }

    private void share(String customer, String userId) {
        as(rep).contentType(ContentType.JSON)
                .body(Map.of("userId", userId))
                .post("/api/v1/customers/" + customer + "/shares")
                .then()
                .statusCode(201);
    }

    private String correction(String customer) {
        return as(rep).contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "changes",
                                List.of(Map.of("field", "notes", "newValue", "更正后的备注")),
                                "reason",
                                "客户来函更正备注"))
                .post("/api/v1/customers/" + customer + "/corrections")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private JsonPath events(String customerId) {
        return as(TestUser.withRole("auditor"))
                .get("/api/v1/audit-events?limit=100&customerId=" + customerId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private String correctionStatus(String id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement =
                        connection.prepareStatement("select status from correction where id = ?")) {
            statement.setObject(1, UUID.fromString(id));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    /** Rows per child table of a customer, counted in SQL. */
    private Map<String, Long> counts(String customerId) throws SQLException {
        String sql =
                """
                select (select count(*) from contact where customer_id = ?) as contact,
                       (select count(*) from document where customer_id = ?) as document,
                       (select count(*) from document_version v join document d
                          on d.id = v.document_id where d.customer_id = ?) as document_version,
                       (select count(*) from customer_transaction
                         where customer_id = ?) as customer_transaction,
                       (select count(*) from transaction_line l join customer_transaction x
                          on x.id = l.transaction_id where x.customer_id = ?) as transaction_line,
                       (select count(*) from customer_share where customer_id = ?) as customer_share,
                       (select count(*) from correction where customer_id = ?) as correction,
                       (select count(*) from correction where customer_id = ?
                           and status = 'PENDING') as pending_correction,
                       (select count(*) from customer_review where customer_id = ?) as customer_review,
                       (select count(*) from customer_status_change
                         where customer_id = ?) as customer_status_change
                """;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 1; i <= 10; i++) {
                statement.setObject(i, UUID.fromString(customerId));
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                Map<String, Long> counts = new LinkedHashMap<>();
                for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                    counts.put(rows.getMetaData().getColumnLabel(i), rows.getLong(i));
                }
                return counts;
            }
        }
    }
}
