package com.dossier.shared.error;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Names every unknown property of a request body, not only the first: at the first one Jackson
 * meets, the rest of that object is scanned and all properties its type does not know (server-owned
 * ones such as {@code id} or {@code status} included) are reported together, so a client fixes its
 * request in one round. Scalars are not coerced between JSON types.
 */
@Singleton
public class UnknownProperties implements ObjectMapperCustomizer {
    /** Properties of a resource that only the server sets; reported as `readOnly`. */
    public static final Set<String> SERVER_OWNED =
            Set.of(
                    "id",
                    "archiveNo",
                    "ownerId",
                    "team",
                    "status",
                    "version",
                    "createdAt",
                    "updatedAt",
                    "customerId",
                    "active");

    /** All unknown properties of one object, in the order they were sent. */
    public static class Refusal extends UnrecognizedPropertyException {
        private final List<String> names;

        Refusal(JsonParser parser, Class<?> type, List<String> names) {
            super(parser, "Unknown properties", parser.currentLocation(), type, names.get(0), null);
            this.names = List.copyOf(names);
        }

        public List<String> names() {
            return names;
        }
    }

    @Override
    public void customize(ObjectMapper mapper) {
        // JSON types are checked as the contract states them: "name": 123 is not a string and
        // "primary": "yes" (or "true") not a boolean.
        mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        for (LogicalType type : List.of(LogicalType.Textual, LogicalType.Enum)) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        }
        mapper.addHandler(
                new DeserializationProblemHandler() {
                    @Override
                    public boolean handleUnknownProperty(
                            DeserializationContext context,
                            JsonParser parser,
                            JsonDeserializer<?> deserializer,
                            Object beanOrClass,
                            String propertyName)
                            throws IOException {
                        Collection<Object> known = deserializer.getKnownPropertyNames();
                        Set<String> names = new LinkedHashSet<>();
                        names.add(propertyName);
                        parser.skipChildren();
                        JsonToken token = parser.nextToken();
                        while (token == JsonToken.FIELD_NAME) {
                            String name = parser.currentName();
                            if (known == null || !known.contains(name)) {
                                names.add(name);
                            }
                            parser.nextToken();
                            parser.skipChildren();
                            token = parser.nextToken();
                        }
                        Class<?> type =
                                beanOrClass instanceof Class<?> c ? c : beanOrClass.getClass();
                        throw new Refusal(parser, type, new ArrayList<>(names));
                    }
                });
    }
}
