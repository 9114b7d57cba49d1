package com.dossier.document;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Document queries. Those of one customer take an already scope-checked customer id
 * (DocumentService resolves the customer through CustomerService first); the list across customers
 * takes the caller's scope predicate from CustomerService.
 */
@ApplicationScoped
public class DocumentRepository implements PanacheRepositoryBase<Document, UUID> {

    public Optional<Document> findOf(UUID customerId, UUID documentId) {
        return find("id = ?1 and customerId = ?2", documentId, customerId).firstResultOptional();
    }

    /** In file order (position, id); keyset after (position, id); limit + 1 rows. */
    public List<Document> list(
            UUID customerId,
            String type,
            boolean includeWithdrawn,
            Integer afterPosition,
            UUID afterId,
            int limit) {
        StringBuilder jpql = new StringBuilder("select d from Document d where d.customerId = :c");
        Map<String, Object> params = new HashMap<>();
        params.put("c", customerId);
        if (type != null) {
            jpql.append(" and d.type = :type");
            params.put("type", type);
        }
        if (!includeWithdrawn) {
            jpql.append(" and d.status = 'ACTIVE'");
        }
        if (afterId != null) {
            jpql.append(" and (d.position > :pos or (d.position = :pos and d.id > :id))");
            params.put("pos", afterPosition);
            params.put("id", afterId);
        }
        jpql.append(" order by d.position, d.id");
        TypedQuery<Document> query = em().createQuery(jpql.toString(), Document.class);
        params.forEach(query::setParameter);
        return query.setMaxResults(limit + 1).getResultList();
    }

    /** The next free position at the end of the customer's file. */
    public int nextPosition(UUID customerId) {
        Integer max =
                em().createQuery(
                                "select max(d.position) from Document d where d.customerId = :c",
                                Integer.class)
                        .setParameter("c", customerId)
                        .getSingleResult();
        return max == null ? 1 : max + 1;
    }

    /** Every version of these documents, newest first within each. */
    public List<DocumentVersion> versionsOf(Collection<UUID> documentIds) {
        if (documentIds.isEmpty()) {
            return List.of();
        }
        return em().createQuery(
                        "select v from DocumentVersion v where v.documentId in :ids"
                                + " order by v.documentId, v.number desc",
                        DocumentVersion.class)
                .setParameter("ids", documentIds)
                .getResultList();
    }

    public Optional<DocumentVersion> version(UUID documentId, int number) {
        return em().createQuery(
                        "select v from DocumentVersion v where v.documentId = :d and v.number = :n",
                        DocumentVersion.class)
                .setParameter("d", documentId)
                .setParameter("n", number)
                .getResultStream()
                .findFirst();
    }

    public Optional<DocumentContent> content(UUID versionId) {
        return Optional.ofNullable(em().find(DocumentContent.class, versionId));
    }

    public void persistVersion(DocumentVersion version, DocumentContent content) {
        em().persist(version);
        em().persist(content);
    }

    /** Types of the customer's active documents, with whether each is still valid today. */
    public List<Object[]> activeTypes(UUID customerId) {
        return em().createQuery(
                        "select d.type, d.validUntil from Document d"
                                + " where d.customerId = :c and d.status = 'ACTIVE'",
                        Object[].class)
                .setParameter("c", customerId)
                .getResultList();
    }

    /** A document about to expire, with its customer's name and archive number. */
    public record Expiring(Document document, String customerName, String archiveNo) {}

    /**
     * Active documents with a validity date up to {@code until} (and from {@code from}, when given)
     * of the customers matched by {@code scopePredicate} (JPQL on Customer alias `c`), soonest
     * first; keyset after (validUntil, id); limit + 1 rows.
     */
    public List<Expiring> expiring(
            String scopePredicate,
            Map<String, Object> scopeParams,
            LocalDate from,
            LocalDate until,
            String type,
            LocalDate afterDate,
            UUID afterId,
            int limit) {
        StringBuilder jpql =
                new StringBuilder(
                                "select d, c.name, c.archiveNo from Document d, Customer c"
                                        + " where c.id = d.customerId and d.status = 'ACTIVE'"
                                        + " and d.validUntil is not null and d.validUntil <= :until and ")
                        .append(scopePredicate);
        Map<String, Object> params = new HashMap<>(scopeParams);
        params.put("until", until);
        if (from != null) {
            jpql.append(" and d.validUntil >= :from");
            params.put("from", from);
        }
        if (type != null) {
            jpql.append(" and d.type = :type");
            params.put("type", type);
        }
        if (afterId != null) {
            jpql.append(
                    " and (d.validUntil > :afterDate or (d.validUntil = :afterDate and d.id >"
                            + " :afterId))");
            params.put("afterDate", afterDate);
            params.put("afterId", afterId);
        }
        jpql.append(" order by d.validUntil, d.id");
        TypedQuery<Object[]> query = em().createQuery(jpql.toString(), Object[].class);
        params.forEach(query::setParameter);
        return query.setMaxResults(limit + 1).getResultList().stream()
                .map(row -> new Expiring((Document) row[0], (String) row[1], (String) row[2]))
                .toList();
    }

    private EntityManager em() {
        return getEntityManager();
    }
}
