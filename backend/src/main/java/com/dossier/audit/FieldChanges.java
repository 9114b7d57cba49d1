package com.dossier.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Per-field differences between two snapshots of a record. Snapshots map field names (as the
 * contract spells them) to values; values are compared and recorded as text.
 */
public final class FieldChanges {
    private FieldChanges() {}

    /** Changed fields, in the order of {@code after}'s keys (snapshots use a LinkedHashMap). */
    public static List<FieldChange> between(Map<String, ?> before, Map<String, ?> after) {
        List<FieldChange> changes = new ArrayList<>();
        for (Map.Entry<String, ?> entry : after.entrySet()) {
            String old = text(before.get(entry.getKey()));
            String now = text(entry.getValue());
            if (!Objects.equals(old, now)) {
                changes.add(new FieldChange(entry.getKey(), old, now));
            }
        }
        return changes;
    }

    /** Every non-empty field of a new record, with no old value. */
    public static List<FieldChange> created(Map<String, ?> after) {
        return between(Map.of(), after);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
