package com.dossier.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One row of the audit trail, as stored. */
public record AuditEvent(
        UUID id,
        long seq,
        Instant occurredAt,
        String entityType,
        String entityId,
        UUID customerId,
        String action,
        List<FieldChange> changes,
        String actorId,
        String actorUsername,
        String clientId,
        String traceId,
        String prevHash,
        String hash) {}
