package com.dossier.shared.security;

import com.dossier.support.KeycloakResource;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/** Verifies tokens against a real Keycloak instead of the test signing key. */
public class RealKeycloakProfile implements QuarkusTestProfile {
    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(KeycloakResource.class));
    }
}
