package com.dossier.contact;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Contact queries. They take an already scope-checked customer id: ContactService resolves the
 * customer through CustomerService first, so out-of-scope customers never reach here.
 */
@ApplicationScoped
public class ContactRepository implements PanacheRepositoryBase<Contact, UUID> {
    private static final String RANK = "(case when c.primary = true then 0 else 1 end)";

    public Optional<Contact> findOf(UUID customerId, UUID contactId) {
        return find("id = ?1 and customerId = ?2", contactId, customerId).firstResultOptional();
    }

    /** Primary first, then name, then id; keyset after (rank, name, id); limit + 1 rows. */
    public List<Contact> list(
            UUID customerId, boolean includeInactive, ContactKey after, int limit) {
        String jpql =
                "select c from Contact c where c.customerId = :customer"
                        + (includeInactive ? "" : " and c.active = true")
                        + (after == null
                                ? ""
                                : " and ("
                                        + RANK
                                        + " > :rank or ("
                                        + RANK
                                        + " = :rank and"
                                        + " (c.name > :name or (c.name = :name and c.id > :id))))")
                        + " order by "
                        + RANK
                        + ", c.name, c.id";
        var query =
                getEntityManager()
                        .createQuery(jpql, Contact.class)
                        .setParameter("customer", customerId);
        if (after != null) {
            query.setParameter("rank", after.rank())
                    .setParameter("name", after.name())
                    .setParameter("id", after.id());
        }
        return query.setMaxResults(limit + 1).getResultList();
    }

    public List<Contact> primariesOf(UUID customerId) {
        return list("customerId = ?1 and primary = true", customerId);
    }

    /** Position of a contact in the list ordering. */
    public record ContactKey(int rank, String name, UUID id) {}
}
