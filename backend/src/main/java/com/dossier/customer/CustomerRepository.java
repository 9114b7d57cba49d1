package com.dossier.customer;

import com.dossier.shared.security.DataScope;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Customer queries. Every read takes the caller's DataScope into its WHERE clause. */
@ApplicationScoped
public class CustomerRepository implements PanacheRepositoryBase<Customer, UUID> {

    public Optional<Customer> findInScope(UUID id, DataScope scope) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        String where = "c.id = :id and " + scopePredicate(scope, params);
        TypedQuery<Customer> query =
                getEntityManager()
                        .createQuery("select c from Customer c where " + where, Customer.class);
        params.forEach(query::setParameter);
        return query.getResultStream().findFirst();
    }

    public Optional<Customer> findByArchiveNo(String archiveNo) {
        return find("archiveNo", archiveNo).firstResultOptional();
    }

    /**
     * Does not flush first: while an edit is checked, the edited row may hold the very duplicate
     * this lookup is meant to find, and flushing it would fail on the unique constraint (500)
     * before the check could answer 409.
     */
    public Optional<Customer> findByCreditCode(String creditCode) {
        return find("creditCode", creditCode)
                .withHint("org.hibernate.flushMode", "COMMIT")
                .firstResultOptional();
    }

    /** One page (limit + 1 rows, to know whether another page follows). */
    public List<Customer> search(
            CustomerSearch search,
            DataScope scope,
            CustomerSort sort,
            Object afterKey,
            UUID afterId,
            int limit) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(scopePredicate(scope, params));
        String text = CustomerTextSearch.predicate(search.q(), params);
        if (text != null) {
            where.append(" and ").append(text);
        }
        equal(where, params, "kind", search.kind());
        equal(where, params, "status", search.status());
        equal(where, params, "ownerId", search.ownerId());
        equal(where, params, "team", search.team());
        equal(where, params, "nature", search.nature());
        equal(where, params, "industry", search.industry());
        equal(where, params, "region", search.region());
        profileFilters(where, params, search.profile());
        String attr = sort.expression();
        String op = sort.descending ? "<" : ">";
        if (afterId != null) {
            params.put("afterKey", afterKey);
            params.put("afterId", afterId);
            where.append(" and (")
                    .append(attr)
                    .append(' ')
                    .append(op)
                    .append(" :afterKey or (")
                    .append(attr)
                    .append(" = :afterKey and c.id ")
                    .append(op)
                    .append(" :afterId))");
        }
        String direction = sort.descending ? " desc" : " asc";
        String jpql =
                "select c from Customer c where "
                        + where
                        + " order by "
                        + attr
                        + direction
                        + ", c.id"
                        + direction;
        TypedQuery<Customer> query = getEntityManager().createQuery(jpql, Customer.class);
        params.forEach(query::setParameter);
        return query.setMaxResults(limit + 1).getResultList();
    }

    /** The data-scope predicate on alias `c`; never applied after loading. */
    public static String scopePredicate(DataScope scope, Map<String, Object> params) {
        if (scope.all()) {
            return "1 = 1";
        }
        StringBuilder predicate = new StringBuilder("(1 = 0");
        if (scope.ownerId() != null) {
            params.put("scopeOwner", scope.ownerId());
            predicate.append(" or c.ownerId = :scopeOwner");
        }
        if (!scope.teams().isEmpty()) {
            params.put("scopeTeams", scope.teams());
            predicate.append(" or c.team in :scopeTeams");
        }
        if (scope.sharedWith() != null) {
            // Served by ix_customer_share_user_customer (user_id, customer_id).
            params.put("scopeSharedWith", scope.sharedWith());
            predicate.append(
                    " or exists (select 1 from CustomerShare s"
                            + " where s.customerId = c.id and s.userId = :scopeSharedWith)");
        }
        if (scope.grantee() != null) {
            // Served by ix_access_grant_grantee_customer (grantee_id, customer_id).
            params.put("scopeGrantee", scope.grantee());
            predicate.append(
                    " or exists (select 1 from AccessGrant g"
                            + " where g.customerId = c.id and g.granteeId = :scopeGrantee"
                            + " and g.status = 'APPROVED' and g.validUntil > current_timestamp)");
        }
        return predicate.append(')').toString();
    }

    private static void equal(
            StringBuilder where, Map<String, Object> params, String attribute, Object value) {
        if (value != null) {
            params.put(attribute, value);
            where.append(" and c.").append(attribute).append(" = :").append(attribute);
        }
    }

    /**
     * The filters on profile fields. Custom-field and template filters are JSON containment ({@code
     * custom_fields @> probe}) through dossier_jsonb_contains, a SQL function PostgreSQL inlines,
     * so the GIN indexes of migration 008 serve them.
     */
    private static void profileFilters(
            StringBuilder where, Map<String, Object> params, CustomerSearch.Profile profile) {
        if (profile == null) {
            return;
        }
        equal(where, params, "province", profile.province());
        equal(where, params, "city", profile.city());
        equal(where, params, "district", profile.district());
        equal(where, params, "area", profile.area());
        equal(where, params, "urbanRural", profile.urbanRural());
        equal(where, params, "sourceChannel", profile.sourceChannel());
        equal(where, params, "businessCategory", profile.businessCategory());
        equal(where, params, "gender", profile.gender());
        equal(where, params, "incomeBand", profile.incomeBand());
        if (profile.profileTemplateId() != null) {
            params.put("templateProbe", "[\"" + profile.profileTemplateId() + "\"]");
            where.append(
                    " and function('dossier_jsonb_contains', c.profileTemplateIds, :templateProbe)"
                            + " = true");
        }
        List<String> probes = profile.custom() == null ? List.of() : profile.custom();
        for (int i = 0; i < probes.size(); i++) {
            params.put("customProbe" + i, probes.get(i));
            where.append(" and function('dossier_jsonb_contains', c.customFields, :customProbe")
                    .append(i)
                    .append(") = true");
        }
    }

    /** Makes %, _ and \ literal in a LIKE pattern (escape character \). */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
