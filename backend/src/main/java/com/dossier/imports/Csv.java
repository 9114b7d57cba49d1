package com.dossier.imports;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 reader: comma separated, fields in double quotes may hold commas, line
 * breaks and doubled quotes; CRLF or LF; a leading byte order mark is skipped.
 */
final class Csv {
    interface RecordSink {
        /** A record with the file line where it starts (1-based). */
        void accept(int line, List<String> fields);
    }

    private Csv() {}

    static void parse(Reader reader, RecordSink sink) throws IOException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean afterQuote = false;
        boolean any = false;
        int line = 1;
        int start = 1;
        int c = reader.read();
        if (c == '\uFEFF') {
            c = reader.read();
        }
        while (c != -1) {
            if (quoted) {
                if (c == '"') {
                    int next = reader.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        afterQuote = true;
                        c = next;
                        continue;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == '"' && field.isEmpty() && !afterQuote) {
                quoted = true;
                any = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                afterQuote = false;
                any = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r') {
                    int next = reader.read();
                    if (next != '\n') {
                        c = next;
                        finish(sink, start, fields, field, any);
                        any = false;
                        afterQuote = false;
                        line++;
                        start = line;
                        continue;
                    }
                }
                finish(sink, start, fields, field, any);
                any = false;
                afterQuote = false;
                line++;
                start = line;
            } else {
                field.append((char) c);
                any = true;
            }
            c = reader.read();
        }
        finish(sink, start, fields, field, any || !field.isEmpty());
    }

    private static void finish(
            RecordSink sink, int line, List<String> fields, StringBuilder field, boolean any) {
        if (any || !field.isEmpty()) {
            fields.add(field.toString());
            sink.accept(line, List.copyOf(fields));
        }
        fields.clear();
        field.setLength(0);
    }
}
