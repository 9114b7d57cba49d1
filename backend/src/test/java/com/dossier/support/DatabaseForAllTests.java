package com.dossier.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the embedded PostgreSQL for every @QuarkusTest (not restricted to this class). */
@QuarkusTestResource(EmbeddedPostgresResource.class)
public final class DatabaseForAllTests {
    private DatabaseForAllTests() {}
}
