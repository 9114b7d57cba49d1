package com.dossier.profiletemplate;

import java.util.List;

/**
 * A typed custom field of a profile template, as stored in the template's jsonb list.
 *
 * @param type TEXT, NUMBER, DATE, SINGLE_CHOICE or MULTI_CHOICE
 * @param options the allowed values of a choice field, empty otherwise
 */
public record TemplateField(
        String key,
        String labelZh,
        String labelEn,
        String type,
        List<TemplateOption> options,
        boolean required,
        int order) {

    public static final String TEXT = "TEXT";
    public static final String NUMBER = "NUMBER";
    public static final String DATE = "DATE";
    public static final String SINGLE_CHOICE = "SINGLE_CHOICE";
    public static final String MULTI_CHOICE = "MULTI_CHOICE";

    public boolean allows(String value) {
        return options != null && options.stream().anyMatch(o -> o.value().equals(value));
    }
}
