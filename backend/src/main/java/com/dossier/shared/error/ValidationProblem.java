package com.dossier.shared.error;

import java.util.List;

/** Invalid input; every offending field is named. */
public class ValidationProblem extends ApiException {
    public ValidationProblem(List<FieldError> errors) {
        super(
                400,
                "validation",
                "Invalid request",
                errors.size() == 1 ? "1 field is invalid." : errors.size() + " fields are invalid.",
                errors);
    }

    public static ValidationProblem of(String field, String code, String message) {
        return new ValidationProblem(List.of(new FieldError(field, code, message)));
    }
}
