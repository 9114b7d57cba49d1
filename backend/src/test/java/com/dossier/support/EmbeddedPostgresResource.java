package com.dossier.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A real PostgreSQL for the tests (no Docker here). LC_CTYPE must be UTF-8: under `C`, pg_trgm
 * extracts no trigrams from Chinese text.
 *
 * <p>Set up as in production: database `dossier` owned by `dossier` (Liquibase migrates as this
 * role) while the application connects as `dossier_app`, which may only read and append to the
 * audit trail and the access log. The cluster's superuser stays available to tests that play the
 * part of someone tampering with the database ({@link #SUPERUSER_URL}).
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {
    public static final String SUPERUSER_URL = "dossier-test.superuser-jdbc-url";
    public static final String APP_USER = "dossier_app";
    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        try {
            postgres =
                    EmbeddedPostgres.builder()
                            .setLocaleConfig("encoding", "UTF8")
                            .setLocaleConfig("lc-ctype", "C.UTF-8")
                            .setLocaleConfig("lc-collate", "C.UTF-8")
                            .start();
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                    Statement sql = connection.createStatement()) {
                sql.execute("CREATE ROLE dossier LOGIN PASSWORD 'dossier'");
                sql.execute("CREATE ROLE dossier_app LOGIN PASSWORD 'dossier_app'");
                sql.execute("CREATE DATABASE dossier OWNER dossier");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        // Without user= in the URL: pgjdbc would let it override the configured username.
        String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/dossier";
        System.setProperty(SUPERUSER_URL, postgres.getJdbcUrl("postgres", "dossier"));
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", APP_USER,
                "quarkus.datasource.password", "dossier_app",
                "quarkus.liquibase.username", "dossier",
                "quarkus.liquibase.password", "dossier");
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
