package com.dossier.shared.web;

import com.dossier.api.model.AccessGrantStatusDto;
import com.dossier.api.model.AuditActionDto;
import com.dossier.api.model.AuditEntityTypeDto;
import com.dossier.api.model.CustomerKindDto;
import com.dossier.api.model.CustomerStatusDto;
import com.dossier.shared.error.ValidationProblem;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Map;

/**
 * Unknown enum values in query parameters are a 400 naming the parameter. JAX-RS would answer a
 * failed query-parameter conversion with a bare 404.
 */
@Provider
public class EnumParamConverters implements ParamConverterProvider {

    /**
     * Quarkus REST does not always pass the parameter's annotations here, so the contract's
     * parameter name for each enum type is also known directly.
     */
    private static final Map<Class<?>, String> PARAMETERS =
            Map.of(
                    CustomerKindDto.class,
                    "kind",
                    CustomerStatusDto.class,
                    "status",
                    AuditEntityTypeDto.class,
                    "entityType",
                    AuditActionDto.class,
                    "action",
                    AccessGrantStatusDto.class,
                    "status");

    private static String parameterName(Class<?> type, Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
        }
        return PARAMETERS.getOrDefault(type, "query");
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(
            Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (!rawType.isEnum() || !rawType.getPackageName().equals("com.dossier.api.model")) {
            return null;
        }
        String field = parameterName(rawType, annotations);
        return new ParamConverter<T>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                for (T constant : rawType.getEnumConstants()) {
                    if (constant.toString().equals(value)) {
                        return constant;
                    }
                }
                throw ValidationProblem.of(field, field + ".invalid", "This value is not allowed.");
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }
}
