package com.dossier.shared.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoDataContextsTest {
    private static final String KEY = "quarkus.liquibase.contexts";

    @Test
    void shouldAddDemoContextOnlyWhenAskedFor() {
        DemoDataContexts source = new DemoDataContexts();
        System.clearProperty("dossier.demo-data");
        if (System.getenv("DOSSIER_DEMO_DATA") == null) {
            assertThat(source.getValue(KEY)).isNull();
        }
        System.setProperty("dossier.demo-data", "true");
        try {
            assertThat(source.getValue(KEY)).isEqualTo("schema,demo");
        } finally {
            System.clearProperty("dossier.demo-data");
        }
    }
}
