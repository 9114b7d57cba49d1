package com.dossier.imports;

import com.dossier.shared.error.FieldError;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The customers an import file describes. Rows with the same customer key (the credit code, or when
 * there is none the name) are one customer: its first row carries the profile and every row may add
 * a contact. A later row's customer cells must be empty or the same as the first row's; a credit
 * code that comes back with another name is a duplicate within the file.
 */
final class ImportPlan {
    /** One customer to create: kind, create body, and its rows (the first carries the profile). */
    record Group(String kind, ObjectNode body, List<Integer> rows) {}

    final List<Group> groups = new ArrayList<>();

    /** Errors found by the grouping itself, by row number. */
    final Map<Integer, List<FieldError>> errors = new LinkedHashMap<>();

    private ImportPlan() {}

    static ImportPlan of(List<RowCells> rows, ObjectMapper json) {
        ImportPlan plan = new ImportPlan();
        Map<String, Group> byKey = new LinkedHashMap<>();
        Map<String, RowCells> firstByKey = new LinkedHashMap<>();
        for (RowCells row : rows) {
            List<FieldError> rowErrors = new ArrayList<>();
            String kind = kind(row.cell(ImportColumns.KIND));
            if (kind == null) {
                rowErrors.add(
                        new FieldError(
                                "kind",
                                row.cell(ImportColumns.KIND).isEmpty()
                                        ? "kind.required"
                                        : "kind.invalid",
                                "Use ORGANIZATION (单位客户) or INDIVIDUAL (个人客户)."));
            }
            String key = key(row);
            RowCells first = key == null ? null : firstByKey.get(key);
            if (first == null) {
                ObjectNode body = json.createObjectNode();
                for (int i = 0; i < ImportColumns.ALL.size(); i++) {
                    ImportColumns.Column column = ImportColumns.ALL.get(i);
                    if (!column.contact() && i != ImportColumns.KIND && !row.cell(i).isEmpty()) {
                        body.put(column.field(), row.cell(i));
                    }
                }
                Group group = new Group(kind, body, new ArrayList<>(List.of(row.rowNo())));
                plan.groups.add(group);
                if (key != null) {
                    byKey.put(key, group);
                    firstByKey.put(key, row);
                }
            } else {
                byKey.get(key).rows().add(row.rowNo());
                for (int i = 0; i < ImportColumns.ALL.size(); i++) {
                    ImportColumns.Column column = ImportColumns.ALL.get(i);
                    String value = row.cell(i);
                    if (column.contact() || value.isEmpty() || same(i, value, first.cell(i))) {
                        continue;
                    }
                    if (i == ImportColumns.NAME) {
                        rowErrors.add(
                                new FieldError(
                                        "creditCode",
                                        "creditCode.duplicateInFile",
                                        "Row "
                                                + first.rowNo()
                                                + " has this credit code with another name."));
                    } else {
                        rowErrors.add(
                                new FieldError(
                                        column.field(),
                                        "import.differs",
                                        "Differs from row "
                                                + first.rowNo()
                                                + " of the same customer; leave it empty or"
                                                + " repeat the same value."));
                    }
                }
            }
            plan.errors.put(row.rowNo(), rowErrors);
        }
        return plan;
    }

    /** A row's cells in column order. */
    record RowCells(int rowNo, List<String> cells) {
        String cell(int index) {
            String value = index < cells.size() ? cells.get(index) : null;
            return value == null ? "" : value.trim();
        }
    }

    private static String key(RowCells row) {
        String code = row.cell(ImportColumns.CREDIT_CODE);
        if (!code.isEmpty()) {
            return "code:" + code.toUpperCase(Locale.ROOT);
        }
        String name = row.cell(ImportColumns.NAME);
        return name.isEmpty() ? null : "name:" + name;
    }

    private static boolean same(int column, String value, String first) {
        return column == ImportColumns.KIND
                ? kind(value) != null && kind(value).equals(kind(first))
                : value.equals(first);
    }

    /** The kind named by a cell: the contract's value or its Chinese name. */
    static String kind(String cell) {
        String value = cell == null ? "" : cell.trim();
        return switch (value.toUpperCase(Locale.ROOT)) {
            case "ORGANIZATION", "单位", "单位客户", "企业", "企业客户" -> "ORGANIZATION";
            case "INDIVIDUAL", "个人", "个人客户" -> "INDIVIDUAL";
            default -> null;
        };
    }
}
