package com.dossier.shared.idempotency;

import com.dossier.shared.error.ApiException;
import java.util.List;

/** A key reused for another request (422) or whose first request is still running (409). */
public class IdempotencyKeyProblem extends ApiException {
    private IdempotencyKeyProblem(int status, String slug, String title, String detail) {
        super(status, slug, title, detail, List.of());
    }

    static IdempotencyKeyProblem reused() {
        return new IdempotencyKeyProblem(
                422,
                "idempotency-key-reused",
                "Idempotency key reused",
                "This Idempotency-Key was used for a different request; choose a new key.");
    }

    static IdempotencyKeyProblem inFlight() {
        return new IdempotencyKeyProblem(
                409,
                "idempotency-in-flight",
                "Request in progress",
                "A request with this Idempotency-Key is still in progress; retry later.");
    }
}
