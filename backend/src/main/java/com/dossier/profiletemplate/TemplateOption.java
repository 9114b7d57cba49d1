package com.dossier.profiletemplate;

/** One enumerated value of a choice field: the stored value and its labels. */
public record TemplateOption(String value, String labelZh, String labelEn) {}
