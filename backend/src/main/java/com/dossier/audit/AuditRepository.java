package com.dossier.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * SQL of the audit trail. Plain JDBC on the application's data source: inside a transaction the
 * pool hands out the connection Hibernate uses, so an event commits or rolls back with the change
 * it records.
 */
@ApplicationScoped
public class AuditRepository {
    /** Key of the transaction-scoped advisory lock that serialises appends to the chain. */
    static final long CHAIN_LOCK = 0x6175646974L; // "audit"

    private static final String COLUMNS =
            "id, seq, occurred_at, entity_type, entity_id, customer_id, action, changes::text,"
                    + " actor_id, actor_username, client_id, trace_id, prev_hash, hash";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AgroalDataSource dataSource;

    AuditRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The chain's last (seq, hash), after taking the append lock for this transaction. */
    record Head(long seq, String hash) {}

    Head lockHead() {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement lock =
                    connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
                lock.setLong(1, CHAIN_LOCK);
                lock.execute();
            }
            try (PreparedStatement last =
                            connection.prepareStatement(
                                    "select seq, hash from audit_event order by seq desc limit 1");
                    ResultSet rs = last.executeQuery()) {
                return rs.next()
                        ? new Head(rs.getLong(1), rs.getString(2))
                        : new Head(0, AuditHash.GENESIS);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not lock the audit chain", e);
        }
    }

    void insert(AuditEvent event) {
        String sql =
                "insert into audit_event (id, seq, occurred_at, entity_type, entity_id,"
                        + " customer_id, action, changes, actor_id, actor_username, client_id,"
                        + " trace_id, prev_hash, hash)"
                        + " values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?)";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setObject(1, event.id());
            insert.setLong(2, event.seq());
            insert.setObject(3, event.occurredAt().atOffset(ZoneOffset.UTC));
            insert.setString(4, event.entityType());
            insert.setString(5, event.entityId());
            insert.setObject(6, event.customerId(), Types.OTHER);
            insert.setString(7, event.action());
            insert.setString(8, changesJson(event.changes()));
            insert.setString(9, event.actorId());
            insert.setString(10, event.actorUsername());
            insert.setString(11, event.clientId());
            insert.setString(12, event.traceId());
            insert.setString(13, event.prevHash());
            insert.setString(14, event.hash());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the audit event", e);
        }
    }

    /** Filters of the audit search; null means any. */
    public record Filter(
            String entityType,
            String entityId,
            UUID customerId,
            String actorId,
            String action,
            OffsetDateTime from,
            OffsetDateTime to) {}

    /** Newest first; limit + 1 rows so the caller knows whether another page follows. */
    List<AuditEvent> search(Filter filter, Long beforeSeq, int limit) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from audit_event where true");
        List<Object> params = new ArrayList<>();
        condition(sql, params, "entity_type = ?", filter.entityType());
        condition(sql, params, "entity_id = ?", filter.entityId());
        condition(sql, params, "customer_id = ?", filter.customerId());
        condition(sql, params, "actor_id = ?", filter.actorId());
        condition(sql, params, "action = ?", filter.action());
        condition(sql, params, "occurred_at >= ?", filter.from());
        condition(sql, params, "occurred_at < ?", filter.to());
        condition(sql, params, "seq < ?", beforeSeq);
        sql.append(" order by seq desc limit ").append(limit + 1);
        return query(sql.toString(), params);
    }

    /**
     * A customer's events, newest first, before {@code beforeSeq}; limit + 1 rows. Served by {@code
     * ix_audit_event_customer_id (customer_id, seq desc)}: the kind and date filters are checked on
     * the rows the index walk yields.
     */
    List<AuditEvent> customerEvents(
            UUID customerId,
            List<String> kinds,
            OffsetDateTime from,
            OffsetDateTime to,
            Long beforeSeq,
            int limit) {
        StringBuilder sql =
                new StringBuilder("select " + COLUMNS + " from audit_event where customer_id = ?");
        List<Object> params = new ArrayList<>();
        params.add(customerId);
        condition(sql, params, "occurred_at >= ?", from);
        condition(sql, params, "occurred_at < ?", to);
        condition(sql, params, "seq < ?", beforeSeq);
        if (kinds != null && !kinds.isEmpty()) {
            sql.append(" and (entity_type || '.' || action) = any (?)");
            params.add(kinds.toArray(String[]::new));
        }
        sql.append(" order by seq desc limit ").append(limit + 1);
        return query(sql.toString(), params);
    }

    /** The chain in order, from after {@code afterSeq}, at most {@code limit} rows. */
    List<AuditEvent> chain(long afterSeq, int limit) {
        return query(
                "select " + COLUMNS + " from audit_event where seq > ? order by seq limit " + limit,
                List.of(afterSeq));
    }

    private List<AuditEvent> query(String sql, List<Object> params) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                Object param = params.get(i);
                if (param instanceof String[] values) {
                    statement.setArray(i + 1, connection.createArrayOf("text", values));
                } else {
                    statement.setObject(i + 1, param);
                }
            }
            List<AuditEvent> events = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    events.add(row(rs));
                }
            }
            return events;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the audit trail", e);
        }
    }

    private static void condition(
            StringBuilder sql, List<Object> params, String predicate, Object value) {
        if (value != null) {
            sql.append(" and ").append(predicate);
            params.add(value);
        }
    }

    private static AuditEvent row(ResultSet rs) throws SQLException {
        return new AuditEvent(
                rs.getObject(1, UUID.class),
                rs.getLong(2),
                rs.getObject(3, OffsetDateTime.class).toInstant(),
                rs.getString(4),
                rs.getString(5),
                rs.getObject(6, UUID.class),
                rs.getString(7),
                changes(rs.getString(8)),
                rs.getString(9),
                rs.getString(10),
                rs.getString(11),
                rs.getString(12),
                rs.getString(13),
                rs.getString(14));
    }

    static String changesJson(List<FieldChange> changes) {
        ArrayNode array = JSON.createArrayNode();
        for (FieldChange change : changes) {
            array.addObject()
                    .put("field", change.field())
                    .put("old", change.oldValue())
                    .put("new", change.newValue());
        }
        return array.toString();
    }

    static List<FieldChange> changes(String json) {
        try {
            List<FieldChange> changes = new ArrayList<>();
            for (JsonNode node : JSON.readTree(json)) {
                changes.add(
                        new FieldChange(
                                textOrNull(node.get("field")),
                                textOrNull(node.get("old")),
                                textOrNull(node.get("new"))));
            }
            return changes;
        } catch (JsonProcessingException e) {
            // A row whose changes are not even JSON cannot match its hash; verification says so.
            return List.of(new FieldChange("?", json, null));
        }
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
