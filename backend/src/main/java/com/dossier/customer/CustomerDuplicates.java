package com.dossier.customer;

import com.dossier.shared.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Finds existing archives that look like a customer about to be created (or imported): the same
 * credit code (definite), a similar name (pg_trgm trigram similarity of the lower-cased names,
 * served by ix_customer_name_trgm through the {@code %} operator), the same phone (phone, personal
 * phone or a contact's mobile) or the same email. Archives merged into another one are left out.
 *
 * <p>Only archives in the caller's own scope are answered in full. A credit code is unique
 * company-wide and creating a second archive with it is refused naming the existing archive number;
 * the check answers that same archive number (and nothing more) when it is out of scope.
 */
@ApplicationScoped
public class CustomerDuplicates {
    /** Candidates compared per criterion before the scope is applied. */
    private static final int PROBE = 50;

    private final EntityManager em;
    private final Caller caller;
    private final DuplicatesConfig config;

    CustomerDuplicates(EntityManager em, Caller caller, DuplicatesConfig config) {
        this.em = em;
        this.caller = caller;
        this.config = config;
    }

    public enum Reason {
        CREDIT_CODE,
        NAME,
        PHONE,
        EMAIL
    }

    /** A likely duplicate; {@code id} and {@code name} are null outside the caller's scope. */
    public record Candidate(
            String archiveNo, UUID id, String name, Reason reason, Double similarity) {}

    /** What the new customer would be; blank values are not compared. */
    public record Probe(
            String name, String creditCode, String phone, String email, String kind, UUID self) {}

    @Transactional
    public List<Candidate> find(Probe probe) {
        Map<UUID, Candidate> found = new LinkedHashMap<>();
        String creditCode = blankToNull(probe.creditCode());
        if (creditCode != null) {
            List<Object[]> rows =
                    rows(
                            "select id, archive_no from customer"
                                    + " where credit_code = :code and merged_into is null",
                            Map.of("code", creditCode.toUpperCase(Locale.ROOT)));
            Map<UUID, Customer> visible = inScope(ids(rows));
            for (Object[] row : rows) {
                UUID id = (UUID) row[0];
                Customer c = visible.get(id);
                found.put(
                        id,
                        c == null
                                ? new Candidate(
                                        (String) row[1], null, null, Reason.CREDIT_CODE, null)
                                : new Candidate(
                                        c.archiveNo, c.id, c.name, Reason.CREDIT_CODE, null));
            }
        }
        String name = blankToNull(probe.name());
        if (name != null && name.length() >= 2) {
            // Local to this transaction: the % operator (and so the index) uses this threshold.
            em.createNativeQuery("select set_config('pg_trgm.similarity_threshold', :t, true)")
                    .setParameter("t", String.valueOf(config.nameSimilarity()))
                    .getSingleResult();
            Map<String, Object> params = new HashMap<>();
            params.put("name", name.toLowerCase(Locale.ROOT));
            String kind = "";
            if (probe.kind() != null) {
                params.put("kind", probe.kind());
                kind = " and kind = :kind";
            }
            List<Object[]> rows =
                    rows(
                            "select id, similarity(lower(name), :name) as sim from customer"
                                    + " where lower(name) % :name and merged_into is null"
                                    + kind
                                    + " order by sim desc, id limit "
                                    + PROBE,
                            params);
            addInScope(found, rows, Reason.NAME);
        }
        String phone = blankToNull(probe.phone());
        if (phone != null) {
            addInScope(
                    found,
                    rows(
                            "select id, null from customer where (phone = :phone"
                                    + " or personal_phone = :phone) and merged_into is null"
                                    + " union select c.id, null from contact k"
                                    + " join customer c on c.id = k.customer_id"
                                    + " where k.mobile = :phone and c.merged_into is null"
                                    + " limit "
                                    + PROBE,
                            Map.of("phone", phone)),
                    Reason.PHONE);
        }
        String email = blankToNull(probe.email());
        if (email != null) {
            addInScope(
                    found,
                    rows(
                            "select id, null from customer where lower(email) = :email"
                                    + " and merged_into is null limit "
                                    + PROBE,
                            Map.of("email", email.toLowerCase(Locale.ROOT))),
                    Reason.EMAIL);
        }
        if (probe.self() != null) {
            found.remove(probe.self());
        }
        return found.values().stream().limit(config.limit()).toList();
    }

    /** Adds the rows ({id, similarity or null}) in the caller's scope not found before. */
    private void addInScope(Map<UUID, Candidate> found, List<Object[]> rows, Reason reason) {
        Map<UUID, Customer> visible = inScope(ids(rows));
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            Customer c = visible.get(id);
            if (c != null && !found.containsKey(id)) {
                Double similarity =
                        row[1] == null
                                ? null
                                : Math.round(((Number) row[1]).doubleValue() * 100) / 100.0;
                found.put(id, new Candidate(c.archiveNo, c.id, c.name, reason, similarity));
            }
        }
    }

    private Map<UUID, Customer> inScope(List<UUID> ids) {
        Map<UUID, Customer> visible = new HashMap<>();
        if (ids.isEmpty()) {
            return visible;
        }
        Map<String, Object> params = new HashMap<>();
        params.put("ids", ids);
        String jpql =
                "select c from Customer c where c.id in :ids and "
                        + CustomerRepository.scopePredicate(caller.scope(), params);
        TypedQuery<Customer> query = em.createQuery(jpql, Customer.class);
        params.forEach(query::setParameter);
        query.getResultList().forEach(c -> visible.put(c.id, c));
        return visible;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Map<String, Object> params) {
        var query = em.createNativeQuery(sql);
        params.forEach(query::setParameter);
        return new ArrayList<>((List<Object[]>) query.getResultList());
    }

    private static List<UUID> ids(List<Object[]> rows) {
        return rows.stream().map(row -> (UUID) row[0]).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
