package com.dossier.shared.security;

import static io.restassured.RestAssured.given;

import com.dossier.support.KeycloakResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Uses Keycloak's admin API to issue a genuinely short-lived token: the test client's access token
 * lifespan is lowered for one login and then restored.
 */
final class KeycloakAdmin {
    private KeycloakAdmin() {}

    static String shortLivedUserToken(String username, int seconds) {
        String admin =
                given().baseUri(url())
                        .port(-1)
                        .formParams(
                                Map.of(
                                        "grant_type", "password",
                                        "client_id", "admin-cli",
                                        "username", "admin",
                                        "password", KeycloakResource.ADMIN_PASSWORD))
                        .post("/realms/master/protocol/openid-connect/token")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("access_token");
        List<Map<String, Object>> clients =
                given().baseUri(url())
                        .port(-1)
                        .header("Authorization", "Bearer " + admin)
                        .queryParam("clientId", "dossier-test")
                        .get("/admin/realms/dossier/clients")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("");
        String id = (String) clients.get(0).get("id");
        setLifespan(admin, id, String.valueOf(seconds));
        try {
            return RealKeycloakTokensTest.userToken(username);
        } finally {
            setLifespan(admin, id, "");
        }
    }

    static long expiry(String token) {
        String payload =
                new String(
                        Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                        StandardCharsets.UTF_8);
        return new JsonPath(payload).getLong("exp");
    }

    private static void setLifespan(String admin, String clientId, String seconds) {
        Map<String, Object> client =
                given().baseUri(url())
                        .port(-1)
                        .header("Authorization", "Bearer " + admin)
                        .get("/admin/realms/dossier/clients/" + clientId)
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("");
        @SuppressWarnings("unchecked")
        Map<String, Object> attributes = (Map<String, Object>) client.get("attributes");
        attributes.put("access.token.lifespan", seconds);
        given().baseUri(url())
                .port(-1)
                .header("Authorization", "Bearer " + admin)
                .contentType(ContentType.JSON)
                .body(client)
                .put("/admin/realms/dossier/clients/" + clientId)
                .then()
                .statusCode(204);
    }

    private static String url() {
        return System.getProperty(KeycloakResource.URL_PROPERTY);
    }
}
