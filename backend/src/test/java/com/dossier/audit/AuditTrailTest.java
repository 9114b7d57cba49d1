package com.dossier.audit;

import static com.dossier.support.Api.as;
import static com.dossier.support.Api.createOrganisation;
import static com.dossier.support.Api.freshCreditCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.dossier.support.TestUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditTrailTest {
    private static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";
    private final TestUser rep = TestUser.rep(TestUser.freshTeam());
    private final TestUser director = TestUser.withRole("sales-director");
    private final TestUser auditor = TestUser.withRole("auditor");

    @Inject AuditWriter writer;

    @Test
    void shouldRecordEveryCustomerChangeWithFieldDiffs() {
        String id = createOrganisation(rep, "审计客户" + UUID.randomUUID());
        as(rep).contentType(MERGE_PATCH)
                .header("If-Match", "\"0\"")
                .body(Map.of("phone", "021-58881234", "industry", "批发和零售业"))
                .patch("/api/v1/customers/" + id)
                .then()
                .statusCode(200);
        as(director)
                .header("If-Match", "\"1\"")
                .post("/api/v1/customers/" + id + "/archive")
                .then()
                .statusCode(200);
        as(director)
                .header("If-Match", "\"2\"")
                .post("/api/v1/customers/" + id + "/restore")
                .then()
                .statusCode(200);

        JsonPath events = events("entityId=" + id);
        assertThat(events.getList("items.action", String.class))
                .containsExactly("RESTORE", "ARCHIVE", "UPDATE", "CREATE");
        assertThat(events.getList("items.entityType", String.class)).containsOnly("CUSTOMER");
        assertThat(events.getList("items.customerId", String.class)).containsOnly(id);
        assertThat(events.getList("items.actorId", String.class))
                .containsExactly(
                        director.subject(), director.subject(), rep.subject(), rep.subject());
        assertThat(events.getList("items.clientId", String.class)).containsOnly("dossier-web");
        assertThat(events.getList("items.traceId", String.class)).doesNotContainNull();
        assertThat(changes(events, 2))
                .containsExactly(
                        tuple("industry", null, "批发和零售业"), tuple("phone", null, "021-58881234"));
        assertThat(changes(events, 1)).containsExactly(tuple("status", "DRAFT", "ARCHIVED"));
        assertThat(changes(events, 0)).containsExactly(tuple("status", "ARCHIVED", "DRAFT"));
        assertThat(changes(events, 3))
                .contains(
                        tuple("kind", null, "ORGANIZATION"),
                        tuple("status", null, "DRAFT"),
                        tuple("ownerId", null, rep.subject()));
    }

    @Test
    void shouldRecordEveryContactChange() {
        String customer = createOrganisation(rep, "审计联系人" + UUID.randomUUID());
        String first = createContact(customer, "王建国", true);
        String second = createContact(customer, "李四", true);
        as(rep).contentType(MERGE_PATCH)
                .header("If-Match", "\"0\"")
                .body(Map.of("title", "采购总监"))
                .patch("/api/v1/customers/" + customer + "/contacts/" + second)
                .then()
                .statusCode(200);
        as(rep).header("If-Match", "\"1\"")
                .delete("/api/v1/customers/" + customer + "/contacts/" + second)
                .then()
                .statusCode(204);

        JsonPath firstEvents = events("entityType=CONTACT&entityId=" + first);
        assertThat(firstEvents.getList("items.action", String.class))
                .containsExactly("UPDATE", "CREATE");
        assertThat(changes(firstEvents, 0)).containsExactly(tuple("primary", "true", "false"));

        JsonPath secondEvents = events("entityId=" + second);
        assertThat(secondEvents.getList("items.action", String.class))
                .containsExactly("MARK_LEFT", "UPDATE", "CREATE");
        assertThat(secondEvents.getList("items.customerId", String.class)).containsOnly(customer);
        assertThat(changes(secondEvents, 0))
                .containsExactly(
                        tuple("primary", "true", "false"), tuple("active", "true", "false"));
        assertThat(changes(secondEvents, 1)).containsExactly(tuple("title", null, "采购总监"));
        assertThat(changes(secondEvents, 2))
                .contains(tuple("name", null, "李四"), tuple("primary", null, "true"));

        assertThat(events("customerId=" + customer).getList("items").size()).isEqualTo(6);
    }

    @Test
    void shouldLeaveNoAuditEventWhenAChangeFails() {
        String id = createOrganisation(rep, "失败的修改" + UUID.randomUUID());
        String taken = freshCreditCode();
        createWithCode(taken);
        as(rep).contentType(MERGE_PATCH)
                .header("If-Match", "\"7\"")
                .body(Map.of("phone", "021-1234567"))
                .patch("/api/v1/customers/" + id)
                .then()
                .statusCode(412);
        as(rep).contentType(MERGE_PATCH)
                .header("If-Match", "\"0\"")
                .body(Map.of("phone", "021-1234567", "creditCode", taken))
                .patch("/api/v1/customers/" + id)
                .then()
                .statusCode(409);
        assertThat(events("entityId=" + id).getList("items.action", String.class))
                .containsExactly("CREATE");
    }

    @Test
    void shouldRollBackTheEventWithTheTransactionThatWroteIt() {
        String entityId = UUID.randomUUID().toString();
        assertThatThrownBy(
                        () ->
                                QuarkusTransaction.requiringNew()
                                        .run(
                                                () -> {
                                                    writer.record(
                                                            AuditWriter.CUSTOMER,
                                                            entityId,
                                                            null,
                                                            AuditWriter.UPDATE,
                                                            List.of());
                                                    throw new IllegalStateException("rolled back");
                                                }))
                .hasMessageContaining("rolled back");
        assertThat(events("entityId=" + entityId).getList("items")).isEmpty();
    }

    @Test
    void shouldRefuseToRecordOutsideATransaction() {
        assertThatThrownBy(
                        () ->
                                writer.record(
                                        AuditWriter.CUSTOMER,
                                        UUID.randomUUID(),
                                        null,
                                        AuditWriter.UPDATE,
                                        List.of()))
                .isInstanceOf(jakarta.transaction.TransactionalException.class);
    }

    private JsonPath events(String query) {
        return as(auditor)
                .get("/api/v1/audit-events?limit=100&" + query)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static List<org.assertj.core.groups.Tuple> changes(JsonPath events, int index) {
        List<Map<String, String>> changes = events.getList("items[" + index + "].changes");
        return changes.stream()
                .map(c -> tuple(c.get("field"), c.get("old"), c.get("new")))
                .toList();
    }

    private String createContact(String customer, String name, boolean primary) {
        return as(rep).contentType(ContentType.JSON)
                .body(Map.of("name", name, "primary", primary))
                .post("/api/v1/customers/" + customer + "/contacts")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private void createWithCode(String code) {
        as(rep).contentType(ContentType.JSON)
                .body(Map.of("kind", "ORGANIZATION", "name", "占用代码公司", "creditCode", code))
                .post("/api/v1/customers")
                .then()
                .statusCode(201);
    }
}
