package com.dossier.customer;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Shares of one customer; callers resolve the customer through the data scope first. */
@ApplicationScoped
public class CustomerShareRepository
        implements PanacheRepositoryBase<CustomerShare, CustomerShare.Key> {

    public List<CustomerShare> of(UUID customerId) {
        return list("customerId = ?1 order by sharedAt, userId", customerId);
    }

    public Optional<CustomerShare> find(UUID customerId, String userId) {
        return findByIdOptional(new CustomerShare.Key(customerId, userId));
    }
}
