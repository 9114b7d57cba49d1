package com.dossier.shared.error;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into application/problem+json. Messages are written here, never copied from
 * exceptions, so no class name, SQL or stack trace can reach a client.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    /** Header parameters of the generated interfaces, named as the client sends them. */
    private static final Map<String, String> HEADERS =
            Map.of("idempotencyKey", "Idempotency-Key", "ifMatch", "If-Match");

    @Inject CurrentVertxRequest currentRequest;

    @ServerExceptionMapper
    public Response api(ApiException e) {
        return problem(e.status(), e.slug(), e.title(), e.getMessage(), e.errors());
    }

    @ServerExceptionMapper
    public Response beanValidation(ConstraintViolationException e) {
        List<FieldError> errors =
                e.getConstraintViolations().stream()
                        .map(ProblemMappers::fieldError)
                        .sorted(Comparator.comparing(FieldError::field))
                        .collect(Collectors.toCollection(ArrayList::new));
        return api(new ValidationProblem(errors));
    }

    /**
     * A unique constraint refused a row that a concurrent request saved first (the services check
     * the friendly cases beforehand; this is the race they cannot see). Other integrity failures
     * are bugs and stay a 500.
     */
    @ServerExceptionMapper
    public Response uniqueRace(org.hibernate.exception.ConstraintViolationException e) {
        if (!"23505".equals(e.getSQLState())) {
            return unexpected(e);
        }
        return api(
                new ConflictProblem(
                        "conflict",
                        "Conflicting change",
                        "A record saved at the same time conflicts with this request; reload and"
                                + " try again."));
    }

    @ServerExceptionMapper
    public Response unknownProperty(UnrecognizedPropertyException e) {
        if (e instanceof UnknownProperties.Refusal all && all.getPath().size() <= 1) {
            return api(
                    new ValidationProblem(
                            all.names().stream()
                                    .map(
                                            name ->
                                                    UnknownProperties.SERVER_OWNED.contains(name)
                                                            ? new FieldError(
                                                                    name,
                                                                    "readOnly",
                                                                    "This property is set by the"
                                                                            + " server.")
                                                            : new FieldError(
                                                                    name,
                                                                    "unknownProperty",
                                                                    "This property is not accepted"
                                                                            + " here."))
                                    .toList()));
        }
        return api(
                ValidationProblem.of(
                        path(e), "unknownProperty", "This property is not accepted here."));
    }

    @ServerExceptionMapper
    public Response badValue(InvalidFormatException e) {
        return api(ValidationProblem.of(path(e), "invalidValue", "This value is not allowed."));
    }

    @ServerExceptionMapper
    public Response badInstance(ValueInstantiationException e) {
        return api(ValidationProblem.of(path(e), "invalidValue", "This value is not allowed."));
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return api(ValidationProblem.of(path(e), "invalidType", "This value has the wrong type."));
    }

    @ServerExceptionMapper
    public Response mapping(JsonMappingException e) {
        return api(ValidationProblem.of(path(e), "invalidValue", "This value is not allowed."));
    }

    @ServerExceptionMapper
    public Response malformed(JsonParseException e) {
        return malformedJson();
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
        return malformedJson();
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e) {
        return unauthorized();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return unauthorized();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return problem(
                403,
                "forbidden",
                "Forbidden",
                "Your roles do not allow this operation.",
                List.of());
    }

    @ServerExceptionMapper
    public Response staleWrite(OptimisticLockException e) {
        return api(PreconditionProblem.failed());
    }

    @ServerExceptionMapper
    public Response staleState(StaleObjectStateException e) {
        return api(PreconditionProblem.failed());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        if (e.getCause() instanceof ApiException api) {
            // e.g. a query parameter converter's refusal, which JAX-RS wraps in a 404.
            return api(api);
        }
        int status = e.getResponse().getStatus();
        String badParameter = status == 404 ? unconvertedQueryParameter(e.getCause()) : null;
        if (badParameter != null) {
            // A query parameter that does not convert (`limit=abc`): JAX-RS calls that 404, but
            // the request is malformed, not the resource missing.
            return api(
                    ValidationProblem.of(
                            badParameter,
                            badParameter + ".invalidType",
                            "This parameter has the wrong type."));
        }
        if (status >= 500) {
            return unexpected(e);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return json instanceof JsonMappingException mapping
                    ? mapping(mapping)
                    : malformedJson();
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Request refused" : known.getReasonPhrase();
        String slug = title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
        String detail =
                switch (status) {
                    case 404 -> "No such resource.";
                    case 405 -> "This method is not allowed on this resource.";
                    case 406 -> "No acceptable representation; ask for application/json.";
                    case 415 -> "This content type is not accepted here.";
                    case 400 -> "The request is malformed.";
                    default -> title + ".";
                };
        if (status == 404) {
            slug = "not-found";
            title = "Not found";
        }
        if (status == 413) {
            // A chunked body cut by the HTTP layer: the same problem as an announced one.
            slug = "payload-too-large";
            title = "Payload too large";
            detail = "The request body is too large.";
        }
        Response response = problem(status, slug, title, detail, List.of());
        if (status == 405 && e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            return Response.fromResponse(response)
                    .header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW))
                    .build();
        }
        return response;
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        String traceId = traceId();
        LOG.errorf(e, "Unexpected error, traceId=%s", traceId);
        return problem(
                500,
                "internal",
                "Internal error",
                "An unexpected error occurred; quote the traceId when reporting it.",
                List.of());
    }

    /** The query parameter whose value a conversion failure quotes, if any. */
    private String unconvertedQueryParameter(Throwable cause) {
        var context = currentRequest.getCurrent();
        if (!(cause instanceof IllegalArgumentException) || context == null) {
            return null;
        }
        String message = cause.getMessage() == null ? "" : cause.getMessage();
        for (var parameter : context.queryParams()) {
            String value = parameter.getValue();
            if (value != null && !value.isEmpty() && message.contains("\"" + value + "\"")) {
                return parameter.getKey();
            }
        }
        return null;
    }

    private Response malformedJson() {
        return api(ValidationProblem.of("body", "malformedJson", "The body is not valid JSON."));
    }

    private Response unauthorized() {
        Response response =
                problem(
                        401,
                        "unauthorized",
                        "Unauthorized",
                        "A valid bearer token is required.",
                        List.of());
        return Response.fromResponse(response)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"dossier\"")
                .build();
    }

    private Response problem(
            int status, String slug, String title, String detail, List<FieldError> errors) {
        var context = currentRequest.getCurrent();
        String instance = context == null ? null : context.request().path();
        return Problems.response(status, slug, title, detail, errors, instance, traceId());
    }

    private String traceId() {
        return TraceId.of(currentRequest.getCurrent());
    }

    /** The JSON path of a Jackson failure, e.g. `name` or `contacts[0].email`. */
    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        if (e instanceof UnrecognizedPropertyException unknown
                && !path.toString().endsWith(unknown.getPropertyName())) {
            return unknown.getPropertyName();
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    /**
     * Names the field of a violation: a method parameter (`limit`) or the bean property under the
     * request body (`name`), never the Java method or DTO parameter name.
     */
    static FieldError fieldError(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY
                    || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                // An element of a list is named by its index: `lineItems[0].unitPrice`,
                // `fields[1].key`.
                if (node.isInIterable() && node.getIndex() != null && !names.isEmpty()) {
                    int last = names.size() - 1;
                    names.set(last, names.get(last) + "[" + node.getIndex() + "]");
                }
                if (node.getName() != null) {
                    names.add(node.getName());
                }
            }
        }
        String field =
                names.isEmpty()
                        ? (parameter == null ? "body" : HEADERS.getOrDefault(parameter, parameter))
                        : String.join(".", names);
        if (names.isEmpty() && parameter != null && parameter.endsWith("Dto")) {
            field = "body";
        }
        String annotation =
                violation
                        .getConstraintDescriptor()
                        .getAnnotation()
                        .annotationType()
                        .getSimpleName();
        String code =
                field + "." + Character.toLowerCase(annotation.charAt(0)) + annotation.substring(1);
        return new FieldError(field, code, violation.getMessage());
    }
}
