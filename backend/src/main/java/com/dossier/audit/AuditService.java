package com.dossier.audit;

import com.dossier.shared.config.DossierConfig;
import com.dossier.shared.error.ValidationProblem;
import com.dossier.shared.web.Cursor;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Search and verification of the audit trail. */
@ApplicationScoped
public class AuditService {
    private static final String SORT = "-seq";
    private static final int VERIFY_BATCH = 1000;

    private final AuditRepository repository;
    private final DossierConfig config;

    AuditService(AuditRepository repository, DossierConfig config) {
        this.repository = repository;
        this.config = config;
    }

    public record Page(List<AuditEvent> items, String nextCursor) {}

    public Page search(AuditRepository.Filter filter, Integer limit, String cursor) {
        int size = limit == null ? config.paging().defaultLimit() : limit;
        if (size < 1 || size > config.paging().maxLimit()) {
            throw ValidationProblem.of(
                    "limit", "limit.range", "Between 1 and " + config.paging().maxLimit() + ".");
        }
        Cursor after = Cursor.decode(cursor, SORT);
        Long beforeSeq;
        try {
            beforeSeq = after == null ? null : Long.parseLong(after.key());
        } catch (NumberFormatException e) {
            throw ValidationProblem.of("cursor", "cursor.invalid", "The cursor is invalid.");
        }
        List<AuditEvent> rows = repository.search(filter, beforeSeq, size);
        if (rows.size() <= size) {
            return new Page(rows, null);
        }
        AuditEvent last = rows.get(size - 1);
        return new Page(
                rows.subList(0, size),
                new Cursor(SORT, Long.toString(last.seq()), last.id()).encode());
    }

    private static final String TIMELINE_SORT = "timeline";

    /**
     * One page of a customer's events, newest first in commit order (the chain's seq), for the
     * customer's timeline; the caller resolved the customer in its scope.
     */
    public Page customerEvents(
            UUID customerId,
            List<String> kinds,
            OffsetDateTime from,
            OffsetDateTime to,
            Integer limit,
            String cursor) {
        int size = limit == null ? config.paging().defaultLimit() : limit;
        if (size < 1 || size > config.paging().maxLimit()) {
            throw ValidationProblem.of(
                    "limit", "limit.range", "Between 1 and " + config.paging().maxLimit() + ".");
        }
        Cursor after = Cursor.decode(cursor, TIMELINE_SORT);
        Long beforeSeq;
        try {
            beforeSeq = after == null ? null : Long.parseLong(after.key());
        } catch (NumberFormatException e) {
            throw ValidationProblem.of("cursor", "cursor.invalid", "The cursor is invalid.");
        }
        List<AuditEvent> rows =
                repository.customerEvents(customerId, kinds, from, to, beforeSeq, size);
        if (rows.size() <= size) {
            return new Page(rows, null);
        }
        AuditEvent last = rows.get(size - 1);
        return new Page(
                rows.subList(0, size),
                new Cursor(TIMELINE_SORT, Long.toString(last.seq()), last.id()).encode());
    }

    public record Verification(
            boolean valid, long checked, AuditEvent firstBroken, Instant firstBrokenAt) {}

    /**
     * Recomputes every event's hash in chain order. An event is broken when its content no longer
     * matches its hash, when it does not name its predecessor's hash, or when its seq skips (an
     * event was removed).
     */
    public Verification verify() {
        String previousHash = AuditHash.GENESIS;
        long expectedSeq = 1;
        long checked = 0;
        AuditEvent firstBroken = null;
        List<AuditEvent> batch;
        do {
            batch = repository.chain(expectedSeq - 1, VERIFY_BATCH);
            for (AuditEvent event : batch) {
                checked++;
                boolean intact =
                        event.seq() == expectedSeq
                                && event.prevHash().equals(previousHash)
                                && event.hash().equals(AuditHash.of(event));
                if (!intact && firstBroken == null) {
                    firstBroken = event;
                }
                previousHash = event.hash();
                expectedSeq = event.seq() + 1;
            }
        } while (batch.size() == VERIFY_BATCH);
        return new Verification(
                firstBroken == null,
                checked,
                firstBroken,
                firstBroken == null ? null : firstBroken.occurredAt());
    }
}
