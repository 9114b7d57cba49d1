package com.dossier.customer.correction;

import com.dossier.api.model.CorrectionChangeDto;
import com.dossier.api.model.CorrectionCreateDto;
import com.dossier.audit.AuditWriter;
import com.dossier.audit.FieldChange;
import com.dossier.customer.Customer;
import com.dossier.customer.CustomerMapper;
import com.dossier.customer.CustomerService;
import com.dossier.customer.CustomerStatus;
import com.dossier.shared.config.DossierConfig;
import com.dossier.shared.error.ConflictProblem;
import com.dossier.shared.error.FieldError;
import com.dossier.shared.error.NotFoundProblem;
import com.dossier.shared.error.ValidationProblem;
import com.dossier.shared.security.Caller;
import com.dossier.shared.web.Cursor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Corrections of approved archives: proposed with each field's current and new value, accepted
 * (applied through the very merge-patch rules of PATCH, in the decision's transaction) or rejected
 * by a supervisor of the archive's team or a director. Current values are read from the archive's
 * contract representation, so every field PATCH accepts can be corrected without code here.
 */
@ApplicationScoped
public class CorrectionService {
    static final int MAX_REASON = 1000;
    private static final String CUSTOMER_SORT = "-proposedAt";
    private static final String INBOX_SORT = "proposedAt";

    private final CorrectionRepository repository;
    private final CustomerService customers;
    private final Caller caller;
    private final AuditWriter audit;
    private final ObjectMapper json;
    private final DossierConfig config;

    CorrectionService(
            CorrectionRepository repository,
            CustomerService customers,
            Caller caller,
            AuditWriter audit,
            ObjectMapper json,
            DossierConfig config) {
        this.repository = repository;
        this.customers = customers;
        this.caller = caller;
        this.audit = audit;
        this.json = json;
        this.config = config;
    }

    /** One field of a correction, values as JSON (NullNode when empty). */
    public record Change(String field, JsonNode oldValue, JsonNode newValue) {}

    @Transactional
    public Correction propose(UUID customerId, CorrectionCreateDto input) {
        Customer customer = customers.get(customerId);
        if (customer.status != CustomerStatus.APPROVED) {
            throw new ConflictProblem(
                    "not-approved",
                    "Archive is not approved",
                    switch (customer.status) {
                        case DRAFT -> "A draft is edited directly (PATCH); no correction needed.";
                        case PENDING_APPROVAL ->
                                "This archive awaits approval; corrections apply once it is"
                                        + " approved.";
                        default -> "This archive is archived; restore it before correcting it.";
                    });
        }
        String reason = reason(input.getReason());
        List<Change> changes = changes(input.getChanges());
        requireCurrent(customer, changes);
        Correction correction = new Correction();
        correction.id = UUID.randomUUID();
        correction.customerId = customer.id;
        correction.status = Correction.Status.PENDING;
        correction.changes = write(changes);
        correction.reason = reason;
        correction.proposedBy = caller.subject();
        correction.proposedByUsername = caller.username();
        correction.proposedAt = now();
        repository.persistAndFlush(correction);
        List<FieldChange> audited = new ArrayList<>();
        audited.add(new FieldChange("status", null, correction.status.name()));
        for (Change change : changes) {
            audited.add(
                    new FieldChange(
                            change.field(), text(change.oldValue()), text(change.newValue())));
        }
        audited.add(new FieldChange("reason", null, reason));
        audit.record(
                AuditWriter.CORRECTION, correction.id, customer.id, AuditWriter.PROPOSE, audited);
        return correction;
    }

    /**
     * Applies the correction: the archive gets each new value through CustomerService's merge patch
     * (its validation, its per-field audit event) and the correction is marked accepted, in one
     * transaction. A refused value (400) or a stale old value (409) leaves both unchanged.
     */
    @Transactional
    public Correction accept(UUID id) {
        Correction correction = pendingForDecision(id);
        Customer customer = customers.get(correction.customerId);
        List<Change> changes = read(correction.changes);
        requireCurrent(customer, changes);
        ObjectNode patch = json.createObjectNode();
        for (Change change : changes) {
            patch.set(change.field(), change.newValue());
        }
        customers.applyCorrection(customer.id, patch);
        return decided(correction, Correction.Status.ACCEPTED, null, AuditWriter.ACCEPT);
    }

    @Transactional
    public Correction reject(UUID id, String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > MAX_REASON) {
            throw ValidationProblem.of(
                    "reason",
                    "reason.required",
                    "Tell the proposer why (1–" + MAX_REASON + " characters).");
        }
        Correction correction = pendingForDecision(id);
        return decided(correction, Correction.Status.REJECTED, text, AuditWriter.REJECT);
    }

    public record Page(List<CorrectionRepository.Row> items, String nextCursor) {}

    /** A customer's corrections, newest first; the customer is resolved in the read scope. */
    public Page forCustomer(UUID customerId, Integer limit, String cursor) {
        Customer customer = customers.getForReading(customerId);
        int size = size(limit);
        Cursor after = Cursor.decode(cursor, CUSTOMER_SORT);
        List<Correction> rows =
                repository.forCustomer(
                        customer.id, instant(after), after == null ? null : after.id(), size);
        List<CorrectionRepository.Row> items =
                rows.stream()
                        .map(
                                r ->
                                        new CorrectionRepository.Row(
                                                r, customer.archiveNo, customer.name))
                        .toList();
        return page(items, size, CUSTOMER_SORT);
    }

    /** The inbox: corrections of the archives in the caller's scope, oldest first. */
    public Page inbox(String status, Integer limit, String cursor) {
        int size = size(limit);
        Cursor after = Cursor.decode(cursor, INBOX_SORT);
        List<CorrectionRepository.Row> rows =
                repository.inbox(
                        caller.scope(),
                        status == null ? null : Correction.Status.valueOf(status),
                        instant(after),
                        after == null ? null : after.id(),
                        size);
        return page(rows, size, INBOX_SORT);
    }

    public List<Change> changesOf(Correction correction) {
        return read(correction.changes);
    }

    private static Page page(List<CorrectionRepository.Row> rows, int size, String sort) {
        if (rows.size() <= size) {
            return new Page(rows, null);
        }
        Correction last = rows.get(size - 1).correction();
        return new Page(
                rows.subList(0, size),
                new Cursor(sort, last.proposedAt.toString(), last.id).encode());
    }

    /**
     * A pending correction of an archive in the caller's scope (else 404, as for an unknown id),
     * which the caller did not propose itself (403).
     */
    private Correction pendingForDecision(UUID id) {
        Correction correction = repository.findByIdOptional(id).orElse(null);
        if (correction == null || !customers.isInOwnScope(correction.customerId)) {
            throw new NotFoundProblem("No correction with this id.");
        }
        if (caller.subject() != null && caller.subject().equals(correction.proposedBy)) {
            throw new ForbiddenException("Nobody decides on a correction they proposed.");
        }
        if (correction.status != Correction.Status.PENDING) {
            throw new ConflictProblem(
                    "invalid-transition",
                    "Correction is " + correction.status.name().toLowerCase(),
                    "Only a pending correction can be decided; this one is "
                            + correction.status
                            + ".");
        }
        return correction;
    }

    /**
     * Rejects every pending correction of an archive being merged into another one: they propose
     * changes of the duplicate's own profile, which is archived. Joins the merge's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    int rejectPendingOfMerged(UUID customerId, String reason) {
        List<Correction> pending =
                repository
                        .find(
                                "customerId = ?1 and status = ?2",
                                customerId,
                                Correction.Status.PENDING)
                        .list();
        for (Correction correction : pending) {
            decided(correction, Correction.Status.REJECTED, reason, AuditWriter.REJECT);
        }
        return pending.size();
    }

    private Correction decided(
            Correction correction, Correction.Status status, String reason, String action) {
        correction.status = status;
        correction.decidedBy = caller.subject();
        correction.decidedByUsername = caller.username();
        correction.decidedAt = now();
        correction.decisionReason = reason;
        repository.flush();
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange("status", Correction.Status.PENDING.name(), status.name()));
        if (reason != null) {
            changes.add(new FieldChange("decisionReason", null, reason));
        }
        audit.record(AuditWriter.CORRECTION, correction.id, correction.customerId, action, changes);
        return correction;
    }

    /** 409 unless every old value is the archive's current value. */
    private void requireCurrent(Customer customer, List<Change> changes) {
        JsonNode current = json.valueToTree(CustomerMapper.toDto(customer, true));
        for (Change change : changes) {
            JsonNode now = current.path(change.field());
            JsonNode nowValue = now.isMissingNode() ? NullNode.getInstance() : now;
            if (!nowValue.equals(change.oldValue())) {
                throw new ConflictProblem(
                        "stale-correction",
                        "Correction is out of date",
                        "The current value of "
                                + change.field()
                                + " is no longer the old value of this correction; reload the"
                                + " archive and propose the correction again.");
            }
        }
    }

    private List<Change> changes(List<CorrectionChangeDto> input) {
        List<FieldError> errors = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (input == null || input.isEmpty()) {
            throw ValidationProblem.of(
                    "changes", "changes.required", "Name at least one field to correct.");
        }
        for (int i = 0; i < input.size(); i++) {
            CorrectionChangeDto change = input.get(i);
            String path = "changes[" + i + "].field";
            String field = change.getField();
            if (field == null || !CustomerService.editableFields().contains(field)) {
                errors.add(
                        new FieldError(
                                path,
                                "correction.field",
                                "Not a field of the archive that can be corrected."));
                continue;
            }
            if (!seen.add(field)) {
                errors.add(
                        new FieldError(path, "correction.duplicate", "Each field at most once."));
                continue;
            }
            JsonNode oldValue = value(change.getOldValue());
            JsonNode newValue = value(change.getNewValue());
            if (oldValue.equals(newValue)) {
                errors.add(
                        new FieldError(
                                "changes[" + i + "].newValue",
                                "correction.unchanged",
                                "The new value is the old one."));
                continue;
            }
            changes.add(new Change(field, oldValue, newValue));
        }
        if (!errors.isEmpty()) {
            throw new ValidationProblem(errors);
        }
        return changes;
    }

    private JsonNode value(Object raw) {
        if (raw == null) {
            return NullNode.getInstance();
        }
        JsonNode node = json.valueToTree(raw);
        // An empty string is no value, as PATCH stores it.
        return node.isTextual() && node.textValue().isBlank() ? NullNode.getInstance() : node;
    }

    private String write(List<Change> changes) {
        ArrayNode array = json.createArrayNode();
        for (Change change : changes) {
            array.addObject()
                    .put("field", change.field())
                    .<ObjectNode>set("oldValue", change.oldValue())
                    .set("newValue", change.newValue());
        }
        try {
            return json.writeValueAsString(array);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Change> read(String stored) {
        try {
            List<Change> changes = new ArrayList<>();
            for (JsonNode node : json.readTree(stored)) {
                changes.add(
                        new Change(
                                node.path("field").asText(),
                                orNull(node.get("oldValue")),
                                orNull(node.get("newValue"))));
            }
            return changes;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored correction is not JSON", e);
        }
    }

    private static JsonNode orNull(JsonNode node) {
        return node == null ? NullNode.getInstance() : node;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull()
                ? null
                : node.isTextual() ? node.textValue() : node.toString();
    }

    private static String reason(String raw) {
        String reason = raw == null ? "" : raw.strip();
        if (reason.isEmpty() || reason.length() > MAX_REASON) {
            throw ValidationProblem.of(
                    "reason",
                    "reason.required",
                    "Say why the archive should change (1–" + MAX_REASON + " characters).");
        }
        return reason;
    }

    private int size(Integer limit) {
        int size = limit == null ? config.paging().defaultLimit() : limit;
        if (size < 1 || size > config.paging().maxLimit()) {
            throw ValidationProblem.of(
                    "limit", "limit.range", "Between 1 and " + config.paging().maxLimit() + ".");
        }
        return size;
    }

    private static Instant instant(Cursor after) {
        if (after == null) {
            return null;
        }
        try {
            return Instant.parse(after.key());
        } catch (RuntimeException e) {
            throw ValidationProblem.of("cursor", "cursor.invalid", "The cursor is invalid.");
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
