package com.dossier.shared.error;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test-only endpoint that fails the way a bug would, with secrets in the exception message. */
@Path("/test-only/failure")
public class FailingTestResource {
    @GET
    @PermitAll
    public String fail() {
        throw new IllegalStateException("SELECT password FROM users WHERE host='db.internal'");
    }
}
