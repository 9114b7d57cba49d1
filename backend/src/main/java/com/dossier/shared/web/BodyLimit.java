package com.dossier.shared.web;

import com.dossier.api.model.FieldErrorDto;
import com.dossier.api.model.ProblemDto;
import com.dossier.shared.config.DossierConfig;
import com.dossier.shared.error.Problems;
import com.dossier.shared.error.TraceId;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.VertxHttpRecorder;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Two body limits: {@code dossier.http.max-body-size} (1 MiB) for every JSON API body, and {@code
 * dossier.documents.max-size} (20 MB) plus room for the form's other parts for {@code
 * multipart/form-data}, which only document uploads accept. A body that announces more than its
 * limit is refused with a 413 problem before a byte of it is read.
 *
 * <p>{@code quarkus.http.limits.max-body-size} is the ceiling of the HTTP layer itself, which must
 * hold the largest upload; a body without {@code Content-Length} (chunked) that is not multipart is
 * still held to the JSON limit while it is read. The start fails when the ceiling is too low for
 * the configured document size, rather than refusing uploads the settings allow.
 */
@ApplicationScoped
public class BodyLimit {
    /** Room for the boundaries and text fields around the file of an upload. */
    static final long MULTIPART_ENVELOPE = 64 * 1024;

    private final long jsonMax;
    private final long fileMax;
    private final ObjectMapper mapper;

    BodyLimit(
            DossierConfig config,
            @ConfigProperty(name = "dossier.documents.max-size", defaultValue = "20M")
                    MemorySize fileMax,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M")
                    MemorySize ceiling,
            ObjectMapper mapper) {
        this.jsonMax = config.http().maxBodySize().asLongValue();
        this.fileMax = fileMax.asLongValue();
        this.mapper = mapper;
        if (this.fileMax + MULTIPART_ENVELOPE > ceiling.asLongValue()) {
            throw new IllegalStateException(
                    "quarkus.http.limits.max-body-size ("
                            + ceiling.asLongValue()
                            + " bytes) must be at least dossier.documents.max-size + "
                            + MULTIPART_ENVELOPE
                            + " bytes ("
                            + (this.fileMax + MULTIPART_ENVELOPE)
                            + ")");
        }
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, 1000);
    }

    /**
     * Runs right after the HTTP layer's own limit (route order -2), which hands a chunked body the
     * ceiling: a JSON body gets its own, smaller limit instead.
     */
    void chunked(@Observes Router router) {
        router.route()
                .order(-1)
                .handler(
                        context -> {
                            if (context.request().getHeader(HttpHeaders.CONTENT_LENGTH) == null
                                    && !multipart(context)) {
                                context.put(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY, jsonMax);
                            }
                            context.next();
                        });
    }

    private void check(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        boolean multipart = multipart(context);
        long max = multipart ? fileMax + MULTIPART_ENVELOPE : jsonMax;
        if (length != null && tooLarge(length, max)) {
            context.response()
                    .setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(problem(context, multipart));
            return;
        }
        context.next();
    }

    private static boolean multipart(RoutingContext context) {
        String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    private static boolean tooLarge(String length, long max) {
        try {
            return Long.parseLong(length.trim()) > max;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private String problem(RoutingContext context, boolean upload) {
        String detail =
                upload
                        ? "The file is larger than the limit of " + fileMax + " bytes."
                        : "The request body is larger than " + jsonMax + " bytes.";
        ProblemDto problem =
                new ProblemDto()
                        .type(Problems.TYPE_BASE + "payload-too-large")
                        .title("Payload too large")
                        .status(413)
                        .detail(detail)
                        .instance(context.request().path())
                        .traceId(TraceId.of(context));
        if (upload) {
            problem.setErrors(
                    List.of(
                            new FieldErrorDto()
                                    .field("file")
                                    .code("file.tooLarge")
                                    .message(detail)));
        }
        try {
            return mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            return "{\"status\":413,\"title\":\"Payload too large\"}";
        }
    }
}
