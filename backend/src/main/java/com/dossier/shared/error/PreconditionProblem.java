package com.dossier.shared.error;

import java.util.List;

/** Optimistic concurrency: If-Match missing (428) or stale (412). */
public class PreconditionProblem extends ApiException {
    private PreconditionProblem(int status, String slug, String title, String detail) {
        super(status, slug, title, detail, List.of());
    }

    public static PreconditionProblem required() {
        return new PreconditionProblem(
                428,
                "precondition-required",
                "If-Match required",
                "Send the ETag you last read in If-Match.");
    }

    public static PreconditionProblem failed() {
        return new PreconditionProblem(
                412,
                "precondition-failed",
                "Resource changed",
                "Someone else changed this resource since you read it; reload and retry.");
    }
}
