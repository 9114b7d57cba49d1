package com.dossier.support;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The operations of openapi.yaml, read from the file itself (references resolved). */
public final class ContractOperations {
    /** One operation of the contract. */
    public record Op(String id, String method, String path, Operation operation) {
        @SuppressWarnings("unchecked")
        public List<String> requiredRoles() {
            Map<String, Object> extensions = operation.getExtensions();
            Object roles = extensions == null ? null : extensions.get("x-required-roles");
            return roles == null ? List.of() : List.copyOf((List<String>) roles);
        }

        @Override
        public String toString() {
            return id;
        }
    }

    private static List<Op> all;

    private ContractOperations() {}

    public static synchronized List<Op> all() {
        if (all == null) {
            ParseOptions options = new ParseOptions();
            options.setResolve(true);
            options.setResolveFully(true);
            OpenAPI contract =
                    new OpenAPIV3Parser()
                            .read(Api.contractFile().toAbsolutePath().toString(), null, options);
            List<Op> ops = new ArrayList<>();
            contract.getPaths()
                    .forEach(
                            (path, item) ->
                                    item.readOperationsMap()
                                            .forEach(
                                                    (method, op) ->
                                                            ops.add(
                                                                    new Op(
                                                                            op.getOperationId(),
                                                                            method.name(),
                                                                            path,
                                                                            withPathParameters(
                                                                                    item, op)))));
            all = List.copyOf(ops);
        }
        return all;
    }

    /** Path-level parameters belong to every operation of the path. */
    private static Operation withPathParameters(PathItem item, Operation op) {
        if (item.getParameters() != null) {
            List<io.swagger.v3.oas.models.parameters.Parameter> params =
                    new ArrayList<>(item.getParameters());
            if (op.getParameters() != null) {
                params.addAll(op.getParameters());
            }
            op.setParameters(params);
        }
        return op;
    }
}
