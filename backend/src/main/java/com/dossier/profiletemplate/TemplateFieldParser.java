package com.dossier.profiletemplate;

import com.dossier.shared.error.FieldError;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a template's {@code fields} list from JSON, checking every rule of the contract's
 * ProfileTemplateField and naming each offence as {@code fields[i].property}. Used for both create
 * and merge patch, so both apply the same rules.
 */
final class TemplateFieldParser {
    static final Set<String> TYPES =
            Set.of(
                    TemplateField.TEXT,
                    TemplateField.NUMBER,
                    TemplateField.DATE,
                    TemplateField.SINGLE_CHOICE,
                    TemplateField.MULTI_CHOICE);
    private static final Set<String> FIELD_PROPERTIES =
            Set.of("key", "labelZh", "labelEn", "type", "options", "required", "order");
    private static final Set<String> OPTION_PROPERTIES = Set.of("value", "labelZh", "labelEn");
    private static final Pattern KEY = Pattern.compile("^[a-z][A-Za-z0-9]{0,39}$");
    private static final Pattern OPTION_VALUE = Pattern.compile("^[A-Za-z0-9_.+<>-]{1,40}$");
    private static final int MAX_FIELDS = 100;
    private static final int MAX_OPTIONS = 50;

    private TemplateFieldParser() {}

    /** The fields in list order; errors are collected. */
    static List<TemplateField> parse(JsonNode node, List<FieldError> errors) {
        List<TemplateField> fields = new ArrayList<>();
        if (node == null || node.isNull() || !node.isArray()) {
            errors.add(new FieldError("fields", "invalidType", "Expected a list of fields."));
            return fields;
        }
        if (node.size() > MAX_FIELDS) {
            errors.add(
                    new FieldError("fields", "fields.size", "At most " + MAX_FIELDS + " fields."));
            return fields;
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String path = "fields[" + i + "]";
            JsonNode item = node.get(i);
            if (!item.isObject()) {
                errors.add(new FieldError(path, "invalidType", "Expected a field object."));
                continue;
            }
            unknown(item, FIELD_PROPERTIES, path, errors);
            String key = text(item, "key", 40, path, errors);
            if (key != null && !KEY.matcher(key).matches()) {
                errors.add(
                        new FieldError(
                                path + ".key",
                                "fields.key.format",
                                "A key starts with a lower-case letter, then letters and digits"
                                        + " (at most 40)."));
                key = null;
            }
            if (key != null && !keys.add(key)) {
                errors.add(
                        new FieldError(
                                path + ".key",
                                "fields.key.duplicate",
                                "Another field of this template has this key."));
            }
            String labelZh = text(item, "labelZh", 100, path, errors);
            String labelEn = text(item, "labelEn", 100, path, errors);
            String type = text(item, "type", 20, path, errors);
            if (type != null && !TYPES.contains(type)) {
                errors.add(new FieldError(path + ".type", "invalidValue", "Unknown field type."));
                type = null;
            }
            List<TemplateOption> options = options(item.get("options"), path, errors);
            boolean choice =
                    TemplateField.SINGLE_CHOICE.equals(type)
                            || TemplateField.MULTI_CHOICE.equals(type);
            if (type != null && choice && options.isEmpty()) {
                errors.add(
                        new FieldError(
                                path + ".options",
                                "fields.options.required",
                                "A choice field needs at least one option."));
            } else if (type != null && !choice && !options.isEmpty()) {
                errors.add(
                        new FieldError(
                                path + ".options",
                                "fields.options.notAllowed",
                                "Only choice fields have options."));
            }
            boolean required = false;
            JsonNode req = item.get("required");
            if (req != null && !req.isNull()) {
                if (req.isBoolean()) {
                    required = req.booleanValue();
                } else {
                    errors.add(
                            new FieldError(
                                    path + ".required", "invalidType", "Expected true or false."));
                }
            }
            int order = (i + 1) * 10;
            JsonNode ord = item.get("order");
            if (ord != null && !ord.isNull()) {
                if (ord.isIntegralNumber() && ord.canConvertToInt() && ord.intValue() >= 0) {
                    order = Math.min(ord.intValue(), Integer.MAX_VALUE);
                    if (order > 1000) {
                        errors.add(
                                new FieldError(
                                        path + ".order", "fields.order.range", "0 to 1000."));
                    }
                } else {
                    errors.add(new FieldError(path + ".order", "invalidType", "0 to 1000."));
                }
            }
            if (key != null && labelZh != null && labelEn != null && type != null) {
                fields.add(
                        new TemplateField(
                                key,
                                labelZh.trim(),
                                labelEn.trim(),
                                type,
                                List.copyOf(options),
                                required,
                                order));
            }
        }
        return fields;
    }

    /** Form order: by {@code order}, ties in list order. */
    static List<TemplateField> sorted(List<TemplateField> fields) {
        List<TemplateField> sorted = new ArrayList<>(fields);
        sorted.sort(java.util.Comparator.comparingInt(TemplateField::order));
        return sorted;
    }

    private static List<TemplateOption> options(
            JsonNode node, String path, List<FieldError> errors) {
        List<TemplateOption> options = new ArrayList<>();
        if (node == null || node.isNull()) {
            return options;
        }
        if (!node.isArray()) {
            errors.add(new FieldError(path + ".options", "invalidType", "Expected a list."));
            return options;
        }
        if (node.size() > MAX_OPTIONS) {
            errors.add(
                    new FieldError(
                            path + ".options",
                            "fields.options.size",
                            "At most " + MAX_OPTIONS + " options."));
            return options;
        }
        Set<String> values = new HashSet<>();
        for (int j = 0; j < node.size(); j++) {
            String at = path + ".options[" + j + "]";
            JsonNode item = node.get(j);
            if (!item.isObject()) {
                errors.add(new FieldError(at, "invalidType", "Expected an option object."));
                continue;
            }
            unknown(item, OPTION_PROPERTIES, at, errors);
            String value = text(item, "value", 40, at, errors);
            if (value != null && !OPTION_VALUE.matcher(value).matches()) {
                errors.add(
                        new FieldError(
                                at + ".value",
                                "fields.options.value.format",
                                "Letters, digits and _ . + < > - only (at most 40)."));
                value = null;
            }
            if (value != null && !values.add(value)) {
                errors.add(
                        new FieldError(
                                at + ".value",
                                "fields.options.value.duplicate",
                                "Another option of this field has this value."));
            }
            String labelZh = text(item, "labelZh", 100, at, errors);
            String labelEn = text(item, "labelEn", 100, at, errors);
            if (value != null && labelZh != null && labelEn != null) {
                options.add(new TemplateOption(value, labelZh.trim(), labelEn.trim()));
            }
        }
        return options;
    }

    private static void unknown(
            JsonNode item, Set<String> known, String path, List<FieldError> errors) {
        for (Iterator<String> it = item.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!known.contains(name)) {
                errors.add(
                        new FieldError(
                                path + "." + name,
                                "unknownProperty",
                                "This property is not accepted here."));
            }
        }
    }

    /** A required, non-blank string property of at most {@code max} characters. */
    private static String text(
            JsonNode item, String name, int max, String path, List<FieldError> errors) {
        JsonNode value = item.get(name);
        String at = path + "." + name;
        if (value == null || value.isNull()) {
            errors.add(new FieldError(at, "required", "This property is required."));
            return null;
        }
        if (!value.isTextual()) {
            errors.add(new FieldError(at, "invalidType", "Expected a string."));
            return null;
        }
        String text = value.textValue();
        if (text.isBlank()) {
            errors.add(new FieldError(at, "required", "This property cannot be empty."));
            return null;
        }
        if (text.length() > max) {
            errors.add(new FieldError(at, "size", "At most " + max + " characters."));
            return null;
        }
        return text;
    }
}
