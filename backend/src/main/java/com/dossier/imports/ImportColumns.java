package com.dossier.imports;

import com.dossier.shared.error.ValidationProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The fixed columns of an import file. A header cell may be the Chinese name, the English name (the
 * contract's field name) or both as in the template ({@code 客户名称/name}); columns may come in any
 * order and optional ones may be left out. Cells are kept in this order.
 */
final class ImportColumns {
    /** One column: the field it fills, its Chinese header, and whether it describes the contact. */
    record Column(String field, String chinese, boolean contact) {
        String header() {
            return chinese + "/" + field;
        }
    }

    static final List<Column> ALL =
            List.of(
                    new Column("name", "客户名称", false),
                    new Column("kind", "客户类型", false),
                    new Column("creditCode", "统一社会信用代码", false),
                    new Column("shortName", "客户简称", false),
                    new Column("industry", "所属行业", false),
                    new Column("legalRepresentative", "法定代表人", false),
                    new Column("province", "省份", false),
                    new Column("city", "城市", false),
                    new Column("district", "区县", false),
                    new Column("address", "地址", false),
                    new Column("postcode", "邮政编码", false),
                    new Column("phone", "电话", false),
                    new Column("email", "电子邮箱", false),
                    new Column("website", "网址", false),
                    new Column("notes", "备注", false),
                    new Column("contactName", "联系人", true),
                    new Column("contactMobile", "联系人电话", true),
                    new Column("contactTitle", "联系人职务", true));

    static final int NAME = 0;
    static final int KIND = 1;
    static final int CREDIT_CODE = 2;
    static final int CONTACT_NAME = index("contactName");
    static final int CONTACT_MOBILE = index("contactMobile");
    static final int CONTACT_TITLE = index("contactTitle");

    /** The extra column of the errors workbook. */
    static final String ERRORS_HEADER = "错误/Errors";

    private ImportColumns() {}

    static List<String> headers() {
        return ALL.stream().map(Column::header).toList();
    }

    static int index(String field) {
        for (int i = 0; i < ALL.size(); i++) {
            if (ALL.get(i).field().equals(field)) {
                return i;
            }
        }
        throw new IllegalArgumentException(field);
    }

    /**
     * For each header cell of the file, the index of its column (-1 for an empty trailing cell). An
     * unknown or repeated header, or a missing name or kind column, is a 400 naming {@code file}.
     */
    static int[] map(List<String> headerRow) {
        int[] positions = new int[headerRow.size()];
        List<Integer> seen = new ArrayList<>();
        for (int i = 0; i < headerRow.size(); i++) {
            String header = clean(headerRow.get(i));
            if (header.isEmpty()) {
                positions[i] = -1;
                continue;
            }
            int found = find(header);
            if (found < 0) {
                throw ValidationProblem.of(
                        "file",
                        "file.unknownColumn",
                        "Unknown column \"" + header + "\"; use the headers of the template.");
            }
            if (seen.contains(found)) {
                throw ValidationProblem.of(
                        "file", "file.repeatedColumn", "Column \"" + header + "\" appears twice.");
            }
            seen.add(found);
            positions[i] = found;
        }
        for (int required : new int[] {NAME, KIND}) {
            if (!seen.contains(required)) {
                throw ValidationProblem.of(
                        "file",
                        "file.missingColumn",
                        "The column \"" + ALL.get(required).header() + "\" is required.");
            }
        }
        return positions;
    }

    private static int find(String header) {
        String lower = header.toLowerCase(Locale.ROOT);
        for (int i = 0; i < ALL.size(); i++) {
            Column column = ALL.get(i);
            if (header.equals(column.chinese())
                    || lower.equals(column.field().toLowerCase(Locale.ROOT))
                    || lower.equals(column.header().toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }

    private static String clean(String header) {
        String h = header == null ? "" : header.replace("\uFEFF", "").trim();
        while (h.endsWith("*")) {
            h = h.substring(0, h.length() - 1).trim();
        }
        return h;
    }
}
