package com.dossier.grant;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Access grant queries. */
@ApplicationScoped
public class AccessGrantRepository implements PanacheRepositoryBase<AccessGrant, UUID> {

    /** Filters of the grant list; null means any. */
    public record Filter(String status, UUID customerId, String granteeId) {}

    /** One page, newest request first (limit + 1 rows, to know whether another page follows). */
    public List<AccessGrant> page(
            Filter filter, Instant now, Instant afterAt, UUID afterId, int limit) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder("1 = 1");
        if (filter.status() != null) {
            switch (filter.status()) {
                case "EXPIRED" -> {
                    where.append(" and g.status = :status and g.validUntil <= :now");
                    params.put("status", AccessGrant.Status.APPROVED);
                    params.put("now", now);
                }
                case "APPROVED" -> {
                    where.append(" and g.status = :status and g.validUntil > :now");
                    params.put("status", AccessGrant.Status.APPROVED);
                    params.put("now", now);
                }
                default -> {
                    where.append(" and g.status = :status");
                    params.put("status", AccessGrant.Status.valueOf(filter.status()));
                }
            }
        }
        if (filter.customerId() != null) {
            where.append(" and g.customerId = :customerId");
            params.put("customerId", filter.customerId());
        }
        if (filter.granteeId() != null) {
            where.append(" and g.granteeId = :granteeId");
            params.put("granteeId", filter.granteeId());
        }
        if (afterId != null) {
            where.append(
                    " and (g.requestedAt < :afterAt or (g.requestedAt = :afterAt and g.id <"
                            + " :afterId))");
            params.put("afterAt", afterAt);
            params.put("afterId", afterId);
        }
        TypedQuery<AccessGrant> query =
                getEntityManager()
                        .createQuery(
                                "select g from AccessGrant g where "
                                        + where
                                        + " order by g.requestedAt desc, g.id desc",
                                AccessGrant.class);
        params.forEach(query::setParameter);
        return query.setMaxResults(limit + 1).getResultList();
    }

    /** The grantee's grants valid now for any of these customers. */
    public List<AccessGrant> validFor(String granteeId, Collection<UUID> customerIds, Instant now) {
        return find(
                        "granteeId = ?1 and customerId in ?2 and status = ?3 and validUntil > ?4"
                                + " order by validUntil desc",
                        granteeId,
                        customerIds,
                        AccessGrant.Status.APPROVED,
                        now)
                .list();
    }

    /** The caller's pending request or still valid grant for this customer, if any. */
    public Optional<AccessGrant> openFor(String granteeId, UUID customerId, Instant now) {
        return find(
                        "granteeId = ?1 and customerId = ?2 and (status = ?3 or (status = ?4 and"
                                + " validUntil > ?5)) order by requestedAt desc",
                        granteeId,
                        customerId,
                        AccessGrant.Status.PENDING,
                        AccessGrant.Status.APPROVED,
                        now)
                .firstResultOptional();
    }
}
