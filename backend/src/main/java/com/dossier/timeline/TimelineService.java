package com.dossier.timeline;

import com.dossier.audit.AuditEvent;
import com.dossier.audit.AuditService;
import com.dossier.audit.AuditWriter;
import com.dossier.audit.FieldChange;
import com.dossier.customer.CustomerService;
import com.dossier.customer.SensitiveFields;
import com.dossier.shared.error.ValidationProblem;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A customer's timeline (360° view): everything that happened to the archive and its records,
 * newest first.
 *
 * <p>It is read from the audit trail rather than assembled from each module's tables: every change
 * is already audited in its own transaction with the customer's id, per field, with who and when,
 * so the trail is complete by construction and a later module (visits, complaints, surveys,
 * credit…) appears here as soon as it records its changes against the customer, without touching
 * this code. One indexed walk ({@code audit_event (customer_id, seq desc)}) serves a page; seq is
 * the chain's commit order, so pages are stable while new events arrive.
 */
@ApplicationScoped
public class TimelineService {
    private static final Pattern KIND = Pattern.compile("[A-Z][A-Z_]*\\.[A-Z][A-Z_]*");

    /** Entity types whose field names are customer fields, where sensitive values are masked. */
    private static final Set<String> CUSTOMER_FIELDS =
            Set.of(AuditWriter.CUSTOMER, AuditWriter.CORRECTION);

    private final AuditService audit;
    private final CustomerService customers;

    TimelineService(AuditService audit, CustomerService customers) {
        this.audit = audit;
        this.customers = customers;
    }

    /** One change of a timeline item; values are null when masked. */
    public record Change(String field, String oldValue, String newValue, boolean masked) {}

    /** One item of the timeline. */
    public record Item(
            UUID id,
            Instant occurredAt,
            String entityType,
            String entityId,
            String action,
            String actorId,
            String actorUsername,
            List<Change> changes) {
        public String kind() {
            return entityType + "." + action;
        }
    }

    public record Page(List<Item> items, String nextCursor) {}

    public Page page(
            UUID customerId,
            List<String> kinds,
            OffsetDateTime from,
            OffsetDateTime to,
            Integer limit,
            String cursor) {
        UUID id = customers.getForReading(customerId).id;
        List<String> wanted = kinds == null ? List.of() : kinds;
        for (String kind : wanted) {
            if (kind == null || !KIND.matcher(kind).matches()) {
                throw ValidationProblem.of(
                        "kinds",
                        "kinds.invalid",
                        "Each kind is ENTITY.ACTION in capitals, e.g. CUSTOMER.UPDATE.");
            }
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw ValidationProblem.of("to", "to.beforeFrom", "Must be after `from`.");
        }
        AuditService.Page page = audit.customerEvents(id, wanted, from, to, limit, cursor);
        return new Page(
                page.items().stream().map(TimelineService::item).toList(), page.nextCursor());
    }

    private static Item item(AuditEvent event) {
        boolean customerFields = CUSTOMER_FIELDS.contains(event.entityType());
        return new Item(
                event.id(),
                event.occurredAt(),
                event.entityType(),
                event.entityId(),
                event.action(),
                event.actorId(),
                event.actorUsername(),
                event.changes().stream().map(c -> change(c, customerFields)).toList());
    }

    private static Change change(FieldChange change, boolean customerFields) {
        if (customerFields && SensitiveFields.isSensitive(change.field())) {
            return new Change(change.field(), null, null, true);
        }
        return new Change(change.field(), change.oldValue(), change.newValue(), false);
    }
}
