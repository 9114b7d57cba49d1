package com.dossier.customer.correction;

import static com.dossier.support.Api.as;
import static com.dossier.support.Api.freshCreditCode;
import static com.dossier.support.Api.raw;
import static com.dossier.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.dossier.support.CustomerFixture;
import com.dossier.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Corrections of approved archives: proposing, the inbox, accepting (applied) and rejecting. */
@QuarkusTest
class CorrectionTest {
    private final String team = TestUser.freshTeam();
    private final TestUser rep = TestUser.rep(team);
    private final TestUser supervisor = TestUser.supervisor(team);
    private final TestUser director = TestUser.withRole("sales-director");
    private final TestUser auditor = TestUser.withRole("auditor");

    @Test
    void shouldApplyAnAcceptedCorrectionWithAPerFieldAuditEvent() {
        String id = CustomerFixture.approvedCustomer(rep);
        long version = version(id);
        String correction =
                propose(
                                id,
                                List.of(
                                        change("phone", null, "021-58881234"),
                                        change("notes", null, "总机已变更")),
                                "客户来函告知总机变更")
                        .statusCode(201)
                        .body("status", equalTo("PENDING"))
                        .body("changes[0].field", equalTo("phone"))
                        .body("changes[0].oldValue", nullValue())
                        .body("changes[0].newValue", equalTo("021-58881234"))
                        .extract()
                        .path("id");
        // Nothing changes before the decision.
        as(rep).get("/api/v1/customers/" + id).then().body("phone", nullValue());
        as(supervisor)
                .get("/api/v1/corrections?status=PENDING")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(correction))
                .body("items.find { it.id == '" + correction + "' }.customerId", equalTo(id));

        as(supervisor)
                .post("/api/v1/corrections/" + correction + "/accept")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("decidedBy", equalTo(supervisor.subject()));

        as(rep).get("/api/v1/customers/" + id)
                .then()
                .body("phone", equalTo("021-58881234"))
                .body("notes", equalTo("总机已变更"))
                .body("status", equalTo("APPROVED"))
                .body("version", equalTo((int) version + 1));
        JsonPath audit = events("customerId=" + id);
        assertThat(audit.getList("items.action", String.class))
                .startsWith("ACCEPT", "CORRECT", "PROPOSE");
        assertThat(audit.getString("items[1].entityType")).isEqualTo("CUSTOMER");
        assertThat(audit.getList("items[1].changes", Map.class))
                .extracting(c -> c.get("field"), c -> c.get("old"), c -> c.get("new"))
                .containsExactly(
                        tuple("phone", null, "021-58881234"), tuple("notes", null, "总机已变更"));
        assertThat(audit.getString("items[0].entityType")).isEqualTo("CORRECTION");
        as(rep).get("/api/v1/customers/" + id + "/corrections")
                .then()
                .statusCode(200)
                .body("items[0].status", equalTo("ACCEPTED"));
        as(supervisor)
                .get("/api/v1/corrections?status=PENDING")
                .then()
                .body("items.id", not(hasItem(correction)));
    }

    @Test
    void shouldRefuseAStaleOldValue() {
        String id = CustomerFixture.approvedCustomer(rep);
        propose(id, List.of(change("name", "不是现在的名称", "新名称")), "名称变更")
                .statusCode(409)
                .body("type", equalTo("https://dossier.app/problems/stale-correction"))
                .body("detail", containsString("name"));
        as(rep).get("/api/v1/customers/" + id + "/corrections")
                .then()
                .body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void shouldRefuseToAcceptACorrectionOverTakenByAnother() {
        String id = CustomerFixture.approvedCustomer(rep);
        String first = proposeId(id, change("notes", null, "第一次更正"));
        String second = proposeId(id, change("notes", null, "第二次更正"));
        as(director).post("/api/v1/corrections/" + first + "/accept").then().statusCode(200);
        as(director)
                .post("/api/v1/corrections/" + second + "/accept")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://dossier.app/problems/stale-correction"));
        as(rep).get("/api/v1/customers/" + id).then().body("notes", equalTo("第一次更正"));
    }

    @Test
    void shouldRefuseAnInvalidValueOnAcceptAndChangeNothing() {
        String id = CustomerFixture.approvedCustomer(rep);
        long version = version(id);
        String correction =
                proposeId(id, change("notes", null, "会回滚"), change("email", null, "不是邮箱"));
        int events = events("customerId=" + id).getList("items").size();

        raw(director)
                .post("/api/v1/corrections/" + correction + "/accept")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("email"));

        as(rep).get("/api/v1/customers/" + id)
                .then()
                .body("notes", nullValue())
                .body("email", nullValue())
                .body("version", equalTo((int) version));
        as(rep).get("/api/v1/customers/" + id + "/corrections")
                .then()
                .body("items[0].status", equalTo("PENDING"));
        assertThat(events("customerId=" + id).getList("items")).hasSize(events);
    }

    @Test
    void shouldApplyTheSameCreditCodeRulesAsPatch() {
        String organisation =
                as(rep).contentType(ContentType.JSON)
                        .body(Map.of("kind", "ORGANIZATION", "name", unique("更正单位")))
                        .post("/api/v1/customers")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        approve(organisation);
        String bad = proposeId(organisation, change("creditCode", null, "91310000MA1FL0XY84"));
        raw(director)
                .post("/api/v1/corrections/" + bad + "/accept")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("creditCode"))
                .body("errors[0].code", equalTo("creditCode.checkCharacter"));
        String code = freshCreditCode();
        String good = proposeId(organisation, change("creditCode", null, code));
        as(director).post("/api/v1/corrections/" + good + "/accept").then().statusCode(200);
        as(rep).get("/api/v1/customers/" + organisation).then().body("creditCode", equalTo(code));
    }

    @Test
    void shouldRejectWithAReasonAndLeaveTheArchiveAsItIs() {
        String id = CustomerFixture.approvedCustomer(rep);
        String correction = proposeId(id, change("notes", null, "不会生效"));
        raw(supervisor)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", ""))
                .post("/api/v1/corrections/" + correction + "/reject")
                .then()
                .statusCode(400);
        as(supervisor)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "来函未加盖公章"))
                .post("/api/v1/corrections/" + correction + "/reject")
                .then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("decisionReason", equalTo("来函未加盖公章"));
        as(rep).get("/api/v1/customers/" + id).then().body("notes", nullValue());
        as(supervisor)
                .post("/api/v1/corrections/" + correction + "/accept")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://dossier.app/problems/invalid-transition"));
    }

    @Test
    void shouldHideCorrectionsOfOtherTeamsFromASupervisor() {
        String id = CustomerFixture.approvedCustomer(rep);
        String correction = proposeId(id, change("notes", null, "他组主管不可决定"));
        TestUser otherSupervisor = TestUser.supervisor(TestUser.freshTeam());
        as(otherSupervisor)
                .post("/api/v1/corrections/" + correction + "/accept")
                .then()
                .statusCode(404)
                .body("detail", equalTo("No correction with this id."));
        as(otherSupervisor)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "越权"))
                .post("/api/v1/corrections/" + correction + "/reject")
                .then()
                .statusCode(404);
        as(otherSupervisor)
                .get("/api/v1/corrections?status=PENDING")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(correction)));
        as(rep).get("/api/v1/customers/" + id + "/corrections")
                .then()
                .body("items[0].status", equalTo("PENDING"));
    }

    @Test
    void shouldNotLetAProposerDecideOrARepAccept() {
        String id = CustomerFixture.approvedCustomer(rep);
        TestUser proposer = TestUser.supervisor(team);
        String correction =
                as(proposer)
                        .contentType(ContentType.JSON)
                        .body(body(List.of(change("notes", null, "自己提交")), "主管自行更正"))
                        .post("/api/v1/customers/" + id + "/corrections")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        as(proposer).post("/api/v1/corrections/" + correction + "/accept").then().statusCode(403);
        as(rep).post("/api/v1/corrections/" + correction + "/accept").then().statusCode(403);
        as(TestUser.withRole("archivist"))
                .post("/api/v1/corrections/" + correction + "/accept")
                .then()
                .statusCode(403);
        as(rep).get("/api/v1/customers/" + id).then().body("notes", nullValue());
    }

    @Test
    void shouldOnlyCorrectApprovedArchives() {
        var created =
                as(rep).contentType(ContentType.JSON)
                        .body(Map.of("kind", "INDIVIDUAL", "name", unique("草稿客户")))
                        .post("/api/v1/customers")
                        .then()
                        .statusCode(201)
                        .extract();
        propose(created.path("id"), List.of(change("notes", null, "x")), "草稿不走更正")
                .statusCode(409)
                .body("type", equalTo("https://dossier.app/problems/not-approved"))
                .body("detail", containsString("PATCH"));
    }

    @Test
    void shouldNameTheOffendingChange() {
        String id = CustomerFixture.approvedCustomer(rep);
        raw(rep).contentType(ContentType.JSON)
                .body(
                        body(
                                List.of(
                                        change("notes", null, "好的"),
                                        change("status", "APPROVED", "DRAFT")),
                                "试图改状态"))
                .post("/api/v1/customers/" + id + "/corrections")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("changes[1].field"));
        raw(rep).contentType(ContentType.JSON)
                .body(body(List.of(), "没有字段"))
                .post("/api/v1/customers/" + id + "/corrections")
                .then()
                .statusCode(400);
    }

    private ValidatableResponse propose(String id, List<Map<String, Object>> changes, String why) {
        return as(rep).contentType(ContentType.JSON)
                .body(body(changes, why))
                .post("/api/v1/customers/" + id + "/corrections")
                .then();
    }

    @SafeVarargs
    private String proposeId(String id, Map<String, Object>... changes) {
        return propose(id, List.of(changes), "客户来函更正").statusCode(201).extract().path("id");
    }

    private static Map<String, Object> body(List<Map<String, Object>> changes, String reason) {
        return Map.of("changes", changes, "reason", reason);
    }

    private static Map<String, Object> change(String field, Object oldValue, Object newValue) {
        Map<String, Object> change = new HashMap<>();
        change.put("field", field);
        change.put("oldValue", oldValue);
        change.put("newValue", newValue);
        return change;
    }

    private void approve(String id) {
        String etag = as(rep).get("/api/v1/customers/" + id).then().extract().header("ETag");
        String pending =
                as(rep).header("If-Match", etag)
                        .post("/api/v1/customers/" + id + "/submit")
                        .then()
                        .statusCode(200)
                        .extract()
                        .header("ETag");
        as(director)
                .header("If-Match", pending)
                .post("/api/v1/customers/" + id + "/approve")
                .then()
                .statusCode(200);
    }

    private long version(String id) {
        return as(rep).get("/api/v1/customers/" + id)
                .then()
                .extract()
                .jsonPath()
                .getLong("version");
    }

    private JsonPath events(String query) {
        return as(auditor)
                .get("/api/v1/audit-events?limit=100&" + query)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
