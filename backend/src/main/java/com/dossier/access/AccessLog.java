package com.dossier.access;

import com.dossier.grant.AccessGrantService;
import com.dossier.shared.security.RequestOrigin;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Records consultations of customer archives: ConsultationFilter for every response, and exports
 * for each batch of exported customers.
 */
@ApplicationScoped
public class AccessLog {
    private final AccessLogRepository repository;
    private final RequestOrigin origin;
    private final AccessGrantService grants;

    AccessLog(AccessLogRepository repository, RequestOrigin origin, AccessGrantService grants) {
        this.repository = repository;
        this.origin = origin;
        this.grants = grants;
    }

    /**
     * One entry per customer whose data the caller received through {@code view}. When the caller
     * saw a customer through an access grant alone, the entry carries that grant and its reason.
     */
    public void consulted(List<UUID> customerIds, String view) {
        if (customerIds.isEmpty()) {
            return;
        }
        RequestOrigin.Origin who = origin.current();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Map<UUID, AccessGrantService.Reliance> relied = grants.reliedOn(customerIds);
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
                                                grantOf(relied, customerId),
                                                reasonOf(relied, customerId)))
                        .toList();
        QuarkusTransaction.requiringNew().run(() -> repository.insert(entries));
    }

    private static UUID grantOf(Map<UUID, AccessGrantService.Reliance> relied, UUID customerId) {
        AccessGrantService.Reliance r = relied.get(customerId);
        return r == null ? null : r.grantId();
    }

    private static String reasonOf(Map<UUID, AccessGrantService.Reliance> relied, UUID customerId) {
        AccessGrantService.Reliance r = relied.get(customerId);
        return r == null ? null : r.reason();
    }
}
