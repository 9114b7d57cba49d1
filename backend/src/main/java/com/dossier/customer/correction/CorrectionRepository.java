package com.dossier.customer.correction;

import com.dossier.customer.CustomerRepository;
import com.dossier.shared.security.DataScope;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Correction queries; the inbox joins the customer's data-scope predicate. */
@ApplicationScoped
public class CorrectionRepository implements PanacheRepositoryBase<Correction, UUID> {

    /** A correction with its archive's number and name, for lists. */
    public record Row(Correction correction, String archiveNo, String customerName) {}

    /** One page of a customer's corrections, newest first (limit + 1 rows). */
    public List<Correction> forCustomer(UUID customerId, Instant afterAt, UUID afterId, int limit) {
        if (afterId == null) {
            return find("customerId = ?1 order by proposedAt desc, id desc", customerId)
                    .page(0, limit + 1)
                    .list();
        }
        return find(
                        "customerId = ?1 and (proposedAt < ?2 or (proposedAt = ?2 and id < ?3))"
                                + " order by proposedAt desc, id desc",
                        customerId,
                        afterAt,
                        afterId)
                .page(0, limit + 1)
                .list();
    }

    /** One page of corrections of customers in scope, oldest first (limit + 1 rows). */
    public List<Row> inbox(
            DataScope scope, Correction.Status status, Instant afterAt, UUID afterId, int limit) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where =
                new StringBuilder("c.id = r.customerId and ")
                        .append(CustomerRepository.scopePredicate(scope, params));
        if (status != null) {
            where.append(" and r.status = :status");
            params.put("status", status);
        }
        if (afterId != null) {
            where.append(
                    " and (r.proposedAt > :afterAt or (r.proposedAt = :afterAt and r.id >"
                            + " :afterId))");
            params.put("afterAt", afterAt);
            params.put("afterId", afterId);
        }
        TypedQuery<Object[]> query =
                getEntityManager()
                        .createQuery(
                                "select r, c.archiveNo, c.name from Correction r, Customer c where "
                                        + where
                                        + " order by r.proposedAt asc, r.id asc",
                                Object[].class);
        params.forEach(query::setParameter);
        return query.setMaxResults(limit + 1).getResultList().stream()
                .map(row -> new Row((Correction) row[0], (String) row[1], (String) row[2]))
                .toList();
    }
}
