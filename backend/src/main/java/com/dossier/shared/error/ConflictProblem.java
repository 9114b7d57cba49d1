package com.dossier.shared.error;

import java.util.List;

/** The request conflicts with the resource's state. */
public class ConflictProblem extends ApiException {
    public ConflictProblem(String slug, String title, String detail) {
        super(409, slug, title, detail, List.of());
    }
}
