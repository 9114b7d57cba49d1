package com.dossier.imports;

import com.dossier.shared.error.FieldError;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Import jobs, and their rows through plain JDBC batches (an import may have tens of thousands of
 * rows; they are written and read in bulk, never one entity at a time).
 */
@ApplicationScoped
public class ImportJobRepository implements PanacheRepositoryBase<ImportJob, UUID> {
    private static final TypeReference<List<FieldError>> ERRORS = new TypeReference<>() {};
    private static final int BATCH = 500;

    /** A stored row: number, cells in column order, errors of the dry run, customer created. */
    record StoredRow(int rowNo, List<String> cells, List<FieldError> errors, UUID customerId) {}

    private final ObjectMapper json;

    ImportJobRepository(ObjectMapper json) {
        this.json = json;
    }

    public Optional<ImportJob> findLocked(UUID id) {
        return Optional.ofNullable(
                getEntityManager().find(ImportJob.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Newest first; {@code ownerId} null for every owner's. */
    public List<ImportJob> page(String ownerId, Instant afterAt, UUID afterId, int size) {
        StringBuilder query = new StringBuilder("1 = 1");
        List<Object> params = new ArrayList<>();
        if (ownerId != null) {
            params.add(ownerId);
            query.append(" and ownerId = ?").append(params.size());
        }
        if (afterAt != null) {
            params.add(afterAt);
            int at = params.size();
            params.add(afterId);
            query.append(" and (createdAt < ?")
                    .append(at)
                    .append(" or (createdAt = ?")
                    .append(at)
                    .append(" and id < ?")
                    .append(params.size())
                    .append("))");
        }
        query.append(" order by createdAt desc, id desc");
        return find(query.toString(), params.toArray()).page(0, size + 1).list();
    }

    void insertRows(UUID jobId, List<ImportFiles.ParsedRow> rows) {
        session()
                .doWork(
                        connection -> {
                            try (PreparedStatement insert =
                                    connection.prepareStatement(
                                            "INSERT INTO import_row (job_id, row_no, cells)"
                                                    + " VALUES (?, ?, ?::jsonb)")) {
                                int pending = 0;
                                for (ImportFiles.ParsedRow row : rows) {
                                    insert.setObject(1, jobId);
                                    insert.setInt(2, row.rowNo());
                                    insert.setString(3, write(row.cells()));
                                    insert.addBatch();
                                    if (++pending == BATCH) {
                                        insert.executeBatch();
                                        pending = 0;
                                    }
                                }
                                if (pending > 0) {
                                    insert.executeBatch();
                                }
                            }
                        });
    }

    void saveErrors(UUID jobId, Map<Integer, List<FieldError>> errorsByRow) {
        session()
                .doWork(
                        connection -> {
                            try (PreparedStatement update =
                                    connection.prepareStatement(
                                            "UPDATE import_row SET errors = ?::jsonb"
                                                    + " WHERE job_id = ? AND row_no = ?")) {
                                for (var entry : errorsByRow.entrySet()) {
                                    update.setString(
                                            1,
                                            entry.getValue().isEmpty()
                                                    ? null
                                                    : write(entry.getValue()));
                                    update.setObject(2, jobId);
                                    update.setInt(3, entry.getKey());
                                    update.addBatch();
                                }
                                update.executeBatch();
                            }
                        });
    }

    /** Records the customer each row went into, and that customer's version after the import. */
    void saveCustomers(UUID jobId, Map<Integer, UUID> customerByRow, Map<UUID, Long> versions) {
        session()
                .doWork(
                        connection -> {
                            try (PreparedStatement update =
                                    connection.prepareStatement(
                                            "UPDATE import_row SET customer_id = ?,"
                                                    + " customer_version = ?"
                                                    + " WHERE job_id = ? AND row_no = ?")) {
                                int pending = 0;
                                for (var entry : customerByRow.entrySet()) {
                                    update.setObject(1, entry.getValue());
                                    update.setLong(2, versions.get(entry.getValue()));
                                    update.setObject(3, jobId);
                                    update.setInt(4, entry.getKey());
                                    update.addBatch();
                                    if (++pending == BATCH) {
                                        update.executeBatch();
                                        pending = 0;
                                    }
                                }
                                if (pending > 0) {
                                    update.executeBatch();
                                }
                            }
                        });
    }

    /** Every row of the job in file order. */
    List<StoredRow> rows(UUID jobId) {
        return rows(jobId, false, Integer.MAX_VALUE);
    }

    /** The first {@code limit} rows with errors, in file order. */
    List<StoredRow> rowsWithErrors(UUID jobId, int limit) {
        return rows(jobId, true, limit);
    }

    private List<StoredRow> rows(UUID jobId, boolean onlyErrors, int limit) {
        return session()
                .doReturningWork(
                        connection -> {
                            List<StoredRow> out = new ArrayList<>();
                            try (PreparedStatement select =
                                    connection.prepareStatement(
                                            "SELECT row_no, cells::text, errors::text, customer_id"
                                                    + " FROM import_row WHERE job_id = ?"
                                                    + (onlyErrors ? " AND errors IS NOT NULL" : "")
                                                    + " ORDER BY row_no LIMIT ?")) {
                                select.setObject(1, jobId);
                                select.setLong(2, limit);
                                select.setFetchSize(1000);
                                try (ResultSet rs = select.executeQuery()) {
                                    while (rs.next()) {
                                        out.add(
                                                new StoredRow(
                                                        rs.getInt(1),
                                                        readCells(rs.getString(2)),
                                                        readErrors(rs.getString(3)),
                                                        rs.getObject(4, UUID.class)));
                                    }
                                }
                            }
                            return out;
                        });
    }

    /** The customers the import created with their versions right after it. */
    Map<UUID, Long> createdCustomers(UUID jobId) {
        return session()
                .doReturningWork(
                        connection -> {
                            Map<UUID, Long> out = new java.util.LinkedHashMap<>();
                            try (PreparedStatement select =
                                    connection.prepareStatement(
                                            "SELECT DISTINCT customer_id, customer_version"
                                                    + " FROM import_row WHERE job_id = ?"
                                                    + " AND customer_id IS NOT NULL")) {
                                select.setObject(1, jobId);
                                try (ResultSet rs = select.executeQuery()) {
                                    while (rs.next()) {
                                        out.put(rs.getObject(1, UUID.class), rs.getLong(2));
                                    }
                                }
                            }
                            return out;
                        });
    }

    private Session session() {
        return getEntityManager().unwrap(Session.class);
    }

    private String write(Object value) throws SQLException {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new SQLException(e);
        }
    }

    private List<String> readCells(String text) throws SQLException {
        try {
            return List.of(json.readValue(text, String[].class));
        } catch (JsonProcessingException e) {
            throw new SQLException(e);
        }
    }

    private List<FieldError> readErrors(String text) throws SQLException {
        if (text == null) {
            return List.of();
        }
        try {
            return json.readValue(text, ERRORS);
        } catch (JsonProcessingException e) {
            throw new SQLException(e);
        }
    }
}
