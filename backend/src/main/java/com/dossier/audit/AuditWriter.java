package com.dossier.audit;

import com.dossier.shared.security.RequestOrigin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The one way to record a change. Services call it inside the transaction of the change itself
 * (MANDATORY: without one it refuses), after their own writes, so the event commits or rolls back
 * with the change.
 *
 * <p>The chain stays linear under concurrency: a transaction-scoped advisory lock serialises
 * appends until commit, and each event takes the next seq and links the last committed hash.
 * Writers take the lock last, after their row locks, so it cannot take part in a deadlock.
 */
@ApplicationScoped
public class AuditWriter {
    public static final String CUSTOMER = "CUSTOMER";
    public static final String CONTACT = "CONTACT";
    public static final String ACCESS_GRANT = "ACCESS_GRANT";
    public static final String CORRECTION = "CORRECTION";
    public static final String PROFILE_TEMPLATE = "PROFILE_TEMPLATE";
    public static final String DOCUMENT = "DOCUMENT";
    public static final String DOCUMENT_CHECKLIST = "DOCUMENT_CHECKLIST";
    public static final String TRANSACTION = "TRANSACTION";
    public static final String EXPORT = "EXPORT";

    public static final String CREATE = "CREATE";
    public static final String UPDATE = "UPDATE";
    public static final String ARCHIVE = "ARCHIVE";
    public static final String RESTORE = "RESTORE";
    public static final String MARK_LEFT = "MARK_LEFT";
    public static final String REQUEST = "REQUEST";
    public static final String APPROVE = "APPROVE";
    public static final String REJECT = "REJECT";
    public static final String REVOKE = "REVOKE";
    public static final String SUBMIT = "SUBMIT";
    public static final String PROPOSE = "PROPOSE";
    public static final String ACCEPT = "ACCEPT";
    public static final String CORRECT = "CORRECT";
    public static final String TRANSFER = "TRANSFER";
    public static final String REVIEW = "REVIEW";
    public static final String UPLOAD_VERSION = "UPLOAD_VERSION";
    public static final String WITHDRAW = "WITHDRAW";
    public static final String INTEGRITY_FAILURE = "INTEGRITY_FAILURE";
    public static final String MERGE = "MERGE";

    private final AuditRepository repository;
    private final RequestOrigin origin;

    AuditWriter(AuditRepository repository, RequestOrigin origin) {
        this.repository = repository;
        this.origin = origin;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(
            String entityType,
            Object entityId,
            UUID customerId,
            String action,
            List<FieldChange> changes) {
        RequestOrigin.Origin who = origin.current();
        AuditRepository.Head head = repository.lockHead();
        AuditEvent unsigned =
                new AuditEvent(
                        UUID.randomUUID(),
                        head.seq() + 1,
                        // PostgreSQL keeps microseconds; the hash must cover what is stored.
                        Instant.now().truncatedTo(ChronoUnit.MICROS),
                        entityType,
                        String.valueOf(entityId),
                        customerId,
                        action,
                        List.copyOf(changes),
                        who.userId(),
                        who.username(),
                        who.clientId(),
                        who.traceId(),
                        head.hash(),
                        null);
        repository.insert(withHash(unsigned));
    }

    static AuditEvent withHash(AuditEvent e) {
        return new AuditEvent(
                e.id(),
                e.seq(),
                e.occurredAt(),
                e.entityType(),
                e.entityId(),
                e.customerId(),
                e.action(),
                e.changes(),
                e.actorId(),
                e.actorUsername(),
                e.clientId(),
                e.traceId(),
                e.prevHash(),
                AuditHash.of(e));
    }
}
