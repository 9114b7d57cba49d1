package com.dossier.access;

import com.dossier.customer.CustomerService;
import com.dossier.shared.config.DossierConfig;
import com.dossier.shared.error.ValidationProblem;
import com.dossier.shared.security.Caller;
import com.dossier.shared.security.Roles;
import com.dossier.shared.web.Cursor;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/** Search of the access log, overall and per customer. */
@ApplicationScoped
public class AccessLogService {
    private static final String SORT = "-occurredAt";

    private final AccessLogRepository repository;
    private final CustomerService customers;
    private final Caller caller;
    private final DossierConfig config;

    AccessLogService(
            AccessLogRepository repository,
            CustomerService customers,
            Caller caller,
            DossierConfig config) {
        this.repository = repository;
        this.customers = customers;
        this.caller = caller;
        this.config = config;
    }

    public record Page(List<AccessLogEntry> items, String nextCursor) {}

    /**
     * The log of one customer. Auditors and general managers may read any customer's log; anyone
     * else (a supervisor) only a customer in its data scope, and out of scope is the usual 404.
     */
    public Page searchCustomer(
            UUID customerId, AccessLogRepository.Filter filter, Integer limit, String cursor) {
        if (caller.roles().contains(Roles.AUDITOR)
                || caller.roles().contains(Roles.GENERAL_MANAGER)) {
            customers.requireExists(customerId);
        } else {
            customers.get(customerId);
        }
        return search(
                new AccessLogRepository.Filter(
                        customerId, filter.userId(), filter.view(), filter.from(), filter.to()),
                limit,
                cursor);
    }

    public Page search(AccessLogRepository.Filter filter, Integer limit, String cursor) {
        int size = limit == null ? config.paging().defaultLimit() : limit;
        if (size < 1 || size > config.paging().maxLimit()) {
            throw ValidationProblem.of(
                    "limit", "limit.range", "Between 1 and " + config.paging().maxLimit() + ".");
        }
        Cursor after = Cursor.decode(cursor, SORT);
        Instant afterAt;
        try {
            afterAt = after == null ? null : Instant.parse(after.key());
        } catch (DateTimeParseException e) {
            throw ValidationProblem.of("cursor", "cursor.invalid", "The cursor is invalid.");
        }
        List<AccessLogEntry> rows =
                repository.search(filter, afterAt, after == null ? null : after.id(), size);
        if (rows.size() <= size) {
            return new Page(rows, null);
        }
        AccessLogEntry last = rows.get(size - 1);
        return new Page(
                rows.subList(0, size),
                new Cursor(SORT, last.occurredAt().toString(), last.id()).encode());
    }
}
