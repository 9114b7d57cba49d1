package com.dossier.timeline;

import static com.dossier.support.Api.as;
import static com.dossier.support.Api.raw;
import static com.dossier.support.Api.unique;
import static com.dossier.support.Documents.field;
import static com.dossier.support.Documents.form;
import static com.dossier.support.Documents.pdf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.dossier.support.CustomerFixture;
import com.dossier.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The timeline of an archive: what it lists, in which order, how it pages, who may read it. */
@QuarkusTest
class TimelineTest {
    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String EDIT =
            "{\"phone\": \"021-66668888\", \"idType\": \"RESIDENT_ID\","
                    + " \"idNumber\": \"11010519491231002X\"}";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private final String team = TestUser.freshTeam();
    private final TestUser rep = TestUser.rep(team);
    private final TestUser supervisor = TestUser.supervisor(team);
    private final TestUser director = TestUser.withRole("sales-director");
    private final TestUser archivist = TestUser.withRole("archivist");

    @Test
    void shouldListEveryStepOfTheArchiveNewestFirstWithItsActor() {
        String id = scriptedScenario();

        JsonPath timeline = page(rep, id, "limit=100");
        assertThat(timeline.getList("items.kind", String.class))
                .containsExactly(
                        "CUSTOMER.REVIEW",
                        "TRANSACTION.RECORD_PAYMENT",
                        "TRANSACTION.CREATE",
                        "DOCUMENT.CREATE",
                        "CORRECTION.ACCEPT",
                        "CUSTOMER.CORRECT",
                        "CORRECTION.PROPOSE",
                        "CUSTOMER.APPROVE",
                        "CUSTOMER.SUBMIT",
                        "CUSTOMER.UPDATE",
                        "CUSTOMER.CREATE");
        assertThat(timeline.getList("items.actorUsername", String.class))
                .containsExactly(
                        archivist.username(),
                        rep.username(),
                        rep.username(),
                        rep.username(),
                        supervisor.username(),
                        supervisor.username(),
                        rep.username(),
                        director.username(),
                        rep.username(),
                        rep.username(),
                        rep.username());
        assertThat(timeline.getList("items.actorId", String.class).get(4))
                .isEqualTo(supervisor.subject());
        assertThat(timeline.getString("nextCursor")).isNull();

        List<String> occurred = timeline.getList("items.occurredAt", String.class);
        List<String> sorted = new ArrayList<>(occurred);
        sorted.sort(
                (a, b) ->
                        java.time.OffsetDateTime.parse(b)
                                .compareTo(java.time.OffsetDateTime.parse(a)));
        assertThat(occurred).isEqualTo(sorted);

        // The edit names its fields; a sensitive one is named without its values.
        assertThat(timeline.getList("items[9].changes", Map.class))
                .extracting(
                        c -> c.get("field"),
                        c -> c.get("oldValue"),
                        c -> c.get("newValue"),
                        c -> c.get("masked"))
                .contains(
                        tuple("phone", null, "021-66668888", false),
                        tuple("idNumber", null, null, true));
        // The link points at the record concerned.
        assertThat(timeline.getString("items[9].entityType")).isEqualTo("CUSTOMER");
        assertThat(timeline.getString("items[9].entityId")).isEqualTo(id);
        assertThat(timeline.getString("items[3].entityType")).isEqualTo("DOCUMENT");
        assertThat(timeline.getString("items[3].action")).isEqualTo("CREATE");
        assertThat(timeline.getString("items[3].entityId")).isNotEqualTo(id);
    }

    @Test
    void shouldPageStablyWhileNewEventsArrive() {
        String id = scriptedScenario();
        List<String> all = page(rep, id, "limit=100").getList("items.id", String.class);

        List<String> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonPath page = page(rep, id, "limit=4" + (cursor == null ? "" : "&cursor=" + cursor));
            paged.addAll(page.getList("items.id", String.class));
            cursor = page.getString("nextCursor");
            if (pages++ == 0) {
                // A change after the first page does not shift the following pages.
                as(rep).contentType(ContentType.JSON)
                        .body(Map.of("name", unique("新联系人"), "title", "经理"))
                        .post("/api/v1/customers/" + id + "/contacts")
                        .then()
                        .statusCode(201);
            }
        } while (cursor != null);
        assertThat(pages).isEqualTo(3);
        assertThat(paged).isEqualTo(all);
        assertThat(page(rep, id, "limit=1").getString("items[0].kind")).isEqualTo("CONTACT.CREATE");
    }

    @Test
    void shouldFilterByKindAndDate() {
        String id = scriptedScenario();
        JsonPath lifecycle =
                page(rep, id, "kinds=CUSTOMER.SUBMIT&kinds=CUSTOMER.APPROVE&kinds=DOCUMENT.CREATE");
        assertThat(lifecycle.getList("items.kind", String.class))
                .containsExactly("DOCUMENT.CREATE", "CUSTOMER.APPROVE", "CUSTOMER.SUBMIT");

        String approvedAt = lifecycle.getString("items[1].occurredAt");
        JsonPath upToApproval = page(rep, id, "to=" + approvedAt);
        assertThat(upToApproval.getList("items.kind", String.class))
                .containsExactly("CUSTOMER.SUBMIT", "CUSTOMER.UPDATE", "CUSTOMER.CREATE");
        JsonPath fromApproval =
                page(rep, id, "kinds=CUSTOMER.CREATE&kinds=CUSTOMER.APPROVE&from=" + approvedAt);
        assertThat(fromApproval.getList("items.kind", String.class))
                .containsExactly("CUSTOMER.APPROVE");
    }

    @Test
    void shouldRefuseBadFiltersNamingTheParameter() {
        String id = LifecycleFixture.draft(rep);
        as(rep).get("/api/v1/customers/" + id + "/timeline?kinds=customer-update")
                .then()
                .statusCode(400)
                .body("errors.field", contains("kinds"));
        as(rep).get(
                        "/api/v1/customers/"
                                + id
                                + "/timeline?from=2026-11-02T00:00:00Z&to=2026-11-01T00:00:00Z")
                .then()
                .statusCode(400)
                .body("errors.field", contains("to"));
        as(rep).get("/api/v1/customers/" + id + "/timeline?cursor=bm90LWEtY3Vyc29y")
                .then()
                .statusCode(400)
                .body("errors.field", contains("cursor"));
        raw(rep).get("/api/v1/customers/" + id + "/timeline?limit=0").then().statusCode(400);
    }

    @Test
    void shouldAnswerOutOfScopeLikeAMissingArchiveAndLogEveryReading() {
        String id = LifecycleFixture.draft(rep);
        TestUser otherRep = TestUser.rep(TestUser.freshTeam());
        ExtractableResponse<Response> outOfScope =
                as(otherRep)
                        .get("/api/v1/customers/" + id + "/timeline")
                        .then()
                        .statusCode(404)
                        .extract();
        ExtractableResponse<Response> missing =
                as(otherRep)
                        .get("/api/v1/customers/" + UUID.randomUUID() + "/timeline")
                        .then()
                        .statusCode(404)
                        .extract();
        assertThat(outOfScope.path("type").toString()).isEqualTo(missing.path("type"));
        assertThat(outOfScope.path("detail").toString()).isEqualTo(missing.path("detail"));

        as(rep).get("/api/v1/customers/" + id + "/timeline").then().statusCode(200);
        as(supervisor)
                .get("/api/v1/customers/" + id + "/access-log")
                .then()
                .statusCode(200)
                .body(
                        "items.find { it.userId == '"
                                + rep.subject()
                                + "' && it.view =="
                                + " 'listCustomerTimeline' }.username",
                        equalTo(rep.username()))
                .body(
                        "items.findAll { it.userId == '" + otherRep.subject() + "' }.view",
                        org.hamcrest.Matchers.empty());
    }

    @Test
    void shouldLetStaffReadTheTimelineButNotAuditorsOrPartners() {
        String id = LifecycleFixture.draft(rep);
        for (String role : List.of("auditor", "partner")) {
            as(TestUser.withRole(role))
                    .get("/api/v1/customers/" + id + "/timeline")
                    .then()
                    .statusCode(403);
        }
        for (String role : List.of("admin", "general-manager", "sales-director", "archivist")) {
            as(TestUser.withRole(role))
                    .get("/api/v1/customers/" + id + "/timeline")
                    .then()
                    .statusCode(200)
                    .body("items.kind", hasItem("CUSTOMER.CREATE"))
                    .body("nextCursor", nullValue());
        }
    }

    /**
     * Create, edit, submit, approve, a correction accepted, a document, a transaction and its
     * payment, a review: one archive with a history of each kind.
     */
    private String scriptedScenario() {
        ExtractableResponse<Response> created =
                as(rep).contentType(ContentType.JSON)
                        .body(Map.of("kind", "INDIVIDUAL", "name", unique("动态客户")))
                        .post("/api/v1/customers")
                        .then()
                        .statusCode(201)
                        .extract();
        String id = created.path("id");
        String etag =
                as(rep).header("If-Match", created.header("ETag"))
                        .contentType(MERGE_PATCH)
                        .body(EDIT.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .patch("/api/v1/customers/" + id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .header("ETag");
        etag =
                as(rep).header("If-Match", etag)
                        .post("/api/v1/customers/" + id + "/submit")
                        .then()
                        .statusCode(200)
                        .extract()
                        .header("ETag");
        as(director)
                .header("If-Match", etag)
                .post("/api/v1/customers/" + id + "/approve")
                .then()
                .statusCode(200);
        Map<String, Object> change = new java.util.HashMap<>();
        change.put("field", "notes");
        change.put("oldValue", null);
        change.put("newValue", "客户来函更正备注");
        String correction =
                as(rep).contentType(ContentType.JSON)
                        .body(Map.of("changes", List.of(change), "reason", "客户来函"))
                        .post("/api/v1/customers/" + id + "/corrections")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        as(supervisor).post("/api/v1/corrections/" + correction + "/accept").then().statusCode(200);
        form(rep)
                .multiPart("file", "合同.pdf", pdf("动态"), "application/pdf")
                .multiPart(field("type", "CONTRACT"))
                .multiPart(field("title", "购销合同"))
                .post("/api/v1/customers/" + id + "/documents")
                .then()
                .statusCode(201);
        Map<String, Object> line =
                Map.of("productId", CustomerFixture.product(), "quantity", "2", "unitPrice", "50");
        String tx =
                as(rep).contentType(ContentType.JSON)
                        .body(
                                Map.of(
                                        "number",
                                        unique("TL-"),
                                        "transactionDate",
                                        TODAY.toString(),
                                        "lineItems",
                                        List.of(line)))
                        .post("/api/v1/customers/" + id + "/transactions")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        as(rep).contentType(ContentType.JSON)
                .body(Map.of("paymentDate", TODAY.toString(), "amount", "40"))
                .post("/api/v1/customers/" + id + "/transactions/" + tx + "/payments")
                .then()
                .statusCode(201);
        as(archivist)
                .contentType(ContentType.JSON)
                .body(Map.of("checked", true, "findings", "资料齐全", "tier", "A"))
                .post("/api/v1/customers/" + id + "/reviews")
                .then()
                .statusCode(201);
        return id;
    }

    private static JsonPath page(TestUser user, String id, String query) {
        return as(user).get("/api/v1/customers/" + id + "/timeline?" + query)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** A draft archive owned by the given rep. */
    private static final class LifecycleFixture {
        static String draft(TestUser owner) {
            return as(owner)
                    .contentType(ContentType.JSON)
                    .body(Map.of("kind", "INDIVIDUAL", "name", unique("动态草稿")))
                    .post("/api/v1/customers")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
        }
    }
}
