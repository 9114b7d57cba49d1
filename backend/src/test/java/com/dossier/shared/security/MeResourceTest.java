package com.dossier.shared.security;

import static com.dossier.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import com.dossier.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MeResourceTest {

    @Test
    void shouldDescribeARepAndItsPermissions() {
        TestUser rep = TestUser.rep("east-team");
        as(rep).get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("id", equalTo(rep.subject()))
                .body("username", equalTo("rep"))
                .body("roles", equalTo(List.of("sales-rep")))
                .body("teams", equalTo(List.of("east-team")))
                .body("clientId", equalTo("dossier-web"))
                .body("partner", equalTo(false))
                .body("permissions", equalTo(Permissions.allowedFor(List.of("sales-rep"))))
                .body("permissions", hasItems("listCustomers", "updateCustomer", "shareCustomer"))
                .body("permissions", not(hasItem("archiveCustomer")));
    }

    @Test
    void shouldGiveAnAuditorTheLogsButNoArchiveOperations() {
        as(TestUser.withRole("auditor"))
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body(
                        "permissions",
                        equalTo(
                                List.of(
                                        "listCustomerAccessLog",
                                        "listAccessLog",
                                        "listAuditEvents",
                                        "verifyAuditChain",
                                        "getMe")));
    }

    @Test
    void shouldMarkPartners() {
        as(TestUser.withRole("partner"))
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("partner", equalTo(true))
                .body("clientId", equalTo("dossier-partner-demo"))
                .body("permissions", not(hasItem("updateCustomer")));
    }

    @Test
    void shouldRefuseAnonymousCallers() {
        given().get("/api/v1/me").then().statusCode(401);
    }
}
