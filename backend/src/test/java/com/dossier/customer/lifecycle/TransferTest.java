package com.dossier.customer.lifecycle;

import static com.dossier.support.Api.as;
import static com.dossier.support.Api.raw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.dossier.support.CustomerFixture;
import com.dossier.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Handover of customers between owners: who may, what moves, all or nothing, on record. */
@QuarkusTest
class TransferTest {
    private final String team = TestUser.freshTeam();
    private final TestUser leaving = TestUser.rep(team);
    private final TestUser taking = TestUser.rep(team);
    private final TestUser supervisor = TestUser.supervisor(team);
    private final TestUser auditor = TestUser.withRole("auditor");

    @Test
    void shouldMoveEveryCustomerOfTheOwnerInTheSupervisorsTeams() {
        String first = LifecycleTest.create(leaving).path("id");
        String second = CustomerFixture.approvedCustomer(leaving);
        // The same person filed a customer under another team: not this supervisor's to move.
        TestUser sameRepElsewhere =
                new TestUser(
                        leaving.subject(),
                        "rep",
                        List.of("sales-rep"),
                        List.of(TestUser.freshTeam()));
        String elsewhere = LifecycleTest.create(sameRepElsewhere).path("id");
        String correction =
                as(leaving)
                        .contentType(ContentType.JSON)
                        .body(
                                Map.of(
                                        "changes",
                                        List.of(change("notes", "交接前提出的更正")),
                                        "reason",
                                        "交接前的更正"))
                        .post("/api/v1/customers/" + second + "/corrections")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");

        String transfer =
                as(supervisor)
                        .contentType(ContentType.JSON)
                        .body(request(null, null))
                        .post("/api/v1/customers/transfer")
                        .then()
                        .statusCode(200)
                        .body("count", equalTo(2))
                        .body("fromOwnerId", equalTo(leaving.subject()))
                        .body("toOwnerId", equalTo(taking.subject()))
                        .extract()
                        .path("id");

        as(taking)
                .get("/api/v1/customers/" + first)
                .then()
                .statusCode(200)
                .body("ownerId", equalTo(taking.subject()))
                .body("team", equalTo(team));
        as(taking).get("/api/v1/customers/" + second).then().statusCode(200);
        as(sameRepElsewhere)
                .get("/api/v1/customers/" + elsewhere)
                .then()
                .statusCode(200)
                .body("ownerId", equalTo(leaving.subject()));
        as(leaving).get("/api/v1/customers/" + first).then().statusCode(404);

        JsonPath audit = events(first);
        assertThat(audit.getString("items[0].action")).isEqualTo("TRANSFER");
        assertThat(audit.getList("items[0].changes", Map.class))
                .extracting(c -> c.get("field"), c -> c.get("old"), c -> c.get("new"))
                .contains(
                        org.assertj.core.api.Assertions.tuple(
                                "ownerId", leaving.subject(), taking.subject()),
                        org.assertj.core.api.Assertions.tuple("transferId", null, transfer));
        assertThat(events(second).getString("items[0].action")).isEqualTo("TRANSFER");
        assertThat(events(elsewhere).getList("items.action", String.class))
                .doesNotContain("TRANSFER");

        // The correction filed before the handover is still decided as usual.
        as(supervisor).post("/api/v1/corrections/" + correction + "/accept").then().statusCode(200);
        as(taking).get("/api/v1/customers/" + second).then().body("notes", equalTo("交接前提出的更正"));
    }

    @Test
    void shouldMoveNothingWhenOneListedCustomerCannotMove() {
        String mine = LifecycleTest.create(leaving).path("id");
        String notTheirs = LifecycleTest.create(taking).path("id");
        raw(supervisor)
                .contentType(ContentType.JSON)
                .body(request(List.of(mine, notTheirs), null))
                .post("/api/v1/customers/transfer")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("customerIds[1]"));
        as(leaving)
                .get("/api/v1/customers/" + mine)
                .then()
                .statusCode(200)
                .body("ownerId", equalTo(leaving.subject()));
        assertThat(events(mine).getList("items.action", String.class)).containsExactly("CREATE");

        as(supervisor)
                .contentType(ContentType.JSON)
                .body(request(List.of(mine), null))
                .post("/api/v1/customers/transfer")
                .then()
                .statusCode(200)
                .body("count", equalTo(1));
    }

    @Test
    void shouldLetOnlyDirectorsChangeTheTeam() {
        String id = LifecycleTest.create(leaving).path("id");
        String westTeam = TestUser.freshTeam();
        raw(supervisor)
                .contentType(ContentType.JSON)
                .body(request(null, westTeam))
                .post("/api/v1/customers/transfer")
                .then()
                .statusCode(403);
        as(leaving).get("/api/v1/customers/" + id).then().body("team", equalTo(team));

        as(TestUser.withRole("sales-director"))
                .contentType(ContentType.JSON)
                .body(request(null, westTeam))
                .post("/api/v1/customers/transfer")
                .then()
                .statusCode(200)
                .body("count", equalTo(1))
                .body("toTeam", equalTo(westTeam));
        as(TestUser.supervisor(westTeam))
                .get("/api/v1/customers/" + id)
                .then()
                .statusCode(200)
                .body("ownerId", equalTo(taking.subject()));
        as(supervisor).get("/api/v1/customers/" + id).then().statusCode(404);
    }

    @Test
    void shouldRefuseOtherTeamsAndBadRequests() {
        String id = LifecycleTest.create(leaving).path("id");
        as(TestUser.supervisor(TestUser.freshTeam()))
                .contentType(ContentType.JSON)
                .body(request(null, null))
                .post("/api/v1/customers/transfer")
                .then()
                .statusCode(200)
                .body("count", equalTo(0));
        Map<String, Object> same = request(null, null);
        same.put("toOwnerId", leaving.subject());
        raw(supervisor)
                .contentType(ContentType.JSON)
                .body(same)
                .post("/api/v1/customers/transfer")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("toOwnerId"));
        as(leaving)
                .contentType(ContentType.JSON)
                .body(request(null, null))
                .post("/api/v1/customers/transfer")
                .then()
                .statusCode(403);
        as(leaving)
                .get("/api/v1/customers/" + id)
                .then()
                .statusCode(200)
                .body("ownerId", equalTo(leaving.subject()));
    }

    private Map<String, Object> request(List<String> ids, String toTeam) {
        Map<String, Object> body = new HashMap<>();
        body.put("fromOwnerId", leaving.subject());
        body.put("toOwnerId", taking.subject());
        body.put("reason", "员工调离，客户资料移交");
        if (ids != null) {
            body.put("customerIds", ids);
        }
        if (toTeam != null) {
            body.put("toTeam", toTeam);
        }
        return body;
    }

    private static Map<String, Object> change(String field, String value) {
        Map<String, Object> change = new HashMap<>();
        change.put("field", field);
        change.put("oldValue", null);
        change.put("newValue", value);
        return change;
    }

    private JsonPath events(String customerId) {
        return as(auditor)
                .get("/api/v1/audit-events?limit=100&customerId=" + customerId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
