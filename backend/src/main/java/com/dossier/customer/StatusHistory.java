package com.dossier.customer;

import com.dossier.shared.config.DossierConfig;
import com.dossier.shared.error.ValidationProblem;
import com.dossier.shared.security.Caller;
import com.dossier.shared.web.Cursor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The status history of archives: every lifecycle transition (creation, submission, approval,
 * rejection, archiving, restoring) is written here, in the transaction of the transition, next to
 * its audit event.
 */
@ApplicationScoped
public class StatusHistory {
    private static final String SORT = "-changedAt";

    private final CustomerStatusChangeRepository repository;
    private final Caller caller;
    private final DossierConfig config;

    StatusHistory(CustomerStatusChangeRepository repository, Caller caller, DossierConfig config) {
        this.repository = repository;
        this.caller = caller;
        this.config = config;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public CustomerStatusChange record(
            Customer customer, CustomerStatus from, CustomerStatus to, String reason) {
        CustomerStatusChange change = new CustomerStatusChange();
        change.id = UUID.randomUUID();
        change.customerId = customer.id;
        change.fromStatus = from;
        change.toStatus = to;
        change.actorId = caller.subject();
        change.actorUsername = caller.username();
        change.reason = reason;
        change.changedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        repository.persist(change);
        return change;
    }

    /** Who last moved the archive into {@code status}, if anyone. */
    public Optional<String> lastActorInto(UUID customerId, CustomerStatus status) {
        return repository.latestInto(customerId, status).map(c -> c.actorId);
    }

    public record Page(List<CustomerStatusChange> items, String nextCursor) {}

    /** One page of a customer's history; the caller resolved the customer in its scope. */
    public Page page(UUID customerId, Integer limit, String cursor) {
        int size = limit == null ? config.paging().defaultLimit() : limit;
        if (size < 1 || size > config.paging().maxLimit()) {
            throw ValidationProblem.of(
                    "limit", "limit.range", "Between 1 and " + config.paging().maxLimit() + ".");
        }
        Cursor after = Cursor.decode(cursor, SORT);
        Instant afterAt = null;
        if (after != null) {
            try {
                afterAt = Instant.parse(after.key());
            } catch (RuntimeException e) {
                throw ValidationProblem.of("cursor", "cursor.invalid", "The cursor is invalid.");
            }
        }
        List<CustomerStatusChange> rows =
                repository.page(customerId, afterAt, after == null ? null : after.id(), size);
        if (rows.size() <= size) {
            return new Page(rows, null);
        }
        CustomerStatusChange last = rows.get(size - 1);
        return new Page(
                rows.subList(0, size),
                new Cursor(SORT, last.changedAt.toString(), last.id).encode());
    }
}
