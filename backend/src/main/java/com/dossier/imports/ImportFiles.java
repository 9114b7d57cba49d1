package com.dossier.imports;

import com.dossier.shared.error.ValidationProblem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/** Reading import files (xlsx, UTF-8 csv) and writing the template and the errors workbook. */
final class ImportFiles {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** One data row: its number in the file (the header is row 1) and its cells in column order. */
    record ParsedRow(int rowNo, String[] cells) {}

    private ImportFiles() {}

    /**
     * The data rows of the file, cells in {@link ImportColumns} order; blank rows are skipped. The
     * format is told by the bytes (a zip is a workbook) and else by the name; anything unreadable
     * is a 400 naming {@code file}.
     */
    static List<ParsedRow> read(Path file, String fileName, int maxRows) {
        try {
            byte[] head = new byte[4];
            int n;
            try (InputStream in = Files.newInputStream(file)) {
                n = in.readNBytes(head, 0, 4);
            }
            boolean zip =
                    n == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
            String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
            if (zip) {
                return readXlsx(file, maxRows);
            }
            if (lower.endsWith(".xlsx") || lower.endsWith(".xls")) {
                throw invalid("file.unreadable", "This is not an .xlsx workbook.");
            }
            if (!lower.endsWith(".csv") && !lower.endsWith(".txt") && !lower.isEmpty()) {
                throw invalid("file.type", "Upload an .xlsx or a UTF-8 .csv file.");
            }
            return readCsv(file, maxRows);
        } catch (IOException e) {
            throw invalid("file.unreadable", "The file could not be read.");
        }
    }

    private static List<ParsedRow> readXlsx(Path file, int maxRows) throws IOException {
        try (InputStream in = Files.newInputStream(file);
                ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            Sheet sheet = workbook.getFirstSheet();
            Collector collector = new Collector(maxRows);
            try (Stream<Row> rows = sheet.openStream()) {
                rows.forEach(
                        row -> {
                            List<String> cells = new ArrayList<>();
                            for (int i = 0; i < row.getCellCount(); i++) {
                                cells.add(row.getCellText(i));
                            }
                            collector.add(row.getRowNum(), cells);
                        });
            }
            return collector.result();
        } catch (ValidationProblem e) {
            throw e;
        } catch (RuntimeException e) {
            throw invalid("file.unreadable", "This is not a readable .xlsx workbook.");
        }
    }

    private static List<ParsedRow> readCsv(Path file, int maxRows) throws IOException {
        var decoder =
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        Collector collector = new Collector(maxRows);
        try (Reader reader =
                new java.io.BufferedReader(
                        new java.io.InputStreamReader(Files.newInputStream(file), decoder))) {
            Csv.parse(reader, collector::add);
        } catch (CharacterCodingException e) {
            throw invalid("file.encoding", "The CSV file must be UTF-8 encoded.");
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw invalid("file.encoding", "The CSV file must be UTF-8 encoded.");
            }
            throw e;
        }
        return collector.result();
    }

    /** Maps the header row, then turns each non-blank record into a row in column order. */
    private static final class Collector {
        private final int maxRows;
        private final List<ParsedRow> rows = new ArrayList<>();
        private int[] positions;

        Collector(int maxRows) {
            this.maxRows = maxRows;
        }

        void add(int rowNo, List<String> cells) {
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                return;
            }
            if (positions == null) {
                positions = ImportColumns.map(cells);
                return;
            }
            String[] ordered = new String[ImportColumns.ALL.size()];
            Arrays.fill(ordered, "");
            for (int i = 0; i < cells.size(); i++) {
                String value = cells.get(i) == null ? "" : cells.get(i).trim();
                if (i >= positions.length || positions[i] < 0) {
                    if (!value.isEmpty()) {
                        throw invalid(
                                "file.extraCell",
                                "Row " + rowNo + " has a value in a column without a header.");
                    }
                    continue;
                }
                ordered[positions[i]] = value;
            }
            if (rows.size() >= maxRows) {
                throw invalid(
                        "file.tooManyRows",
                        "At most " + maxRows + " rows can be imported at once.");
            }
            rows.add(new ParsedRow(rowNo, ordered));
        }

        List<ParsedRow> result() {
            if (positions == null) {
                throw invalid("file.empty", "The file has no header row.");
            }
            if (rows.isEmpty()) {
                throw invalid("file.noRows", "The file has no data rows.");
            }
            return rows;
        }
    }

    /** An empty template: the header row only. */
    static byte[] template(String format) {
        if ("csv".equals(format)) {
            StringBuilder out = new StringBuilder("\uFEFF");
            out.append(String.join(",", ImportColumns.headers())).append("\r\n");
            return out.toString().getBytes(StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeXlsx(out, ImportColumns.headers(), List.of());
        return out.toByteArray();
    }

    /** A workbook with the given header row and rows, written as a stream. */
    static void writeXlsx(OutputStream out, List<String> headers, Iterable<List<String>> rows) {
        try {
            Workbook workbook = new Workbook(out, "Dossier", "1.0");
            Worksheet sheet = workbook.newWorksheet("导入 Import");
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(0, c, headers.get(c));
                sheet.style(0, c).bold().set();
                sheet.width(c, 18);
            }
            int r = 1;
            for (List<String> row : rows) {
                for (int c = 0; c < row.size(); c++) {
                    String value = row.get(c);
                    if (value != null && !value.isEmpty()) {
                        sheet.value(r, c, value);
                    }
                }
                r++;
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ValidationProblem invalid(String code, String message) {
        return ValidationProblem.of("file", code, message);
    }
}
