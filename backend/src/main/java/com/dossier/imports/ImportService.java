package com.dossier.imports;

import com.dossier.contact.ContactService;
import com.dossier.customer.Customer;
import com.dossier.customer.CustomerService;
import com.dossier.shared.config.DossierConfig;
import com.dossier.shared.error.ApiException;
import com.dossier.shared.error.ConflictProblem;
import com.dossier.shared.error.NotFoundProblem;
import com.dossier.shared.error.ValidationProblem;
import com.dossier.shared.security.Caller;
import com.dossier.shared.security.Roles;
import com.dossier.shared.web.Cursor;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Imports of customers with contacts: upload (stored rows, then the dry run in the background),
 * commit (all rows in one transaction or none) and revert. A job is its creator's: anyone else but
 * an administrator gets the 404 of a missing id.
 */
@ApplicationScoped
public class ImportService {
    /** How many row errors a job's view carries. */
    static final int SHOWN_ERRORS = 200;

    private static final String SORT = "-createdAt";

    private final ImportJobRepository jobs;
    private final ImportValidator validator;
    private final CustomerService customers;
    private final ContactService contacts;
    private final Caller caller;
    private final ImportsConfig config;
    private final DossierConfig dossier;

    ImportService(
            ImportJobRepository jobs,
            ImportValidator validator,
            CustomerService customers,
            ContactService contacts,
            Caller caller,
            ImportsConfig config,
            DossierConfig dossier) {
        this.jobs = jobs;
        this.validator = validator;
        this.customers = customers;
        this.contacts = contacts;
        this.caller = caller;
        this.config = config;
        this.dossier = dossier;
    }

    /** A job with the first row errors, for the job's view. */
    public record View(ImportJob job, List<ImportJobRepository.StoredRow> errorRows) {}

    /** An uploaded file. */
    public record Upload(Path path, String fileName, long size) {}

    /**
     * Reads the file, stores the job and its rows (nothing else), and starts the dry run once they
     * are committed.
     */
    public View create(Upload upload) {
        if (upload == null || upload.path() == null) {
            throw ValidationProblem.of(
                    "file", "file.required", "Attach the file as part \"file\".");
        }
        long max = config.maxSize().asLongValue();
        if (upload.size() > max) {
            throw new ImportProblems.TooLarge(max);
        }
        String fileName = fileName(upload.fileName());
        List<ImportFiles.ParsedRow> rows =
                ImportFiles.read(upload.path(), fileName, config.maxRows());
        ImportJob job = new ImportJob();
        job.id = UUID.randomUUID();
        job.ownerId = caller.subject();
        job.ownerTeam = caller.firstTeam();
        job.fileName = fileName;
        job.status = ImportStatus.VALIDATING;
        job.totalRows = rows.size();
        job.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        QuarkusTransaction.requiringNew()
                .run(
                        () -> {
                            jobs.persistAndFlush(job);
                            jobs.insertRows(job.id, rows);
                        });
        validator.start(job.id);
        return new View(job, List.of());
    }

    @Transactional
    public View get(UUID id) {
        ImportJob job = visible(id);
        return new View(job, jobs.rowsWithErrors(id, SHOWN_ERRORS));
    }

    public record Page(List<ImportJob> items, String nextCursor) {}

    @Transactional
    public Page list(Integer limit, String cursor) {
        int size = limit == null ? dossier.paging().defaultLimit() : limit;
        if (size < 1 || size > dossier.paging().maxLimit()) {
            throw ValidationProblem.of(
                    "limit", "limit.range", "Between 1 and " + dossier.paging().maxLimit() + ".");
        }
        Cursor after = Cursor.decode(cursor, SORT);
        Instant afterAt = null;
        if (after != null) {
            try {
                afterAt = Instant.parse(after.key());
            } catch (RuntimeException e) {
                throw ValidationProblem.of("cursor", "cursor.invalid", "The cursor is invalid.");
            }
        }
        List<ImportJob> rows =
                jobs.page(
                        isAdmin() ? null : caller.subject(),
                        afterAt,
                        after == null ? null : after.id(),
                        size);
        if (rows.size() <= size) {
            return new Page(rows, null);
        }
        ImportJob last = rows.get(size - 1);
        return new Page(
                rows.subList(0, size),
                new Cursor(SORT, last.createdAt.toString(), last.id).encode());
    }

    /** Writes the errors workbook: every row as uploaded plus its errors. */
    @Transactional
    public void writeErrors(UUID id, OutputStream out) {
        ImportJob job = visible(id);
        if (job.status == ImportStatus.VALIDATING) {
            throw new ConflictProblem(
                    "import-validating",
                    "Import still validating",
                    "The rows are still being checked; download the errors once it is VALIDATED.");
        }
        List<String> headers = new ArrayList<>(ImportColumns.headers());
        headers.add(ImportColumns.ERRORS_HEADER);
        List<List<String>> rows = new ArrayList<>();
        for (ImportJobRepository.StoredRow row : jobs.rows(id)) {
            List<String> cells = new ArrayList<>(row.cells());
            cells.add(
                    row.errors().stream()
                            .map(e -> e.field() + ": " + e.message())
                            .collect(Collectors.joining("; ")));
            rows.add(cells);
        }
        ImportFiles.writeXlsx(out, headers, rows);
    }

    /** Checks the job is VALIDATED without errors, marks it COMMITTING (its own transaction). */
    private ImportJob startCommit(UUID id) {
        return QuarkusTransaction.requiringNew()
                .call(
                        () -> {
                            visible(id);
                            ImportJob job = jobs.findLocked(id).orElseThrow();
                            if (job.status != ImportStatus.VALIDATED) {
                                throw new ConflictProblem(
                                        "import-not-validated",
                                        "Import not ready",
                                        "Only a validated import can be committed; this one is "
                                                + job.status
                                                + ".");
                            }
                            if (job.errorCount > 0) {
                                throw new ConflictProblem(
                                        "import-has-errors",
                                        "Import has errors",
                                        job.errorCount
                                                + " errors were found in the rows; correct the"
                                                + " file (download the errors workbook) and upload"
                                                + " it again.");
                            }
                            job.status = ImportStatus.COMMITTING;
                            return job;
                        });
    }

    /**
     * Creates every customer and contact of a validated job in one transaction; if anything is
     * refused now (say, a credit code another archive took since the dry run) nothing is written,
     * the job becomes FAILED with the reason, and the caller gets a 409.
     */
    public View commit(UUID id) {
        startCommit(id);
        try {
            QuarkusTransaction.requiringNew().run(() -> write(id));
        } catch (RuntimeException e) {
            String reason =
                    e instanceof ApiException problem
                            ? problem.getMessage()
                            : "The customers could not be written.";
            QuarkusTransaction.requiringNew()
                    .run(
                            () -> {
                                ImportJob job = jobs.findById(id);
                                job.status = ImportStatus.FAILED;
                                job.failure = truncate(reason);
                            });
            if (e instanceof ApiException) {
                throw new ConflictProblem(
                        "import-commit-failed",
                        "Import not committed",
                        reason + " Nothing was written; correct the file and import it again.");
            }
            throw e;
        }
        return QuarkusTransaction.requiringNew().call(() -> get(id));
    }

    private void write(UUID id) {
        ImportJob job = jobs.findLocked(id).orElseThrow();
        List<ImportJobRepository.StoredRow> stored = jobs.rows(id);
        Map<Integer, ImportJobRepository.StoredRow> byRow = new HashMap<>();
        stored.forEach(r -> byRow.put(r.rowNo(), r));
        ImportPlan plan = validator.plan(stored);
        Map<Integer, UUID> customerByRow = new LinkedHashMap<>();
        List<Customer> created = new ArrayList<>();
        for (ImportPlan.Group group : plan.groups) {
            int firstRow = group.rows().get(0);
            Customer customer;
            try {
                customer = customers.createImported(group.kind(), group.body(), id);
            } catch (ApiException e) {
                String detail =
                        e.errors().isEmpty()
                                ? e.getMessage()
                                : e.errors().stream()
                                        .map(f -> f.field() + ": " + f.message())
                                        .collect(Collectors.joining("; "));
                throw new ConflictProblem(
                        "import-commit-failed",
                        "Import not committed",
                        "Row " + firstRow + ": " + detail);
            }
            created.add(customer);
            boolean primary = true;
            for (int rowNo : group.rows()) {
                customerByRow.put(rowNo, customer.id);
                ImportPlan.RowCells cells =
                        new ImportPlan.RowCells(rowNo, byRow.get(rowNo).cells());
                String name = cells.cell(ImportColumns.CONTACT_NAME);
                if (!name.isEmpty()) {
                    contacts.createImported(
                            customer.id,
                            name,
                            cells.cell(ImportColumns.CONTACT_MOBILE),
                            cells.cell(ImportColumns.CONTACT_TITLE),
                            primary,
                            id);
                    primary = false;
                }
            }
        }
        customers.flushAll();
        Map<UUID, Long> versions = new HashMap<>();
        created.forEach(c -> versions.put(c.id, c.version));
        jobs.saveCustomers(id, customerByRow, versions);
        job.status = ImportStatus.COMMITTED;
        job.customerCount = created.size();
        job.committedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** Archives every customer of a committed import, if none changed since; see the contract. */
    @Transactional
    public View revert(UUID id) {
        visible(id);
        ImportJob job = jobs.findLocked(id).orElseThrow();
        if (job.status != ImportStatus.COMMITTED) {
            throw new ConflictProblem(
                    "import-not-committed",
                    "Import not committed",
                    "Only a committed import can be reverted; this one is " + job.status + ".");
        }
        customers.archiveImported(jobs.createdCustomers(id), id);
        job.status = ImportStatus.REVERTED;
        job.revertedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return new View(job, List.of());
    }

    private ImportJob visible(UUID id) {
        ImportJob job = jobs.findById(id);
        if (job == null || !(isAdmin() || job.ownerId.equals(caller.subject()))) {
            throw new NotFoundProblem("No import with this id.");
        }
        return job;
    }

    private boolean isAdmin() {
        return caller.roles().contains(Roles.ADMIN);
    }

    private static String fileName(String name) {
        String n = name == null || name.isBlank() ? "import" : name.strip();
        n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
        return n.length() > 255 ? n.substring(n.length() - 255) : n;
    }

    private static String truncate(String text) {
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }
}
