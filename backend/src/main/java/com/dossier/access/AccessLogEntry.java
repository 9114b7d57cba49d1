package com.dossier.access;

import java.time.Instant;
import java.util.UUID;

/** One consultation of a customer archive, as stored. */
public record AccessLogEntry(
        UUID id,
        Instant occurredAt,
        String userId,
        String username,
        UUID customerId,
        String view,
        String clientId,
        String traceId,
        UUID grantId,
        String reason) {}
