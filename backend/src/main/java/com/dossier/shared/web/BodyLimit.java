package com.dossier.shared.web;

import com.dossier.api.model.ProblemDto;
import com.dossier.shared.error.Problems;
import com.dossier.shared.error.TraceId;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body that announces more than {@code quarkus.http.limits.max-body-size} with a 413
 * problem before a byte of it is read. (A chunked body without {@code Content-Length} is cut by the
 * HTTP layer itself at the same size, with a bare 413.)
 */
@ApplicationScoped
public class BodyLimit {
    private final long maxBytes;
    private final ObjectMapper mapper;

    BodyLimit(
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M")
                    MemorySize max,
            ObjectMapper mapper) {
        this.maxBytes = max.asLongValue();
        this.mapper = mapper;
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, 1000);
    }

    private void check(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && tooLarge(length)) {
            context.response()
                    .setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(problem(context));
            return;
        }
        context.next();
    }

    private boolean tooLarge(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private String problem(RoutingContext context) {
        ProblemDto problem =
                new ProblemDto()
                        .type(Problems.TYPE_BASE + "payload-too-large")
                        .title("Payload too large")
                        .status(413)
                        .detail("The request body is larger than " + maxBytes + " bytes.")
                        .instance(context.request().path())
                        .traceId(TraceId.of(context));
        try {
            return mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            return "{\"status\":413,\"title\":\"Payload too large\"}";
        }
    }
}
