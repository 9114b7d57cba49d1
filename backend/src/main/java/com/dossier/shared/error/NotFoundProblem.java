package com.dossier.shared.error;

import java.util.List;

/** No such resource in the caller's scope; deliberately identical for "absent" and "hidden". */
public class NotFoundProblem extends ApiException {
    public NotFoundProblem(String detail) {
        super(404, "not-found", "Not found", detail, List.of());
    }
}
