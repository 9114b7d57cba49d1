package com.dossier.access;

import com.dossier.shared.security.RequestOrigin;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Records consultations of customer archives. ConsultationFilter is its only caller. */
@ApplicationScoped
public class AccessLog {
    private final AccessLogRepository repository;
    private final RequestOrigin origin;

    AccessLog(AccessLogRepository repository, RequestOrigin origin) {
        this.repository = repository;
        this.origin = origin;
    }

    /**
     * One entry per customer whose data the caller received through {@code view}. Access grants do
     * not exist yet; their id and reason will be filled here once they do.
     */
    public void consulted(List<UUID> customerIds, String view) {
        if (customerIds.isEmpty()) {
            return;
        }
        RequestOrigin.Origin who = origin.current();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<AccessLogEntry> entries =
                customerIds.stream()
                        .distinct()
                        .map(
                                customerId ->
                                        new AccessLogEntry(
                                                UUID.randomUUID(),
                                                now,
                                                who.userId(),
                                                who.username(),
                                                customerId,
                                                view,
                                                who.clientId(),
                                                who.traceId(),
                                                null,
                                                null))
                        .toList();
        QuarkusTransaction.requiringNew().run(() -> repository.insert(entries));
    }
}
