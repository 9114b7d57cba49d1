package com.dossier.export;

import com.dossier.access.AccessLog;
import com.dossier.audit.AuditWriter;
import com.dossier.audit.FieldChange;
import com.dossier.customer.Customer;
import com.dossier.customer.CustomerColumns;
import com.dossier.customer.CustomerSearch;
import com.dossier.customer.CustomerService;
import com.dossier.profiletemplate.ProfileTemplateService;
import com.dossier.shared.security.Caller;
import com.dossier.shared.security.Permissions;
import com.dossier.shared.security.RequestOrigin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Customer exports (SPEC §9: permissioned, logged, stamped). The workbook is written row by row to
 * a temporary file while the customers are read a batch at a time (the persistence context is
 * cleared per batch, FastExcel flushes each batch of rows), so memory does not grow with the number
 * of rows; the resource then streams the file and deletes it. Each batch writes its access-log
 * entries (one per exported customer, view {@code exportCustomers}) in one statement; the export
 * record and its audit event are written when the file is complete.
 */
@ApplicationScoped
public class CustomerExportService {
    static final int BATCH = 500;
    static final String VIEW = Permissions.EXPORT_CUSTOMERS;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

    private final CustomerService customers;
    private final ProfileTemplateService templates;
    private final AccessLog accessLog;
    private final AuditWriter audit;
    private final ExportRecordRepository records;
    private final Caller caller;
    private final RequestOrigin origin;

    CustomerExportService(
            CustomerService customers,
            ProfileTemplateService templates,
            AccessLog accessLog,
            AuditWriter audit,
            ExportRecordRepository records,
            Caller caller,
            RequestOrigin origin) {
        this.customers = customers;
        this.templates = templates;
        this.accessLog = accessLog;
        this.audit = audit;
        this.records = records;
        this.caller = caller;
        this.origin = origin;
    }

    /** A finished export file, to be streamed and then deleted. */
    public record ExportFile(Path path, Instant exportedAt, int rows) {}

    @Transactional
    public ExportFile exportCustomers(CustomerSearch search, String sort, String filter) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        RequestOrigin.Origin who = origin.current();
        String exporter = exporter(who);
        String at = STAMP.format(now.atZone(CHINA));
        List<CustomerColumns.Column> columns =
                CustomerColumns.of(templates.list(null, null), caller.seesSensitiveFields());
        Path path = null;
        int rows;
        try {
            path = Files.createTempFile("dossier-export-", ".xlsx");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(path))) {
                rows = write(out, search, sort, filter, columns, exporter, at);
            }
        } catch (IOException | RuntimeException e) {
            delete(path);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new UncheckedIOException("Could not write the export", (IOException) e);
        }
        ExportRecord record = new ExportRecord();
        record.id = UUID.randomUUID();
        record.exportedAt = now;
        record.userId = who.userId();
        record.username = who.username();
        record.kind = ExportRecord.CUSTOMERS;
        record.filter = filter;
        record.rowCount = rows;
        record.clientId = who.clientId();
        record.traceId = who.traceId();
        records.persist(record);
        audit.record(
                AuditWriter.EXPORT,
                record.id,
                null,
                AuditWriter.EXPORT,
                List.of(
                        new FieldChange("kind", null, record.kind),
                        new FieldChange("filter", null, filter),
                        new FieldChange("rowCount", null, Integer.toString(rows))));
        return new ExportFile(path, now, rows);
    }

    private int write(
            OutputStream out,
            CustomerSearch search,
            String sort,
            String filter,
            List<CustomerColumns.Column> columns,
            String exporter,
            String at)
            throws IOException {
        Workbook workbook = new Workbook(out, "Dossier", "1.0");
        workbook.properties()
                .setTitle("客户档案导出 / Customer export")
                .setSubject("导出人 / Exported by " + exporter + ", 导出时间 / at " + at)
                .setDescription(filter);
        Worksheet sheet = workbook.newWorksheet("客户档案");
        sheet.value(0, 0, "导出人 / Exported by");
        sheet.value(0, 1, exporter);
        sheet.value(1, 0, "导出时间 / Exported at");
        sheet.value(1, 1, at);
        sheet.value(2, 0, "筛选条件 / Filter");
        sheet.value(2, 1, filter.isEmpty() ? "-" : filter);
        int headerRow = 4;
        for (int i = 0; i < columns.size(); i++) {
            sheet.value(headerRow, i, columns.get(i).header());
            sheet.style(headerRow, i).bold().set();
        }
        int[] next = {headerRow + 1};
        customers.forEachInScope(
                search,
                sort,
                BATCH,
                batch -> {
                    for (Customer customer : batch) {
                        int row = next[0]++;
                        for (int i = 0; i < columns.size(); i++) {
                            cell(sheet, row, i, columns.get(i).value().apply(customer));
                        }
                    }
                    try {
                        sheet.flush();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    accessLog.consulted(batch.stream().map(c -> c.id).toList(), VIEW);
                });
        int rows = next[0] - headerRow - 1;
        sheet.value(next[0] + 1, 0, "共 " + rows + " 条 / " + rows + " rows");
        sheet.value(next[0] + 2, 0, "导出人 / Exported by " + exporter + ", 导出时间 / at " + at);
        workbook.finish();
        return rows;
    }

    private static void cell(Worksheet sheet, int row, int column, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Number number) {
            sheet.value(row, column, number);
        } else if (value instanceof LocalDate date) {
            sheet.value(row, column, date);
            sheet.style(row, column).format("yyyy-mm-dd").set();
        } else {
            sheet.value(row, column, value.toString());
        }
    }

    private String exporter(RequestOrigin.Origin who) {
        String name = caller.displayName();
        String username = who.username() == null ? who.userId() : who.username();
        return name == null ? username : name + " (" + username + ")";
    }

    static void delete(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            path.toFile().deleteOnExit();
        }
    }
}
