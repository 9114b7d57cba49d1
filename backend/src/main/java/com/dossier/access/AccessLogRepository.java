package com.dossier.access;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** SQL of the access log (insert and search only; the application's role may do nothing else). */
@ApplicationScoped
public class AccessLogRepository {
    private static final String COLUMNS =
            "id, occurred_at, user_id, username, customer_id, view, client_id, trace_id,"
                    + " grant_id, reason";

    private final AgroalDataSource dataSource;

    AccessLogRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** One batched statement for all entries (a search page writes one per listed customer). */
    void insert(List<AccessLogEntry> entries) {
        String sql =
                "insert into access_log (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(sql)) {
            for (AccessLogEntry e : entries) {
                insert.setObject(1, e.id());
                insert.setObject(2, e.occurredAt().atOffset(ZoneOffset.UTC));
                insert.setString(3, e.userId());
                insert.setString(4, e.username());
                insert.setObject(5, e.customerId());
                insert.setString(6, e.view());
                insert.setString(7, e.clientId());
                insert.setString(8, e.traceId());
                insert.setObject(9, e.grantId(), Types.OTHER);
                insert.setString(10, e.reason());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the access log", e);
        }
    }

    /** Filters of the access-log search; null means any. */
    public record Filter(
            UUID customerId, String userId, String view, OffsetDateTime from, OffsetDateTime to) {}

    /** Newest first, after the keyset (occurredAt, id); limit + 1 rows. */
    List<AccessLogEntry> search(Filter filter, Instant afterAt, UUID afterId, int limit) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from access_log where true");
        List<Object> params = new ArrayList<>();
        condition(sql, params, "customer_id = ?", filter.customerId());
        condition(sql, params, "user_id = ?", filter.userId());
        condition(sql, params, "view = ?", filter.view());
        condition(sql, params, "occurred_at >= ?", filter.from());
        condition(sql, params, "occurred_at < ?", filter.to());
        if (afterId != null) {
            OffsetDateTime at = afterAt.atOffset(ZoneOffset.UTC);
            sql.append(" and (occurred_at < ? or (occurred_at = ? and id < ?))");
            params.add(at);
            params.add(at);
            params.add(afterId);
        }
        sql.append(" order by occurred_at desc, id desc limit ").append(limit + 1);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                statement.setObject(i + 1, params.get(i));
            }
            List<AccessLogEntry> entries = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    entries.add(
                            new AccessLogEntry(
                                    rs.getObject(1, UUID.class),
                                    rs.getObject(2, OffsetDateTime.class).toInstant(),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getObject(5, UUID.class),
                                    rs.getString(6),
                                    rs.getString(7),
                                    rs.getString(8),
                                    rs.getObject(9, UUID.class),
                                    rs.getString(10)));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the access log", e);
        }
    }

    private static void condition(
            StringBuilder sql, List<Object> params, String predicate, Object value) {
        if (value != null) {
            sql.append(" and ").append(predicate);
            params.add(value);
        }
    }
}
