package com.dossier.customer.lifecycle;

import static com.dossier.support.Api.as;
import static com.dossier.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.dossier.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The approval lifecycle: every transition, every refused one, who may do it, and its record. */
@QuarkusTest
class LifecycleTest {
    private final String team = TestUser.freshTeam();
    private final TestUser rep = TestUser.rep(team);
    private final TestUser director = TestUser.withRole("sales-director");
    private final TestUser auditor = TestUser.withRole("auditor");

    @Test
    void shouldGoFromDraftThroughApprovalAndRecordEveryStep() {
        ExtractableResponse<Response> created = create(rep);
        String id = created.path("id");

        ExtractableResponse<Response> submitted =
                as(rep).header("If-Match", created.header("ETag"))
                        .post("/api/v1/customers/" + id + "/submit")
                        .then()
                        .statusCode(200)
                        .body("status", equalTo("PENDING_APPROVAL"))
                        .extract();
        ExtractableResponse<Response> rejected =
                as(director)
                        .header("If-Match", submitted.header("ETag"))
                        .contentType(ContentType.JSON)
                        .body(Map.of("reason", "营业执照复印件缺页"))
                        .post("/api/v1/customers/" + id + "/reject")
                        .then()
                        .statusCode(200)
                        .body("status", equalTo("DRAFT"))
                        .extract();
        String etag =
                as(rep).header("If-Match", rejected.header("ETag"))
                        .post("/api/v1/customers/" + id + "/submit")
                        .then()
                        .statusCode(200)
                        .extract()
                        .header("ETag");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        as(director)
                .header("If-Match", etag)
                .post("/api/v1/customers/" + id + "/approve")
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("nextReviewOn", equalTo(today.plus(Period.ofMonths(2)).toString()));

        JsonPath history =
                as(rep).get("/api/v1/customers/" + id + "/status-history")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertThat(history.getList("items")).hasSize(5);
        assertThat(history.getList("items.toStatus", String.class))
                .containsExactly(
                        "APPROVED", "PENDING_APPROVAL", "DRAFT", "PENDING_APPROVAL", "DRAFT");
        assertThat(history.getList("items.fromStatus", String.class))
                .containsExactly("PENDING_APPROVAL", "DRAFT", "PENDING_APPROVAL", "DRAFT", null);
        assertThat(history.getString("items[2].reason")).isEqualTo("营业执照复印件缺页");
        assertThat(history.getString("items[2].actorId")).isEqualTo(director.subject());
        assertThat(history.getString("items[1].actorId")).isEqualTo(rep.subject());

        JsonPath audit =
                as(auditor)
                        .get("/api/v1/audit-events?customerId=" + id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertThat(audit.getList("items.action", String.class))
                .containsExactly("APPROVE", "SUBMIT", "REJECT", "SUBMIT", "CREATE");
        assertThat(audit.getList("items[2].changes", Map.class))
                .extracting(c -> c.get("field"), c -> c.get("old"), c -> c.get("new"))
                .containsExactly(
                        tuple("status", "PENDING_APPROVAL", "DRAFT"),
                        tuple("reason", null, "营业执照复印件缺页"));
    }

    @Test
    void shouldPageTheStatusHistory() {
        String id = approved();
        JsonPath first =
                as(rep).get("/api/v1/customers/" + id + "/status-history?limit=2")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertThat(first.getList("items.toStatus", String.class))
                .containsExactly("APPROVED", "PENDING_APPROVAL");
        as(rep).get(
                        "/api/v1/customers/"
                                + id
                                + "/status-history?limit=2&cursor="
                                + first.getString("nextCursor"))
                .then()
                .statusCode(200)
                .body("items.toStatus", org.hamcrest.Matchers.contains("DRAFT"))
                .body("nextCursor", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void shouldRefuseIllegalTransitionsSayingWhatToDoInstead() {
        ExtractableResponse<Response> created = create(rep);
        String id = created.path("id");
        String draft = created.header("ETag");
        refused(director, "approve", id, draft, "submits it first");
        rejectRefused(id, draft, "submits it first");

        String pending =
                as(rep).header("If-Match", draft)
                        .post("/api/v1/customers/" + id + "/submit")
                        .then()
                        .statusCode(200)
                        .extract()
                        .header("ETag");
        refused(rep, "submit", id, pending, "awaits a sales director");

        String approved =
                as(director)
                        .header("If-Match", pending)
                        .post("/api/v1/customers/" + id + "/approve")
                        .then()
                        .statusCode(200)
                        .extract()
                        .header("ETag");
        refused(rep, "submit", id, approved, "propose a correction");
        refused(director, "approve", id, approved, "correction");
        rejectRefused(id, approved, "correction");

        String archived =
                as(TestUser.withRole("archivist"))
                        .header("If-Match", approved)
                        .post("/api/v1/customers/" + id + "/archive")
                        .then()
                        .statusCode(200)
                        .body("status", equalTo("ARCHIVED"))
                        .extract()
                        .header("ETag");
        refused(TestUser.supervisor(team), "submit", id, archived, "restore it first");
        refused(director, "approve", id, archived, "restore it first");

        // Restoring returns to the status before archiving, and both steps are in the history.
        as(TestUser.withRole("archivist"))
                .header("If-Match", archived)
                .post("/api/v1/customers/" + id + "/restore")
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"));
        as(rep).get("/api/v1/customers/" + id + "/status-history?limit=2")
                .then()
                .statusCode(200)
                .body("items[0].fromStatus", equalTo("ARCHIVED"))
                .body("items[0].toStatus", equalTo("APPROVED"))
                .body("items[1].toStatus", equalTo("ARCHIVED"));
    }

    @Test
    void shouldRefuseEditsWhilePendingAndOnceApproved() {
        ExtractableResponse<Response> created = create(rep);
        String id = created.path("id");
        String pending =
                as(rep).header("If-Match", created.header("ETag"))
                        .post("/api/v1/customers/" + id + "/submit")
                        .then()
                        .statusCode(200)
                        .extract()
                        .header("ETag");
        patch(id, pending)
                .statusCode(409)
                .body("type", equalTo("https://dossier.app/problems/not-editable"))
                .body("detail", containsString("rejects it back to draft"));
        String approved =
                as(director)
                        .header("If-Match", pending)
                        .post("/api/v1/customers/" + id + "/approve")
                        .then()
                        .statusCode(200)
                        .extract()
                        .header("ETag");
        patch(id, approved)
                .statusCode(409)
                .body("type", equalTo("https://dossier.app/problems/not-editable"))
                .body("detail", containsString("/corrections"));
        as(rep).get("/api/v1/customers/" + id)
                .then()
                .body("notes", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void shouldRequireAReasonToReject() {
        ExtractableResponse<Response> created = create(rep);
        String id = created.path("id");
        String pending =
                as(rep).header("If-Match", created.header("ETag"))
                        .post("/api/v1/customers/" + id + "/submit")
                        .then()
                        .extract()
                        .header("ETag");
        com.dossier.support.Api.raw(director)
                .header("If-Match", pending)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "   "))
                .post("/api/v1/customers/" + id + "/reject")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        as(rep).get("/api/v1/customers/" + id).then().body("status", equalTo("PENDING_APPROVAL"));
    }

    @Test
    void shouldRequireTheCurrentETag() {
        ExtractableResponse<Response> created = create(rep);
        String id = created.path("id");
        as(rep).post("/api/v1/customers/" + id + "/submit").then().statusCode(428);
        as(rep).header("If-Match", "\"99\"")
                .post("/api/v1/customers/" + id + "/submit")
                .then()
                .statusCode(412);
        as(rep).get("/api/v1/customers/" + id).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void shouldLetOnlyTheOwnerAmongRepsSubmit() {
        ExtractableResponse<Response> created = create(rep);
        String id = created.path("id");
        TestUser colleague = TestUser.rep(team);
        as(rep).contentType(ContentType.JSON)
                .body(Map.of("userId", colleague.subject()))
                .post("/api/v1/customers/" + id + "/shares")
                .then()
                .statusCode(201);
        as(colleague)
                .header("If-Match", created.header("ETag"))
                .post("/api/v1/customers/" + id + "/submit")
                .then()
                .statusCode(403);
        // The supervisor of the team may submit on the owner's behalf.
        as(TestUser.supervisor(team))
                .header("If-Match", created.header("ETag"))
                .post("/api/v1/customers/" + id + "/submit")
                .then()
                .statusCode(200)
                .body("status", equalTo("PENDING_APPROVAL"));
    }

    @Test
    void shouldNotLetAnyoneApproveTheirOwnSubmission() {
        TestUser gm = TestUser.withRole("general-manager");
        ExtractableResponse<Response> created = create(gm);
        String id = created.path("id");
        String pending =
                as(gm).header("If-Match", created.header("ETag"))
                        .post("/api/v1/customers/" + id + "/submit")
                        .then()
                        .statusCode(200)
                        .extract()
                        .header("ETag");
        as(gm).header("If-Match", pending)
                .post("/api/v1/customers/" + id + "/approve")
                .then()
                .statusCode(403);
        // Another approver may; the general manager stands above the sales director.
        as(TestUser.withRole("general-manager"))
                .header("If-Match", pending)
                .post("/api/v1/customers/" + id + "/approve")
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"));
    }

    @Test
    void shouldRefuseApprovalToRolesThatDoNotDecide() {
        ExtractableResponse<Response> created = create(rep);
        String id = created.path("id");
        String pending =
                as(rep).header("If-Match", created.header("ETag"))
                        .post("/api/v1/customers/" + id + "/submit")
                        .then()
                        .extract()
                        .header("ETag");
        for (TestUser who :
                new TestUser[] {
                    rep,
                    TestUser.supervisor(team),
                    TestUser.withRole("admin"),
                    TestUser.withRole("archivist")
                }) {
            as(who).header("If-Match", pending)
                    .post("/api/v1/customers/" + id + "/approve")
                    .then()
                    .statusCode(403);
        }
        as(rep).get("/api/v1/customers/" + id).then().body("status", equalTo("PENDING_APPROVAL"));
    }

    private io.restassured.response.ValidatableResponse patch(String id, String etag) {
        return as(rep).header("If-Match", etag)
                .contentType("application/merge-patch+json")
                .body(Map.of("notes", "直接修改"))
                .patch("/api/v1/customers/" + id)
                .then();
    }

    private void refused(TestUser who, String action, String id, String etag, String hint) {
        as(who).header("If-Match", etag)
                .post("/api/v1/customers/" + id + "/" + action)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://dossier.app/problems/invalid-transition"))
                .body("detail", containsString(hint));
    }

    private void rejectRefused(String id, String etag, String hint) {
        as(director)
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "资料不全"))
                .post("/api/v1/customers/" + id + "/reject")
                .then()
                .statusCode(409)
                .body("detail", containsString(hint));
    }

    private String approved() {
        return com.dossier.support.CustomerFixture.approvedCustomer(rep);
    }

    static ExtractableResponse<Response> create(TestUser owner) {
        return as(owner)
                .contentType(ContentType.JSON)
                .body(Map.of("kind", "INDIVIDUAL", "name", unique("生命周期客户")))
                .post("/api/v1/customers")
                .then()
                .statusCode(201)
                .extract();
    }
}
