package com.dossier.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The chain's hash: hex SHA-256 over a canonical serialisation of an event's content and its
 * predecessor's hash. The serialisation is a JSON array in a fixed order, built from values as they
 * are stored (time in UTC to the microsecond, changes as [field, old, new] triples), so the
 * verification can rebuild it byte for byte from the table.
 */
final class AuditHash {
    static final String GENESIS = "0".repeat(64);
    private static final ObjectMapper JSON = new ObjectMapper();

    private AuditHash() {}

    static String of(AuditEvent event) {
        ArrayNode content = JSON.createArrayNode();
        content.add(event.seq());
        content.add(event.id().toString());
        content.add(event.occurredAt().toString());
        content.add(event.entityType());
        content.add(event.entityId());
        content.add(event.customerId() == null ? null : event.customerId().toString());
        content.add(event.action());
        ArrayNode changes = content.addArray();
        for (FieldChange change : event.changes()) {
            changes.addArray().add(change.field()).add(change.oldValue()).add(change.newValue());
        }
        content.add(event.actorId());
        content.add(event.actorUsername());
        content.add(event.clientId());
        content.add(event.traceId());
        content.add(event.prevHash());
        try {
            byte[] canonical = JSON.writeValueAsBytes(content);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
