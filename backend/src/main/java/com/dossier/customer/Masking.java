package com.dossier.customer;

import com.dossier.audit.FieldChange;
import java.util.List;

/**
 * How sensitive customer fields ({@link SensitiveFields}) look to a caller who may not see them
 * (who may is {@code Roles.SEE_SENSITIVE}, asked through {@code Caller.seesSensitiveFields()}).
 * Responses, exports and audit values all mask through here:
 *
 * <ul>
 *   <li>ID number: first 4 and last 4 characters kept ({@code 3101**********1234});
 *   <li>personal phone: first 3 and last 4 kept ({@code 138****5678});
 *   <li>bank account: last 4 kept ({@code ************1234}).
 * </ul>
 *
 * Every other character becomes {@code *}; a value too short to keep anything is masked whole.
 */
public final class Masking {
    public static final char MASK = '*';

    private Masking() {}

    /** The masked form of {@code value} of the sensitive {@code field}; other fields unchanged. */
    public static String mask(String field, String value) {
        if (value == null || !SensitiveFields.isSensitive(field)) {
            return value;
        }
        return switch (field) {
            case SensitiveFields.ID_NUMBER -> keep(value, 4, 4);
            case SensitiveFields.PERSONAL_PHONE -> keep(value, 3, 4);
            default -> keep(value, 0, 4);
        };
    }

    /** {@code value} as the caller may see it. */
    public static String view(String field, String value, boolean seesSensitive) {
        return seesSensitive ? value : mask(field, value);
    }

    /** Whether {@code value} contains a mask character (it cannot be a real value then). */
    public static boolean looksMasked(String value) {
        return value != null && value.indexOf(MASK) >= 0;
    }

    /**
     * Audit changes with the sensitive fields' old and new values masked: the audit trail is read
     * by auditors, who may not see them. A change of a hidden digit is still recorded.
     */
    public static List<FieldChange> changes(List<FieldChange> changes) {
        return changes.stream()
                .map(
                        c ->
                                SensitiveFields.isSensitive(c.field())
                                        ? new FieldChange(
                                                c.field(),
                                                mask(c.field(), c.oldValue()),
                                                mask(c.field(), c.newValue()))
                                        : c)
                .toList();
    }

    private static String keep(String value, int head, int tail) {
        int length = value.length();
        if (length <= head + tail) {
            return String.valueOf(MASK).repeat(length);
        }
        return value.substring(0, head)
                + String.valueOf(MASK).repeat(length - head - tail)
                + value.substring(length - tail);
    }
}
