package com.dossier.support;

import io.smallrye.jwt.build.Jwt;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A caller with a token signed by the test key, shaped like Keycloak's: realm roles in
 * realm_access.roles, teams in groups, audience dossier-api.
 */
public record TestUser(String subject, String username, List<String> roles, List<String> teams) {

    public static TestUser rep(String team) {
        return new TestUser(
                UUID.randomUUID().toString(), "rep", List.of("sales-rep"), List.of(team));
    }

    public static TestUser supervisor(String team) {
        return new TestUser(
                UUID.randomUUID().toString(), "supervisor", List.of("supervisor"), List.of(team));
    }

    public static TestUser withRole(String role) {
        return new TestUser(UUID.randomUUID().toString(), role, List.of(role), List.of());
    }

    /** A team name no other test uses, so scope checks see only this test's data. */
    public static String freshTeam() {
        return "team-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public String token() {
        var claims = Jwt.claims();
        if (!teams.isEmpty()) {
            claims.claim("groups", teams);
        }
        return claims.subject(subject)
                .claim("preferred_username", username)
                .claim("azp", roles.contains("partner") ? "dossier-partner-demo" : "dossier-web")
                .claim("realm_access", Map.of("roles", roles))
                .expiresIn(300)
                .sign();
    }

    public String bearer() {
        return "Bearer " + token();
    }
}
