package com.dossier.imports;

import com.dossier.contact.ContactService;
import com.dossier.customer.CustomerService;
import com.dossier.shared.error.FieldError;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/**
 * The dry run of an import, in the background: every row through the rules of creating a customer
 * and a contact, without writing either; errors stored per row, progress in chunks so that a poller
 * sees it move. One job at a time on one worker thread.
 */
@ApplicationScoped
public class ImportValidator {
    private static final Logger LOG = Logger.getLogger(ImportValidator.class);
    private static final int CHUNK = 200;

    private final ExecutorService worker =
            Executors.newSingleThreadExecutor(
                    r -> {
                        Thread thread = new Thread(r, "dossier-import");
                        thread.setDaemon(true);
                        return thread;
                    });

    @Inject ImportJobRepository jobs;
    @Inject CustomerService customers;
    @Inject ObjectMapper json;
    @Inject ImportValidator self;

    /** Starts the dry run of a job whose rows are committed; returns at once. */
    void start(UUID jobId) {
        worker.execute(() -> self.validate(jobId));
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    @ActivateRequestContext
    void validate(UUID jobId) {
        try {
            List<ImportJobRepository.StoredRow> stored =
                    QuarkusTransaction.requiringNew().call(() -> jobs.rows(jobId));
            Map<Integer, List<FieldError>> errors = check(jobId, stored);
            List<Integer> rowNos = new ArrayList<>(errors.keySet());
            int customerCount = plan(stored).groups.size();
            for (int from = 0; from < rowNos.size(); from += CHUNK) {
                Map<Integer, List<FieldError>> chunk = new LinkedHashMap<>();
                rowNos.subList(from, Math.min(from + CHUNK, rowNos.size()))
                        .forEach(n -> chunk.put(n, errors.get(n)));
                int chunkErrors = chunk.values().stream().mapToInt(List::size).sum();
                QuarkusTransaction.requiringNew()
                        .run(
                                () -> {
                                    jobs.saveErrors(jobId, chunk);
                                    jobs.findById(jobId).errorCount += chunkErrors;
                                });
            }
            QuarkusTransaction.requiringNew()
                    .run(
                            () -> {
                                ImportJob job = jobs.findById(jobId);
                                job.processedRows = job.totalRows;
                                job.customerCount = customerCount;
                                job.status = ImportStatus.VALIDATED;
                            });
        } catch (RuntimeException e) {
            LOG.errorf(e, "Import %s: the dry run failed", jobId);
            QuarkusTransaction.requiringNew()
                    .run(
                            () -> {
                                ImportJob job = jobs.findById(jobId);
                                if (job != null) {
                                    job.status = ImportStatus.FAILED;
                                    job.failure = "The rows could not be validated.";
                                }
                            });
        }
    }

    ImportPlan plan(List<ImportJobRepository.StoredRow> stored) {
        return ImportPlan.of(
                stored.stream().map(r -> new ImportPlan.RowCells(r.rowNo(), r.cells())).toList(),
                json);
    }

    /**
     * Every row's errors (an empty list for a valid row): the grouping's, the customer rules on
     * each customer's first row (checked against the database in short read transactions), the
     * contact rules on every row.
     */
    private Map<Integer, List<FieldError>> check(
            UUID jobId, List<ImportJobRepository.StoredRow> stored) {
        ImportPlan plan = plan(stored);
        Map<Integer, List<FieldError>> errors = new LinkedHashMap<>();
        plan.errors.forEach((row, list) -> errors.put(row, new ArrayList<>(list)));
        List<ImportPlan.Group> groups = plan.groups;
        int[] done = {0};
        for (int from = 0; from < groups.size(); from += CHUNK) {
            List<ImportPlan.Group> chunk =
                    groups.subList(from, Math.min(from + CHUNK, groups.size()));
            QuarkusTransaction.requiringNew()
                    .run(
                            () -> {
                                for (ImportPlan.Group group : chunk) {
                                    done[0] += group.rows().size();
                                    if (group.kind() == null) {
                                        continue;
                                    }
                                    errors.get(group.rows().get(0))
                                            .addAll(customers.check(group.kind(), group.body()));
                                }
                                // Progress: the rows of the customers checked so far.
                                jobs.findById(jobId).processedRows = done[0];
                            });
        }
        for (ImportJobRepository.StoredRow row : stored) {
            ImportPlan.RowCells cells = new ImportPlan.RowCells(row.rowNo(), row.cells());
            errors.get(row.rowNo())
                    .addAll(
                            ContactService.checkImported(
                                    cells.cell(ImportColumns.CONTACT_NAME),
                                    cells.cell(ImportColumns.CONTACT_MOBILE),
                                    cells.cell(ImportColumns.CONTACT_TITLE)));
        }
        return errors;
    }
}
