package com.dossier.customer;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Status history queries; callers have already resolved the customer within their scope. */
@ApplicationScoped
public class CustomerStatusChangeRepository
        implements PanacheRepositoryBase<CustomerStatusChange, UUID> {

    /** One page, newest first (limit + 1 rows, to know whether another page follows). */
    public List<CustomerStatusChange> page(
            UUID customerId, Instant afterAt, UUID afterId, int limit) {
        if (afterId == null) {
            return find("customerId = ?1 order by changedAt desc, id desc", customerId)
                    .page(0, limit + 1)
                    .list();
        }
        return find(
                        "customerId = ?1 and (changedAt < ?2 or (changedAt = ?2 and id < ?3))"
                                + " order by changedAt desc, id desc",
                        customerId,
                        afterAt,
                        afterId)
                .page(0, limit + 1)
                .list();
    }

    /** The latest change into this status, e.g. who submitted the archive last. */
    public Optional<CustomerStatusChange> latestInto(UUID customerId, CustomerStatus status) {
        return find(
                        "customerId = ?1 and toStatus = ?2 order by changedAt desc, id desc",
                        customerId,
                        status)
                .firstResultOptional();
    }
}
