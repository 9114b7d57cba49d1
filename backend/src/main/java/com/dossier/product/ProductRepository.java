package com.dossier.product;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Product queries; products are not customer data, so no data scope applies. */
@ApplicationScoped
public class ProductRepository implements PanacheRepositoryBase<Product, UUID> {

    /** Case-insensitive, like the unique index; does not flush the product being edited. */
    public Optional<Product> findByCode(String code) {
        return find("upper(code) = upper(?1)", code)
                .withHint("org.hibernate.flushMode", "COMMIT")
                .firstResultOptional();
    }

    public List<Product> findAllById(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    /** Ordered by code then id; keyset after (code, id); limit + 1 rows. */
    public List<Product> list(
            String q, boolean includeInactive, String afterCode, UUID afterId, int limit) {
        StringBuilder jpql = new StringBuilder("select p from Product p where 1 = 1");
        if (!includeInactive) {
            jpql.append(" and p.active = true");
        }
        if (q != null) {
            jpql.append(
                    " and (lower(p.code) like :q escape '\\' or lower(p.name) like :q escape '\\')");
        }
        if (afterId != null) {
            jpql.append(" and (p.code > :code or (p.code = :code and p.id > :id))");
        }
        jpql.append(" order by p.code, p.id");
        TypedQuery<Product> query = getEntityManager().createQuery(jpql.toString(), Product.class);
        if (q != null) {
            query.setParameter("q", "%" + escapeLike(q.toLowerCase()) + "%");
        }
        if (afterId != null) {
            query.setParameter("code", afterCode).setParameter("id", afterId);
        }
        return query.setMaxResults(limit + 1).getResultList();
    }

    /** Makes %, _ and \ literal in a LIKE pattern (escape character \). */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
