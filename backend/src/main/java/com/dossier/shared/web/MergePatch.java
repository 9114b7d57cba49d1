package com.dossier.shared.web;

import com.dossier.shared.error.FieldError;
import com.dossier.shared.error.ValidationProblem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A JSON Merge Patch (RFC 7396) body checked against the contract's patch schema.
 *
 * <p>Why a tree and not the generated DTO: a DTO field is null both when the property was absent
 * (leave unchanged) and when it was sent as null (clear it). The generator maps the patch schemas
 * to {@link ObjectNode} (see schemaMappings in pom.xml) and this class applies the same rules the
 * schema states (known properties, types, lengths, nullability), collecting every error.
 */
public final class MergePatch {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final ObjectNode body;
    private final List<FieldError> errors = new ArrayList<>();

    private MergePatch(ObjectNode body) {
        this.body = body;
    }

    /** Refuses properties outside {@code editable}; server-owned ones get their own code. */
    public static MergePatch of(ObjectNode body, Set<String> editable, Set<String> serverOwned) {
        MergePatch patch = new MergePatch(body);
        for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (serverOwned.contains(name)) {
                patch.errors.add(
                        new FieldError(name, "readOnly", "This property is set by the server."));
            } else if (!editable.contains(name)) {
                patch.errors.add(
                        new FieldError(
                                name, "unknownProperty", "This property is not accepted here."));
            }
        }
        return patch;
    }

    public boolean has(String field) {
        return body.has(field);
    }

    /** The new text of a property that may be cleared with null. */
    public String text(String field, int maxLength) {
        return text(field, maxLength, true);
    }

    /** The new text of a property that must keep a value. */
    public String requiredText(String field, int maxLength) {
        return text(field, maxLength, false);
    }

    public String email(String field, int maxLength) {
        String value = text(field, maxLength, true);
        if (value != null && !EMAIL.matcher(value).matches()) {
            errors.add(new FieldError(field, field + ".email", "This is not an e-mail address."));
        }
        return value;
    }

    public Boolean bool(String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull() || !value.isBoolean()) {
            errors.add(new FieldError(field, "invalidType", "Expected true or false."));
            return null;
        }
        return value.booleanValue();
    }

    public LocalDate date(String field) {
        String value = text(field, 10, true);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "invalidValue", "Expected a date (YYYY-MM-DD)."));
            return null;
        }
    }

    /** A whole number in [min, max]; null clears it when {@code nullable}. */
    public Integer integer(String field, int min, int max, boolean nullable) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            if (!nullable) {
                errors.add(
                        new FieldError(
                                field, field + ".required", "This field cannot be cleared."));
            }
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            errors.add(new FieldError(field, "invalidType", "Expected a whole number."));
            return null;
        }
        int number = value.intValue();
        if (number < min || number > max) {
            errors.add(
                    new FieldError(
                            field, field + ".range", "Between " + min + " and " + max + "."));
            return null;
        }
        return number;
    }

    /** An enumerated value; {@code parse} throws IllegalArgumentException on unknown values. */
    public <E> E enumValue(String field, Function<String, E> parse) {
        String value = text(field, 64, false);
        if (value == null) {
            return null;
        }
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "invalidValue", "This value is not allowed."));
            return null;
        }
    }

    public void reject(String field, String code, String message) {
        errors.add(new FieldError(field, code, message));
    }

    /** Throws a 400 naming every offending property, if any. */
    public void check() {
        if (!errors.isEmpty()) {
            throw new ValidationProblem(errors);
        }
    }

    private String text(String field, int maxLength, boolean nullable) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            if (!nullable) {
                errors.add(
                        new FieldError(
                                field, field + ".required", "This field cannot be cleared."));
            }
            return null;
        }
        if (!value.isTextual()) {
            errors.add(new FieldError(field, "invalidType", "Expected a string."));
            return null;
        }
        String text = value.textValue();
        if (!nullable && text.isBlank()) {
            errors.add(new FieldError(field, field + ".required", "This field cannot be empty."));
        }
        if (text.length() > maxLength) {
            errors.add(
                    new FieldError(
                            field, field + ".size", "At most " + maxLength + " characters."));
        }
        return text;
    }
}
