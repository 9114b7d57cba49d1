package com.dossier.shared.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.dossier.support.LeakCheck;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Tokens an attacker might present: each is refused with 401, a Bearer challenge and a problem that
 * reveals nothing about why beyond "a valid bearer token is required".
 */
@QuarkusTest
class HostileTokensTest {
    private static final String ISSUER = "https://test.dossier.app/realms/dossier";

    private static JwtClaimsBuilder admin() {
        return Jwt.claims()
                .issuer(ISSUER)
                .audience("dossier-api")
                .subject(UUID.randomUUID().toString())
                .claim("preferred_username", "intruder")
                .claim("azp", "dossier-web")
                .claim("realm_access", Map.of("roles", List.of("admin")));
    }

    private static void assertRefused(String token) {
        var request = given();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        String body =
                request.get("/api/v1/customers")
                        .then()
                        .statusCode(401)
                        .header("WWW-Authenticate", startsWith("Bearer"))
                        .contentType("application/problem+json")
                        .body("type", equalTo("https://dossier.app/problems/unauthorized"))
                        .extract()
                        .asString();
        LeakCheck.assertClean(body);
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldAcceptTheWellFormedControlToken() {
        given().header("Authorization", "Bearer " + admin().expiresIn(300).sign())
                .get("/api/v1/customers")
                .then()
                .statusCode(200);
    }

    @Test
    void shouldRefuseAMissingToken() {
        assertRefused(null);
    }

    @Test
    void shouldRefuseATokenExpiredBeyondTheAllowedSkew() {
        long now = Instant.now().getEpochSecond();
        assertRefused(admin().issuedAt(now - 600).expiresAt(now - 60).sign());
    }

    @Test
    void shouldRefuseAForeignIssuer() {
        assertRefused(admin().issuer("https://evil.example/realms/dossier").expiresIn(300).sign());
    }

    @Test
    void shouldRefuseAnotherAudience() {
        assertRefused(admin().audience("some-other-api").expiresIn(300).sign());
    }

    @Test
    void shouldRefuseABadSignature() {
        String[] parts = admin().expiresIn(300).sign().split("\\.");
        String other = admin().expiresIn(600).sign().split("\\.")[2];
        assertRefused(parts[0] + "." + parts[1] + "." + other);
    }

    @Test
    void shouldRefuseAlgNone() {
        long now = Instant.now().getEpochSecond();
        String payload =
                "{\"iss\":\""
                        + ISSUER
                        + "\",\"aud\":\"dossier-api\",\"sub\":\"x\",\"iat\":"
                        + now
                        + ",\"exp\":"
                        + (now + 300)
                        + ",\"realm_access\":{\"roles\":[\"admin\"]}}";
        assertRefused(b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + b64(payload) + ".");
    }

    @Test
    void shouldRefuseAnUnknownKeySignedByAnotherKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair foreign = generator.generateKeyPair();
        String token =
                admin().expiresIn(300).jws().keyId("not-one-of-ours").sign(foreign.getPrivate());
        assertThat(token.split("\\.")).hasSize(3);
        assertRefused(token);
    }

    @Test
    void shouldRefuseGarbage() {
        assertRefused("not.a.token");
        assertRefused("%00' OR 1=1 --");
    }
}
