package com.dossier.shared.config;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Adds the Liquibase context `demo` when DOSSIER_DEMO_DATA=true. A properties file cannot express
 * the condition, and Liquibase without contexts would run every changeset, demo data included.
 */
public class DemoDataContexts implements ConfigSource {
    private static final String KEY = "quarkus.liquibase.contexts";

    @Override
    public Set<String> getPropertyNames() {
        return enabled() ? Set.of(KEY) : Set.of();
    }

    @Override
    public String getValue(String propertyName) {
        return KEY.equals(propertyName) && enabled() ? "schema,demo" : null;
    }

    @Override
    public Map<String, String> getProperties() {
        return enabled() ? Map.of(KEY, "schema,demo") : Map.of();
    }

    @Override
    public String getName() {
        return "dossier-demo-data";
    }

    @Override
    public int getOrdinal() {
        // Above application.properties (250), below explicit environment variables (300).
        return 275;
    }

    private static boolean enabled() {
        String value = System.getenv("DOSSIER_DEMO_DATA");
        if (value == null) {
            value = System.getProperty("dossier.demo-data");
        }
        return "true".equalsIgnoreCase(value);
    }
}
