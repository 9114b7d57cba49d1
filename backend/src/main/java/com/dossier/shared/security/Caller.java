package com.dossier.shared.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, read once from the verified JWT. Nothing else reads the token.
 *
 * <p>Teams come from the raw `groups` claim: SmallRye JWT reuses the name `groups` for the roles it
 * finds at `realm_access/roles`, so the Keycloak group list is read from the payload itself.
 */
@RequestScoped
public class Caller {
    private final String subject;
    private final String username;
    private final Set<String> roles;
    private final List<String> teams;
    private final String clientId;
    private final String displayName;

    @Inject
    Caller(JsonWebToken jwt, ObjectMapper mapper) {
        JsonNode payload = payload(jwt, mapper);
        this.subject = text(payload, "sub");
        this.username = text(payload, "preferred_username");
        this.clientId = text(payload, "azp");
        this.roles = new LinkedHashSet<>(strings(payload.path("realm_access").path("roles")));
        this.teams = strings(payload.path("groups"));
        this.displayName = displayName(payload);
    }

    public String subject() {
        return subject;
    }

    public String username() {
        return username;
    }

    /** The person's name as the token carries it (Chinese order: family name first), or null. */
    public String displayName() {
        return displayName;
    }

    public Set<String> roles() {
        return Set.copyOf(roles);
    }

    public List<String> teams() {
        return List.copyOf(teams);
    }

    public String clientId() {
        return clientId;
    }

    public boolean isPartner() {
        return roles.contains(Roles.PARTNER);
    }

    /**
     * Whether sensitive customer fields are shown in clear to this caller ({@link
     * Roles#SEE_SENSITIVE}).
     */
    public boolean seesSensitiveFields() {
        return roles.stream().anyMatch(Roles.SEE_SENSITIVE::contains);
    }

    /** The caller's first team, which a customer it creates is filed under. */
    public String firstTeam() {
        return teams.isEmpty() ? null : teams.get(0);
    }

    public DataScope scope() {
        if (roles.stream().anyMatch(Roles.SEE_ALL::contains)) {
            return DataScope.everything();
        }
        List<String> visibleTeams = roles.contains(Roles.SUPERVISOR) ? teams : List.of();
        boolean ownsCustomers = roles.contains(Roles.SALES_REP) || roles.contains(Roles.SUPERVISOR);
        // Anyone of limited scope sees what is explicitly shared with it.
        return new DataScope(false, ownsCustomers ? subject : null, visibleTeams, subject, null);
    }

    /**
     * The scope of reading one archive and its child records: {@link #scope()} plus the customers
     * of the caller's valid access grants (approved, not yet expired, not revoked). Writes, lists
     * and searches use {@link #scope()}, so a grant never lets its holder change anything.
     */
    public DataScope readScope() {
        return scope().withGrantsOf(subject);
    }

    private static JsonNode payload(JsonWebToken jwt, ObjectMapper mapper) {
        String raw = jwt == null ? null : jwt.getRawToken();
        if (raw == null) {
            return mapper.createObjectNode();
        }
        String[] parts = raw.split("\\.");
        try {
            return mapper.readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (IOException | RuntimeException e) {
            return mapper.createObjectNode();
        }
    }

    private static String displayName(JsonNode payload) {
        String family = text(payload, "family_name");
        String given = text(payload, "given_name");
        String joined = (family == null ? "" : family) + (given == null ? "" : given);
        if (!joined.isBlank()) {
            return joined;
        }
        String name = text(payload, "name");
        return name == null || name.isBlank() ? null : name;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
