package com.dossier.support;

import static com.dossier.support.Api.unique;

import com.dossier.support.ContractOperations.Op;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Calls an operation of the contract with the values of a {@link CustomerFixture}: path parameters
 * filled in, {@code If-Match} when the operation takes it, and the minimal valid body its schema
 * describes.
 */
public final class ContractCalls {
    private ContractCalls() {}

    /** Sends the operation with a stale {@code If-Match}. */
    public static Response send(RequestSpecification request, Op op, CustomerFixture fixture) {
        return send(request, op, fixture, "\"0\"");
    }

    public static Response send(
            RequestSpecification request, Op op, CustomerFixture fixture, String ifMatch) {
        for (Parameter parameter : parameters(op)) {
            if ("header".equals(parameter.getIn()) && "If-Match".equals(parameter.getName())) {
                request.header("If-Match", ifMatch);
            }
        }
        if (op.operation().getRequestBody() != null) {
            Map.Entry<String, MediaType> content =
                    op.operation().getRequestBody().getContent().entrySet().iterator().next();
            request.contentType(content.getKey())
                    .body(minimal(content.getValue().getSchema(), fixture));
        }
        return request.request(op.method(), path(op.path(), op, fixture));
    }

    /** {@code template} with the operation's path parameters replaced by the fixture's values. */
    public static String path(String template, Op op, CustomerFixture fixture) {
        String path = template;
        for (Parameter parameter : parameters(op)) {
            if ("path".equals(parameter.getIn())) {
                path = path.replace("{" + parameter.getName() + "}", fixture.value(parameter));
            }
        }
        return path;
    }

    public static boolean takesIfMatch(Op op) {
        return parameters(op).stream()
                .anyMatch(p -> "header".equals(p.getIn()) && "If-Match".equals(p.getName()));
    }

    private static List<Parameter> parameters(Op op) {
        return op.operation().getParameters() == null ? List.of() : op.operation().getParameters();
    }

    /** The smallest object the schema accepts: its required properties with plain values. */
    private static Map<String, Object> minimal(Schema<?> schema, CustomerFixture fixture) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (schema.getRequired() != null) {
            for (String name : schema.getRequired()) {
                body.put(name, sample(name, schema.getProperties().get(name), fixture));
            }
        }
        return body;
    }

    private static Object sample(String name, Schema<?> schema, CustomerFixture fixture) {
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return schema.getEnum().get(0);
        }
        String type = schema.getType() != null ? schema.getType() : "string";
        return switch (type) {
            case "boolean" -> false;
            case "integer", "number" -> schema.getMinimum() == null ? 1 : schema.getMinimum();
            case "object" -> minimal(schema, fixture);
            case "array" ->
                    schema.getMinItems() == null || schema.getMinItems() == 0
                            ? List.of()
                            : List.of(sample(name, schema.getItems(), fixture));
            default -> "uuid".equals(schema.getFormat()) ? fixture.colleague() : unique(name + "-");
        };
    }
}
