package com.dossier.customer;

import static com.dossier.support.Api.as;
import static com.dossier.support.Api.createOrganisation;
import static com.dossier.support.Api.raw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;

import com.dossier.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CustomerScopeTest {
    private final String east = TestUser.freshTeam();
    private final String west = TestUser.freshTeam();
    private final TestUser rep1 = TestUser.rep(east);
    private final TestUser rep2 = TestUser.rep(west);

    @Test
    void shouldHideAnotherRepsCustomerExactlyLikeAMissingOne() {
        String theirs = createOrganisation(rep2, "西部客户有限公司");
        Response hidden = raw(rep1).get("/api/v1/customers/" + theirs);
        String random = UUID.randomUUID().toString();
        Response missing = raw(rep1).get("/api/v1/customers/" + random);
        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(missing.statusCode()).isEqualTo(404);
        Map<String, Object> a = hidden.jsonPath().getMap("");
        Map<String, Object> b = missing.jsonPath().getMap("");
        a.remove("traceId");
        b.remove("traceId");
        a.put("instance", ((String) a.get("instance")).replace(theirs, "X"));
        b.put("instance", ((String) b.get("instance")).replace(random, "X"));
        assertThat(a).isEqualTo(b);
        raw(rep1)
                .header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json")
                .body("{\"phone\":\"021-1\"}")
                .patch("/api/v1/customers/" + theirs)
                .then()
                .statusCode(404);
    }

    @Test
    void shouldListOnlyOwnCustomersForReps() {
        createOrganisation(rep1, "东部客户一");
        createOrganisation(rep2, "西部客户二");
        as(rep1).queryParam("team", west).get("/api/v1/customers").then().body("items", hasSize(0));
        as(rep1).get("/api/v1/customers").then().body("items", hasSize(1));
    }

    @Test
    void shouldLetSupervisorSeeTheTeam() {
        String mine = createOrganisation(rep1, "东部团队客户");
        String theirs = createOrganisation(rep2, "西部团队客户");
        TestUser supervisor = TestUser.supervisor(east);
        as(supervisor).get("/api/v1/customers/" + mine).then().statusCode(200);
        raw(supervisor).get("/api/v1/customers/" + theirs).then().statusCode(404);
        as(supervisor)
                .get("/api/v1/customers")
                .then()
                .body("items.id", org.hamcrest.Matchers.hasItem(mine));
        as(supervisor)
                .queryParam("team", west)
                .get("/api/v1/customers")
                .then()
                .body("items", hasSize(0));
    }

    @Test
    void shouldLetDirectorSeeEveryone() {
        String theirs = createOrganisation(rep2, "总监可见客户");
        as(TestUser.withRole("sales-director"))
                .get("/api/v1/customers/" + theirs)
                .then()
                .statusCode(200);
        as(TestUser.withRole("partner")).get("/api/v1/customers/" + theirs).then().statusCode(200);
    }
}
