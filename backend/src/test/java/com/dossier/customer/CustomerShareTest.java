package com.dossier.customer;

import static com.dossier.support.Api.as;
import static com.dossier.support.Api.createOrganisation;
import static com.dossier.support.Api.raw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import com.dossier.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CustomerShareTest {
    private final String east = TestUser.freshTeam();
    private final String west = TestUser.freshTeam();
    private final TestUser rep1 = TestUser.rep(east);
    private final TestUser rep2 = TestUser.rep(west);

    @Test
    void shouldHideAnUnsharedCustomerExactlyLikeAMissingOne() {
        String customer = createOrganisation(rep1, "东部未共享客户");
        String random = UUID.randomUUID().toString();
        assertSameNotFound(
                raw(rep2).get("/api/v1/customers/" + customer),
                raw(rep2).get("/api/v1/customers/" + random),
                customer,
                random);
        assertSameNotFound(
                raw(rep2).get("/api/v1/customers/" + customer + "/contacts"),
                raw(rep2).get("/api/v1/customers/" + random + "/contacts"),
                customer,
                random);
    }

    @Test
    void shouldShowASharedCustomerUntilItIsUnshared() {
        String customer = createOrganisation(rep1, "东部共享客户");
        addContact(rep1, customer);
        Response shared = share(rep1, customer, rep2.subject(), "西区项目协作");
        shared.then()
                .statusCode(201)
                .body("customerId", equalTo(customer))
                .body("userId", equalTo(rep2.subject()))
                .body("sharedBy", equalTo(rep1.subject()))
                .body("note", equalTo("西区项目协作"));
        assertThat(shared.header("Location"))
                .endsWith("/api/v1/customers/" + customer + "/shares/" + rep2.subject());

        as(rep2).get("/api/v1/customers")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(customer));
        as(rep2).get("/api/v1/customers/" + customer).then().statusCode(200);
        as(rep2).get("/api/v1/customers/" + customer + "/contacts")
                .then()
                .statusCode(200)
                .body("items", hasSize(1));
        as(rep1).get("/api/v1/customers/" + customer + "/shares")
                .then()
                .statusCode(200)
                .body("items.userId", equalTo(java.util.List.of(rep2.subject())));

        as(rep1).delete("/api/v1/customers/" + customer + "/shares/" + rep2.subject())
                .then()
                .statusCode(204);
        as(rep2).get("/api/v1/customers")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(customer)));
        raw(rep2).get("/api/v1/customers/" + customer).then().statusCode(404);
        raw(rep2).get("/api/v1/customers/" + customer + "/contacts").then().statusCode(404);
    }

    @Test
    void shouldLetOnlyTheOwningRepShareAmongReps() {
        String customer = createOrganisation(rep1, "只有负责人能共享");
        share(rep1, customer, rep2.subject(), null).then().statusCode(201);
        TestUser rep3 = TestUser.rep(west);
        share(rep2, customer, rep3.subject(), null).then().statusCode(403);
        raw(rep2)
                .delete("/api/v1/customers/" + customer + "/shares/" + rep2.subject())
                .then()
                .statusCode(403);
        share(rep3, customer, rep3.subject(), null).then().statusCode(404);
    }

    @Test
    void shouldReplaceTheNoteWhenSharingAgain() {
        String customer = createOrganisation(rep1, "重复共享客户");
        share(rep1, customer, rep2.subject(), "第一次").then().statusCode(201);
        share(rep1, customer, rep2.subject(), "第二次")
                .then()
                .statusCode(200)
                .body("note", equalTo("第二次"));
        as(rep1).get("/api/v1/customers/" + customer + "/shares")
                .then()
                .body("items", hasSize(1))
                .body("items[0].note", equalTo("第二次"));
    }

    @Test
    void shouldRefuseSharingWithTheOwnerAndUnsharingWhatIsNotShared() {
        String customer = createOrganisation(rep1, "共享校验客户");
        share(rep1, customer, rep1.subject(), null)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("userId"));
        raw(rep1)
                .delete("/api/v1/customers/" + customer + "/shares/" + UUID.randomUUID())
                .then()
                .statusCode(404);
        raw(rep1)
                .contentType(ContentType.JSON)
                .body(Map.of("userId", "not-a-uuid"))
                .post("/api/v1/customers/" + customer + "/shares")
                .then()
                .statusCode(400);
    }

    @Test
    void shouldLetTheTeamSupervisorShareButNotAnotherTeams() {
        String customer = createOrganisation(rep1, "主管共享客户");
        TestUser eastSupervisor = TestUser.supervisor(east);
        TestUser westSupervisor = TestUser.supervisor(west);
        share(eastSupervisor, customer, rep2.subject(), null).then().statusCode(201);
        share(westSupervisor, customer, rep2.subject(), null).then().statusCode(404);
        as(rep2).get("/api/v1/customers/" + customer).then().statusCode(200);
    }

    @Test
    void shouldScopeSupervisorsToTheirTeamAndDirectorsToEverything() {
        String eastCustomer = createOrganisation(rep1, "东部团队客户");
        String westCustomer = createOrganisation(rep2, "西部团队客户");
        TestUser eastSupervisor = TestUser.supervisor(east);
        as(eastSupervisor).get("/api/v1/customers/" + eastCustomer).then().statusCode(200);
        raw(eastSupervisor).get("/api/v1/customers/" + westCustomer).then().statusCode(404);
        as(eastSupervisor)
                .get("/api/v1/customers")
                .then()
                .body("items.id", hasItem(eastCustomer))
                .body("items.id", not(hasItem(westCustomer)));
        TestUser director = TestUser.withRole("sales-director");
        as(director).get("/api/v1/customers/" + eastCustomer).then().statusCode(200);
        as(director).get("/api/v1/customers/" + westCustomer).then().statusCode(200);
        share(director, westCustomer, rep1.subject(), "总监指派").then().statusCode(201);
        as(rep1).get("/api/v1/customers/" + westCustomer).then().statusCode(200);
    }

    private static Response share(TestUser who, String customer, String userId, String note) {
        Map<String, Object> body =
                note == null ? Map.of("userId", userId) : Map.of("userId", userId, "note", note);
        return raw(who).contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/customers/" + customer + "/shares");
    }

    private static void addContact(TestUser who, String customer) {
        as(who).contentType(ContentType.JSON)
                .body(Map.of("name", "王建国", "primary", true))
                .post("/api/v1/customers/" + customer + "/contacts")
                .then()
                .statusCode(201);
    }

    private static void assertSameNotFound(
            Response hidden, Response missing, String hiddenId, String missingId) {
        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(missing.statusCode()).isEqualTo(404);
        Map<String, Object> a = hidden.jsonPath().getMap("");
        Map<String, Object> b = missing.jsonPath().getMap("");
        a.remove("traceId");
        b.remove("traceId");
        a.put("instance", ((String) a.get("instance")).replace(hiddenId, "X"));
        b.put("instance", ((String) b.get("instance")).replace(missingId, "X"));
        assertThat(a).isEqualTo(b);
        assertThat(hidden.contentType()).isEqualTo(missing.contentType());
    }
}
