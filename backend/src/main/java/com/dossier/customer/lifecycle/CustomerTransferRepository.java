package com.dossier.customer.lifecycle;

import com.dossier.customer.Customer;
import com.dossier.customer.CustomerRepository;
import com.dossier.shared.security.DataScope;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Transfer records, and the customers a transfer moves (locked for the transaction). */
@ApplicationScoped
public class CustomerTransferRepository implements PanacheRepositoryBase<CustomerTransfer, UUID> {

    /**
     * The customers of {@code ownerId} in scope, optionally only those of {@code teams} and only
     * {@code ids}, locked FOR UPDATE in id order so concurrent transfers cannot interleave.
     */
    public List<Customer> ownedBy(
            String ownerId, DataScope scope, Collection<String> teams, Collection<UUID> ids) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where =
                new StringBuilder("c.ownerId = :fromOwner and ")
                        .append(CustomerRepository.scopePredicate(scope, params));
        params.put("fromOwner", ownerId);
        if (teams != null) {
            where.append(" and c.team in :onlyTeams");
            params.put("onlyTeams", teams);
        }
        if (ids != null) {
            where.append(" and c.id in :onlyIds");
            params.put("onlyIds", ids);
        }
        TypedQuery<Customer> query =
                getEntityManager()
                        .createQuery(
                                "select c from Customer c where " + where + " order by c.id",
                                Customer.class)
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE);
        params.forEach(query::setParameter);
        return query.getResultList();
    }
}
