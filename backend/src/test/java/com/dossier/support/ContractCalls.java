package com.dossier.support;

import static com.dossier.support.Api.unique;

import com.dossier.support.ContractOperations.Op;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Calls an operation of the contract with the values of a {@link CustomerFixture}: path parameters
 * filled in, {@code If-Match} when the operation takes it, and the minimal valid body its schema
 * describes (as {@code multipart/form-data} parts for uploads).
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
            if (content.getKey().equals("multipart/form-data")) {
                multipart(request, content.getValue().getSchema(), fixture);
            } else {
                request.contentType(content.getKey())
                        .body(minimal(content.getValue().getSchema(), fixture));
            }
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

    /**
     * A form with the schema's required parts: a small text file for each binary part, plain values
     * for the others.
     */
    private static void multipart(
            RequestSpecification request, Schema<?> schema, CustomerFixture fixture) {
        for (String name : schema.getRequired()) {
            Schema<?> property = schema.getProperties().get(name);
            if ("binary".equals(property.getFormat())) {
                request.multiPart(
                        name, "合同扫描件.txt", "客户资料".getBytes(StandardCharsets.UTF_8), "text/plain");
            } else {
                request.multiPart(name, String.valueOf(sample(name, property, fixture)));
            }
        }
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
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            // `allOf: [$ref]` only adds a description to the referenced schema.
            return sample(name, schema.getAllOf().get(0), fixture);
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return schema.getEnum().get(0);
        }
        if (schema.getPattern() != null) {
            // A formatted string (an amount, a code); once `allOf` is resolved it may carry no
            // type.
            return text(name, schema, fixture);
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
            default -> text(name, schema, fixture);
        };
    }

    private static Object text(String name, Schema<?> schema, CustomerFixture fixture) {
        if ("uuid".equals(schema.getFormat())) {
            return switch (name) {
                case "productId" -> fixture.productId();
                case "customerId" -> fixture.customerId();
                case "sourceId" -> fixture.mergeSource();
                default -> fixture.colleague();
            };
        }
        if ("date".equals(schema.getFormat())) {
            // Today where it is earliest: never a future date for the server.
            return LocalDate.now(ZoneOffset.ofHours(-12)).toString();
        }
        if (schema.getPattern() != null) {
            // A formatted value (an amount, a quantity): the contract's example, or a plain 1.
            Pattern pattern = Pattern.compile(schema.getPattern());
            for (Object candidate : java.util.Arrays.asList(schema.getExample(), "1")) {
                if (candidate != null && pattern.matcher(candidate.toString()).matches()) {
                    return candidate.toString();
                }
            }
        }
        return unique(name + "-");
    }
}
