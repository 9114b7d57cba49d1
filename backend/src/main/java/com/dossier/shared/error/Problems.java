package com.dossier.shared.error;

import com.dossier.api.model.FieldErrorDto;
import com.dossier.api.model.ProblemDto;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds RFC 9457 problem responses with stable type URIs. */
public final class Problems {
    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://dossier.app/problems/";

    private Problems() {}

    public static Response response(
            int status,
            String slug,
            String title,
            String detail,
            List<FieldError> errors,
            String instance,
            String traceId) {
        ProblemDto problem =
                new ProblemDto()
                        .type(TYPE_BASE + slug)
                        .title(title)
                        .status(status)
                        .detail(detail)
                        .instance(instance)
                        .traceId(traceId);
        problem.setErrors(
                errors.isEmpty()
                        ? null
                        : errors.stream()
                                .map(
                                        e ->
                                                new FieldErrorDto()
                                                        .field(e.field())
                                                        .code(e.code())
                                                        .message(e.message()))
                                .toList());
        return Response.status(status).type(MEDIA_TYPE).entity(problem).build();
    }
}
