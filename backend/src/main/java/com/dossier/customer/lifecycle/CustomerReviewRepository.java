package com.dossier.customer.lifecycle;

import com.dossier.customer.Customer;
import com.dossier.customer.CustomerRepository;
import com.dossier.customer.CustomerStatus;
import com.dossier.shared.security.DataScope;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reviews of one archive, and the queue of archives due for review (within the caller's scope). */
@ApplicationScoped
public class CustomerReviewRepository implements PanacheRepositoryBase<CustomerReview, UUID> {

    /** One page of a customer's reviews, newest first (limit + 1 rows). */
    public List<CustomerReview> page(UUID customerId, Instant afterAt, UUID afterId, int limit) {
        if (afterId == null) {
            return find("customerId = ?1 order by reviewedAt desc, id desc", customerId)
                    .page(0, limit + 1)
                    .list();
        }
        return find(
                        "customerId = ?1 and (reviewedAt < ?2 or (reviewedAt = ?2 and id < ?3))"
                                + " order by reviewedAt desc, id desc",
                        customerId,
                        afterAt,
                        afterId)
                .page(0, limit + 1)
                .list();
    }

    /**
     * Approved archives in scope due on or before {@code until}, earliest first, keyset on
     * (nextReviewOn, id); served by the partial index ix_customer_review_due.
     */
    public List<Customer> due(
            DataScope scope, LocalDate until, LocalDate afterDate, UUID afterId, int limit) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where =
                new StringBuilder("c.status = :approved and c.nextReviewOn <= :until and ")
                        .append(CustomerRepository.scopePredicate(scope, params));
        params.put("approved", CustomerStatus.APPROVED);
        params.put("until", until);
        if (afterId != null) {
            where.append(
                    " and (c.nextReviewOn > :afterDate or (c.nextReviewOn = :afterDate and c.id >"
                            + " :afterId))");
            params.put("afterDate", afterDate);
            params.put("afterId", afterId);
        }
        TypedQuery<Customer> query =
                getEntityManager()
                        .createQuery(
                                "select c from Customer c where "
                                        + where
                                        + " order by c.nextReviewOn asc, c.id asc",
                                Customer.class);
        params.forEach(query::setParameter);
        return query.setMaxResults(limit + 1).getResultList();
    }
}
