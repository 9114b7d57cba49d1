package com.dossier.customer;

import com.dossier.api.model.CustomerShareCreateDto;
import com.dossier.shared.error.NotFoundProblem;
import com.dossier.shared.error.ValidationProblem;
import com.dossier.shared.security.Caller;
import com.dossier.shared.security.Roles;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Explicit shares. The customer is resolved through the caller's scope first (404 outside it); then
 * only those responsible for it may hand out visibility: managers, the supervisor of its team, and
 * the sales rep who owns it.
 */
@ApplicationScoped
public class CustomerShareService {
    private static final Set<String> MANAGERS =
            Set.of(Roles.ADMIN, Roles.GENERAL_MANAGER, Roles.SALES_DIRECTOR);

    private final CustomerShareRepository repository;
    private final CustomerService customers;
    private final Caller caller;

    CustomerShareService(
            CustomerShareRepository repository, CustomerService customers, Caller caller) {
        this.repository = repository;
        this.customers = customers;
        this.caller = caller;
    }

    public List<CustomerShare> list(UUID customerId) {
        customers.get(customerId);
        return repository.of(customerId);
    }

    public record Outcome(CustomerShare share, boolean created) {}

    @Transactional
    public Outcome share(UUID customerId, CustomerShareCreateDto input) {
        Customer customer = responsibleFor(customerId);
        String userId = input.getUserId().toString();
        if (userId.equals(customer.ownerId)) {
            throw ValidationProblem.of(
                    "userId", "userId.owner", "The owner sees this customer already.");
        }
        String note = CustomerMapper.blankToNull(input.getNote());
        var existing = repository.find(customerId, userId);
        if (existing.isPresent()) {
            existing.get().note = note;
            repository.flush();
            return new Outcome(existing.get(), false);
        }
        CustomerShare share = new CustomerShare();
        share.customerId = customerId;
        share.userId = userId;
        share.note = note;
        share.sharedBy = caller.subject();
        share.sharedAt = Instant.now();
        repository.persistAndFlush(share);
        return new Outcome(share, true);
    }

    @Transactional
    public void unshare(UUID customerId, UUID userId) {
        responsibleFor(customerId);
        CustomerShare share =
                repository
                        .find(customerId, userId.toString())
                        .orElseThrow(() -> new NotFoundProblem("No such share."));
        repository.delete(share);
    }

    private Customer responsibleFor(UUID customerId) {
        Customer customer = customers.get(customerId);
        Set<String> roles = caller.roles();
        boolean manager = roles.stream().anyMatch(MANAGERS::contains);
        boolean teamSupervisor =
                roles.contains(Roles.SUPERVISOR)
                        && (caller.teams().contains(customer.team)
                                || caller.subject().equals(customer.ownerId));
        boolean owningRep =
                roles.contains(Roles.SALES_REP) && caller.subject().equals(customer.ownerId);
        if (!(manager || teamSupervisor || owningRep)) {
            throw new ForbiddenException("Only those responsible for this customer may share it.");
        }
        return customer;
    }
}
