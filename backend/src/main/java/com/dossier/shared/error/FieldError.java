package com.dossier.shared.error;

/** One offending input field: its path, a stable code the UI translates, and a message. */
public record FieldError(String field, String code, String message) {}
