package com.dossier.profiletemplate;

import com.dossier.shared.error.FieldError;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Checks one custom value against its field's type and options. */
public final class CustomValues {
    private static final int MAX_TEXT = 2000;

    private CustomValues() {}

    /**
     * The value to store (String, BigDecimal or a list of option values), or null after adding an
     * error named {@code path} to {@code errors}.
     */
    public static Object check(
            TemplateField field, JsonNode value, String path, List<FieldError> errors) {
        switch (field.type()) {
            case TemplateField.TEXT -> {
                if (!value.isTextual()) {
                    return wrongType(path, "Expected a string.", errors);
                }
                if (value.textValue().length() > MAX_TEXT) {
                    errors.add(
                            new FieldError(
                                    path,
                                    "customFields.size",
                                    "At most " + MAX_TEXT + " characters."));
                    return null;
                }
                return value.textValue();
            }
            case TemplateField.NUMBER -> {
                if (!value.isNumber()) {
                    return wrongType(path, "Expected a number.", errors);
                }
                return value.decimalValue();
            }
            case TemplateField.DATE -> {
                if (!value.isTextual()) {
                    return wrongType(path, "Expected a date (YYYY-MM-DD).", errors);
                }
                try {
                    return LocalDate.parse(value.textValue()).toString();
                } catch (DateTimeParseException e) {
                    return wrongType(path, "Expected a date (YYYY-MM-DD).", errors);
                }
            }
            case TemplateField.SINGLE_CHOICE -> {
                if (!value.isTextual()) {
                    return wrongType(path, "Expected one of the field's option values.", errors);
                }
                if (!field.allows(value.textValue())) {
                    return notAnOption(path, value.textValue(), errors);
                }
                return value.textValue();
            }
            case TemplateField.MULTI_CHOICE -> {
                if (!value.isArray()) {
                    return wrongType(path, "Expected a list of option values.", errors);
                }
                Set<String> chosen = new LinkedHashSet<>();
                for (JsonNode item : value) {
                    if (!item.isTextual()) {
                        return wrongType(path, "Expected a list of option values.", errors);
                    }
                    if (!field.allows(item.textValue())) {
                        return notAnOption(path, item.textValue(), errors);
                    }
                    chosen.add(item.textValue());
                }
                return new ArrayList<>(chosen);
            }
            default -> {
                return wrongType(path, "This field cannot hold values.", errors);
            }
        }
    }

    /** Whether a stored value counts as given (a required field's test). */
    public static boolean isPresent(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof String text) {
            return !text.isBlank();
        }
        if (value instanceof List<?> list) {
            return !list.isEmpty();
        }
        return true;
    }

    /** The JSON a filter {@code key:value} must be contained in, per the field's type. */
    public static Object filterValue(String type, String value) {
        return switch (type) {
            case TemplateField.MULTI_CHOICE -> List.of(value);
            case TemplateField.NUMBER -> new BigDecimal(value);
            default -> value;
        };
    }

    private static Object wrongType(String path, String message, List<FieldError> errors) {
        errors.add(new FieldError(path, "customFields.invalidType", message));
        return null;
    }

    private static Object notAnOption(String path, String value, List<FieldError> errors) {
        errors.add(
                new FieldError(
                        path,
                        "customFields.notAnOption",
                        "'" + value + "' is not one of the field's options."));
        return null;
    }
}
