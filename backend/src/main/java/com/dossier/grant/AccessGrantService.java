package com.dossier.grant;

import com.dossier.api.model.AccessGrantCreateDto;
import com.dossier.audit.AuditWriter;
import com.dossier.audit.FieldChanges;
import com.dossier.customer.CustomerService;
import com.dossier.shared.config.DossierConfig;
import com.dossier.shared.error.ConflictProblem;
import com.dossier.shared.error.FieldError;
import com.dossier.shared.error.NotFoundProblem;
import com.dossier.shared.error.ValidationProblem;
import com.dossier.shared.security.Caller;
import com.dossier.shared.security.Permissions;
import com.dossier.shared.web.Cursor;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Access grants: request → approve or reject → valid until it expires or is revoked. A grant is
 * seen (and revoked) by its requester and by the approvers; for anyone else it does not exist.
 * Every change is audited in its own transaction.
 */
@ApplicationScoped
public class AccessGrantService {
    static final int MIN_REASON = 10;
    static final int MAX_REASON = 1000;
    static final int MIN_LETTERS = 5;
    private static final String SORT = "-requestedAt";

    private final AccessGrantRepository repository;
    private final CustomerService customers;
    private final Caller caller;
    private final AuditWriter audit;
    private final DossierConfig config;

    AccessGrantService(
            AccessGrantRepository repository,
            CustomerService customers,
            Caller caller,
            AuditWriter audit,
            DossierConfig config) {
        this.repository = repository;
        this.customers = customers;
        this.caller = caller;
        this.audit = audit;
        this.config = config;
    }

    /** A grant that a consultation relied on: the customer was visible through it alone. */
    public record Reliance(UUID grantId, String reason) {}

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    @Transactional
    public AccessGrant request(AccessGrantCreateDto input) {
        List<FieldError> errors = new ArrayList<>();
        boolean byId = input.getCustomerId() != null;
        boolean byNumber = input.getArchiveNo() != null && !input.getArchiveNo().isBlank();
        if (byId == byNumber) {
            errors.add(
                    new FieldError(
                            "customerId",
                            "customer.oneOf",
                            "Name the customer by customerId or by archiveNo, not both."));
        }
        String reason = checkReason(input.getReason(), errors);
        Integer hours = input.getDurationHours();
        if (hours == null || hours < 1 || hours > 720) {
            errors.add(
                    new FieldError(
                            "durationHours",
                            "durationHours.range",
                            "Between 1 and 720 hours (30 days)."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationProblem(errors);
        }
        UUID customerId =
                customers.resolveExisting(
                        input.getCustomerId(), byNumber ? input.getArchiveNo() : null);
        repository
                .openFor(caller.subject(), customerId, now())
                .ifPresent(
                        open -> {
                            throw new ConflictProblem(
                                    "duplicate-request",
                                    "Access already requested",
                                    "You already have a "
                                            + (open.status == AccessGrant.Status.PENDING
                                                    ? "pending request"
                                                    : "valid grant")
                                            + " for this customer: "
                                            + open.id
                                            + ".");
                        });
        AccessGrant grant = new AccessGrant();
        grant.id = UUID.randomUUID();
        grant.customerId = customerId;
        grant.granteeId = caller.subject();
        grant.granteeUsername = caller.username();
        grant.reason = reason;
        grant.durationHours = hours;
        grant.status = AccessGrant.Status.PENDING;
        grant.requestedAt = now();
        repository.persistAndFlush(grant);
        audit.record(
                AuditWriter.ACCESS_GRANT,
                grant.id,
                customerId,
                AuditWriter.REQUEST,
                FieldChanges.created(snapshot(grant)));
        return grant;
    }

    /**
     * The precise rule for a reason: after trimming, 10 to 1000 characters (code points), among
     * them at least 5 different letters of any script — a sentence, not "aaaaaaaaaa" or digits.
     */
    static String checkReason(String raw, List<FieldError> errors) {
        String reason = raw == null ? "" : raw.strip();
        if (reason.isEmpty()) {
            errors.add(new FieldError("reason", "reason.required", "A reason is required."));
            return null;
        }
        int length = reason.codePointCount(0, reason.length());
        if (length < MIN_REASON) {
            errors.add(
                    new FieldError(
                            "reason",
                            "reason.tooShort",
                            "Explain in a sentence of at least " + MIN_REASON + " characters."));
        } else if (length > MAX_REASON) {
            errors.add(
                    new FieldError(
                            "reason", "reason.tooLong", "At most " + MAX_REASON + " characters."));
        } else if (reason.codePoints()
                        .filter(Character::isLetter)
                        .map(Character::toLowerCase)
                        .distinct()
                        .count()
                < MIN_LETTERS) {
            errors.add(
                    new FieldError(
                            "reason",
                            "reason.notASentence",
                            "Explain in words why access is needed (at least "
                                    + MIN_LETTERS
                                    + " different letters)."));
        }
        return reason;
    }

    public AccessGrant get(UUID id) {
        AccessGrant grant = repository.findByIdOptional(id).orElse(null);
        if (grant == null || !(isApprover() || caller.subject().equals(grant.granteeId))) {
            throw new NotFoundProblem("No access grant with this id.");
        }
        return grant;
    }

    public record Page(List<AccessGrant> items, String nextCursor) {}

    public Page list(String status, UUID customerId, boolean mine, Integer limit, String cursor) {
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
        String grantee = mine || !isApprover() ? caller.subject() : null;
        List<AccessGrant> rows =
                repository.page(
                        new AccessGrantRepository.Filter(status, customerId, grantee),
                        now(),
                        afterAt,
                        after == null ? null : after.id(),
                        size);
        if (rows.size() <= size) {
            return new Page(rows, null);
        }
        AccessGrant last = rows.get(size - 1);
        return new Page(
                rows.subList(0, size),
                new Cursor(SORT, last.requestedAt.toString(), last.id).encode());
    }

    @Transactional
    public AccessGrant approve(UUID id) {
        AccessGrant grant = pendingForDecision(id);
        Map<String, Object> before = snapshot(grant);
        Instant now = now();
        grant.status = AccessGrant.Status.APPROVED;
        grant.decidedBy = caller.subject();
        grant.decidedAt = now;
        grant.validFrom = now;
        grant.validUntil = now.plus(Duration.ofHours(grant.durationHours));
        return changed(grant, before, AuditWriter.APPROVE);
    }

    @Transactional
    public AccessGrant reject(UUID id, String reason) {
        String text =
                checkDecisionReason(reason, "Give the requester a reason (1–1000 characters).");
        AccessGrant grant = pendingForDecision(id);
        Map<String, Object> before = snapshot(grant);
        grant.status = AccessGrant.Status.REJECTED;
        grant.decidedBy = caller.subject();
        grant.decidedAt = now();
        grant.decisionReason = text;
        return changed(grant, before, AuditWriter.REJECT);
    }

    @Transactional
    public AccessGrant revoke(UUID id, String reason) {
        String text = checkDecisionReason(reason, "Say why the grant ends (1–1000 characters).");
        AccessGrant grant = get(id);
        Instant now = now();
        if (!(grant.status == AccessGrant.Status.PENDING || grant.isValidAt(now))) {
            throw invalidTransition(grant, now, "Only a pending or valid grant can be revoked.");
        }
        Map<String, Object> before = snapshot(grant);
        grant.status = AccessGrant.Status.REVOKED;
        grant.revokedBy = caller.subject();
        grant.revokedAt = now;
        grant.revocationReason = text;
        return changed(grant, before, AuditWriter.REVOKE);
    }

    /**
     * For each customer the caller consulted through a valid grant alone (outside its own scope),
     * the grant it relied on. Customers in its own scope rely on nothing.
     */
    public Map<UUID, Reliance> reliedOn(Collection<UUID> customerIds) {
        Map<UUID, Reliance> relied = new HashMap<>();
        if (customerIds.isEmpty() || caller.subject() == null || caller.scope().all()) {
            return relied;
        }
        for (AccessGrant grant : repository.validFor(caller.subject(), customerIds, now())) {
            if (!relied.containsKey(grant.customerId)
                    && !customers.isInOwnScope(grant.customerId)) {
                relied.put(grant.customerId, new Reliance(grant.id, grant.reason));
            }
        }
        return relied;
    }

    private static String checkDecisionReason(String reason, String hint) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > MAX_REASON) {
            throw ValidationProblem.of("reason", "reason.required", hint);
        }
        return text;
    }

    private AccessGrant pendingForDecision(UUID id) {
        AccessGrant grant = get(id);
        if (caller.subject().equals(grant.granteeId)) {
            throw new ForbiddenException("Nobody approves or rejects its own access request.");
        }
        Instant now = now();
        if (grant.status != AccessGrant.Status.PENDING) {
            throw invalidTransition(grant, now, "Only a pending request can be decided.");
        }
        return grant;
    }

    private AccessGrant changed(AccessGrant grant, Map<String, Object> before, String action) {
        repository.flush();
        audit.record(
                AuditWriter.ACCESS_GRANT,
                grant.id,
                grant.customerId,
                action,
                FieldChanges.between(before, snapshot(grant)));
        return grant;
    }

    private static ConflictProblem invalidTransition(AccessGrant grant, Instant now, String what) {
        return new ConflictProblem(
                "invalid-transition",
                "Access grant is " + grant.effectiveStatus(now).toLowerCase(),
                what + " This one is " + grant.effectiveStatus(now) + ".");
    }

    private boolean isApprover() {
        return caller.roles().stream().anyMatch(Permissions.GRANT_APPROVERS::contains);
    }

    /** The audited fields, named as in the contract. */
    private static Map<String, Object> snapshot(AccessGrant g) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("customerId", g.customerId);
        fields.put("granteeId", g.granteeId);
        fields.put("reason", g.reason);
        fields.put("durationHours", g.durationHours);
        fields.put("status", g.status);
        fields.put("decidedBy", g.decidedBy);
        fields.put("decisionReason", g.decisionReason);
        fields.put("validFrom", g.validFrom);
        fields.put("validUntil", g.validUntil);
        fields.put("revokedBy", g.revokedBy);
        fields.put("revocationReason", g.revocationReason);
        return fields;
    }
}
