package com.dossier.shared.config;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Runs the application with the demo changesets, as DOSSIER_DEMO_DATA=true does. */
public class DemoDataProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.liquibase.contexts", "schema,demo");
    }
}
