package com.dossier.shared.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.dossier.support.ContractOperations;
import com.dossier.support.KeycloakResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Real tokens from a real Keycloak with the versioned realm. Users log in through the realm's
 * test-only client `dossier-test` (direct access grants); the partner uses client credentials.
 */
@QuarkusTest
@TestProfile(RealKeycloakProfile.class)
class RealKeycloakTokensTest {
    private static final String REP1_ID = "00000000-0000-4000-8000-000000000005";
    private static final String REP1_NAME = "陈晓东";
    private static final String REP2_ID = "00000000-0000-4000-8000-000000000006";

    @Test
    void shouldAcceptARealUserTokenAndReadItsTeam() {
        given().header("Authorization", "Bearer " + userToken("rep1"))
                .contentType(ContentType.JSON)
                .body(Map.of("kind", "INDIVIDUAL", "name", "真实令牌客户"))
                .post("/api/v1/customers")
                .then()
                .statusCode(201)
                .body("ownerId", equalTo(REP1_ID))
                .body("team", equalTo("east-team"));
        given().header("Authorization", "Bearer " + userToken("rep1"))
                .get("/api/v1/customers")
                .then()
                .statusCode(200);
    }

    @Test
    void shouldAcceptAPartnerClientCredentialsToken() {
        String token =
                token(
                        Map.of(
                                "grant_type", "client_credentials",
                                "client_id", "dossier-partner-demo",
                                "client_secret", "dossier-partner-demo-secret"));
        given().header("Authorization", "Bearer " + token)
                .get("/api/v1/customers")
                .then()
                .statusCode(200);
    }

    @Test
    void shouldForbidAWrongRole() {
        given().header("Authorization", "Bearer " + userToken("auditor"))
                .get("/api/v1/customers")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().header("Authorization", "Bearer " + userToken("rep1"))
                .header("If-Match", "\"0\"")
                .post("/api/v1/customers/" + java.util.UUID.randomUUID() + "/archive")
                .then()
                .statusCode(403);
    }

    @Test
    void shouldDescribeARealUserAtMe() {
        given().header("Authorization", "Bearer " + userToken("rep1"))
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("id", equalTo(REP1_ID))
                .body("username", equalTo("rep1"))
                .body("displayName", equalTo(REP1_NAME))
                .body("roles", equalTo(List.of("sales-rep")))
                .body("teams", equalTo(List.of("east-team")))
                .body("partner", equalTo(false))
                .body("permissions", equalTo(Permissions.allowedFor(List.of("sales-rep"))));
        String partner =
                token(
                        Map.of(
                                "grant_type", "client_credentials",
                                "client_id", "dossier-partner-demo",
                                "client_secret", "dossier-partner-demo-secret"));
        given().header("Authorization", "Bearer " + partner)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("partner", equalTo(true))
                .body("clientId", equalTo("dossier-partner-demo"))
                .body("roles", equalTo(List.of("partner")));
    }

    @Test
    void shouldShowACustomerToAnotherRealRepOnlyWhileShared() {
        String rep1 = "Bearer " + userToken("rep1");
        String rep2 = "Bearer " + userToken("rep2");
        String customer =
                given().header("Authorization", rep1)
                        .contentType(ContentType.JSON)
                        .body(Map.of("kind", "INDIVIDUAL", "name", "共享给西区的客户"))
                        .post("/api/v1/customers")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        given().header("Authorization", rep2)
                .get("/api/v1/customers/" + customer)
                .then()
                .statusCode(404);
        given().header("Authorization", rep1)
                .contentType(ContentType.JSON)
                .body(Map.of("userId", REP2_ID))
                .post("/api/v1/customers/" + customer + "/shares")
                .then()
                .statusCode(201);
        given().header("Authorization", rep2)
                .get("/api/v1/customers/" + customer)
                .then()
                .statusCode(200);
        given().header("Authorization", rep1)
                .delete("/api/v1/customers/" + customer + "/shares/" + REP2_ID)
                .then()
                .statusCode(204);
        given().header("Authorization", rep2)
                .get("/api/v1/customers/" + customer)
                .then()
                .statusCode(404);
    }

    /**
     * Object-level authorization with real tokens: for every read of one customer's archive in the
     * contract, a real rep of another team gets exactly the 404 of a customer that does not exist,
     * while the owner's real token reads it.
     */
    @TestFactory
    Stream<DynamicTest> shouldHideAnotherTeamsCustomerFromEveryReadOfTheContract() {
        String rep1 = "Bearer " + userToken("rep1");
        String rep2 = "Bearer " + userToken("rep2");
        String customer =
                given().header("Authorization", rep1)
                        .contentType(ContentType.JSON)
                        .body(Map.of("kind", "INDIVIDUAL", "name", "东区真实令牌客户"))
                        .post("/api/v1/customers")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        String missing = java.util.UUID.randomUUID().toString();
        List<ContractOperations.Op> reads =
                ContractOperations.all().stream()
                        .filter(op -> op.method().equals("GET"))
                        .filter(op -> op.path().startsWith("/api/v1/customers/{id}"))
                        .filter(op -> !op.path().replace("{id}", "").contains("{"))
                        .filter(op -> op.requiredRoles().contains(Roles.SALES_REP))
                        .toList();
        return reads.stream()
                .map(
                        op ->
                                DynamicTest.dynamicTest(
                                        op.id(),
                                        () -> {
                                            var outside =
                                                    given().header("Authorization", rep2)
                                                            .get(
                                                                    op.path()
                                                                            .replace(
                                                                                    "{id}",
                                                                                    customer))
                                                            .then()
                                                            .statusCode(404)
                                                            .extract();
                                            var absent =
                                                    given().header("Authorization", rep2)
                                                            .get(op.path().replace("{id}", missing))
                                                            .then()
                                                            .statusCode(404)
                                                            .extract();
                                            for (String field :
                                                    List.of("type", "title", "status", "detail")) {
                                                org.assertj.core.api.Assertions.assertThat(
                                                                outside.jsonPath().getString(field))
                                                        .as(op.id() + " " + field)
                                                        .isEqualTo(
                                                                absent.jsonPath().getString(field));
                                            }
                                            given().header("Authorization", rep1)
                                                    .get(op.path().replace("{id}", customer))
                                                    .then()
                                                    .statusCode(
                                                            org.hamcrest.Matchers.lessThan(400));
                                        }));
    }

    @Test
    void shouldRefuseMissingToken() {
        given().get("/api/v1/customers")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    void shouldRefuseATamperedToken() {
        String[] parts = userToken("rep1").split("\\.");
        String payload =
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String elevated = payload.replace("\"sales-rep\"", "\"admin\"");
        String forged =
                parts[0]
                        + "."
                        + Base64.getUrlEncoder()
                                .withoutPadding()
                                .encodeToString(elevated.getBytes(StandardCharsets.UTF_8))
                        + "."
                        + parts[2];
        given().header("Authorization", "Bearer " + forged)
                .get("/api/v1/customers")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRefuseATokenSignedByAnotherKey() {
        // Correct issuer and audience, but signed by a key Keycloak's JWKS does not hold.
        String issuer = System.getProperty(KeycloakResource.URL_PROPERTY) + "/realms/dossier";
        String foreign =
                io.smallrye.jwt.build.Jwt.claims()
                        .issuer(issuer)
                        .audience("dossier-api")
                        .subject(REP1_ID)
                        .claim("realm_access", Map.of("roles", java.util.List.of("admin")))
                        .sign();
        given().header("Authorization", "Bearer " + foreign)
                .get("/api/v1/customers")
                .then()
                .statusCode(401);
    }

    @Test
    void shouldRefuseAnExpiredToken() throws Exception {
        String expired = KeycloakAdmin.shortLivedUserToken("rep1", 4);
        given().header("Authorization", "Bearer " + expired)
                .get("/api/v1/customers")
                .then()
                .statusCode(200);
        long exp = KeycloakAdmin.expiry(expired);
        // The server tolerates 5 s of clock skew (mp.jwt.verify.clock.skew).
        while (System.currentTimeMillis() / 1000 <= exp + 6) {
            Thread.sleep(250); // waiting for a real expiry is the point of this test
        }
        given().header("Authorization", "Bearer " + expired)
                .get("/api/v1/customers")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"));
    }

    static String userToken(String username) {
        return token(
                Map.of(
                        "grant_type", "password",
                        "client_id", "dossier-test",
                        "client_secret", "dossier-test-secret",
                        "username", username,
                        "password", "dossier",
                        "scope", "openid"));
    }

    static String token(Map<String, String> form) {
        return given().baseUri(System.getProperty(KeycloakResource.URL_PROPERTY))
                .port(-1)
                .formParams(form)
                .post("/realms/dossier/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }
}
