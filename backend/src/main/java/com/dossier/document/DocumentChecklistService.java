package com.dossier.document;

import com.dossier.api.model.CustomerKindDto;
import com.dossier.api.model.DocumentTypeDto;
import com.dossier.audit.AuditWriter;
import com.dossier.audit.FieldChange;
import com.dossier.customer.Customer;
import com.dossier.customer.CustomerService;
import com.dossier.shared.error.NotFoundProblem;
import com.dossier.shared.web.ETags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Required-document checklists per customer kind, and the completeness of a customer's file. */
@ApplicationScoped
public class DocumentChecklistService {
    private final DocumentChecklistRepository checklists;
    private final DocumentRepository documents;
    private final CustomerService customers;
    private final AuditWriter audit;

    DocumentChecklistService(
            DocumentChecklistRepository checklists,
            DocumentRepository documents,
            CustomerService customers,
            AuditWriter audit) {
        this.checklists = checklists;
        this.documents = documents;
        this.customers = customers;
        this.audit = audit;
    }

    /** How a customer's file stands against its kind's checklist. */
    public record Completeness(
            UUID customerId,
            String kind,
            int percentage,
            List<String> required,
            List<String> present,
            List<String> missing,
            List<String> expired) {}

    public List<DocumentChecklist> list() {
        return checklists.listAll().stream()
                .sorted((a, b) -> kindOrder(a.kind) - kindOrder(b.kind))
                .toList();
    }

    public DocumentChecklist get(CustomerKindDto kind) {
        return checklists
                .findByIdOptional(kind.toString())
                .orElseThrow(() -> new NotFoundProblem("No checklist for this kind."));
    }

    @Transactional
    public DocumentChecklist replace(
            CustomerKindDto kind, Collection<DocumentTypeDto> types, String ifMatch) {
        DocumentChecklist checklist =
                checklists
                        .findByIdOptional(kind.toString(), LockModeType.PESSIMISTIC_WRITE)
                        .orElseThrow(() -> new NotFoundProblem("No checklist for this kind."));
        ETags.requireMatch(ifMatch, checklist.version);
        List<String> before = List.copyOf(checklist.requiredTypes);
        List<String> after = types.stream().map(DocumentTypeDto::toString).distinct().toList();
        if (!before.equals(after)) {
            checklist.requiredTypes.clear();
            checklist.requiredTypes.addAll(after);
            // Owned collections take part in optimistic locking: this moves the version (ETag).
            checklists.flush();
            audit.record(
                    AuditWriter.DOCUMENT_CHECKLIST,
                    checklist.kind,
                    null,
                    AuditWriter.UPDATE,
                    List.of(
                            new FieldChange(
                                    "requiredTypes",
                                    String.join(", ", before),
                                    String.join(", ", after))));
        }
        return checklist;
    }

    /**
     * A required type is present when the customer has an active document of that type valid today
     * (no validity date, or one not yet past); a type whose only documents are expired is missing
     * and also listed as expired.
     */
    public Completeness completeness(UUID customerId) {
        Customer customer = customers.getForReading(customerId);
        List<String> required =
                checklists
                        .findByIdOptional(customer.kind)
                        .map(c -> List.copyOf(c.requiredTypes))
                        .orElse(List.of());
        LocalDate today = DocumentService.today();
        Set<String> valid = new HashSet<>();
        Set<String> expiredOnly = new HashSet<>();
        for (Object[] row : documents.activeTypes(customerId)) {
            String type = (String) row[0];
            LocalDate validUntil = (LocalDate) row[1];
            if (validUntil == null || !validUntil.isBefore(today)) {
                valid.add(type);
            } else {
                expiredOnly.add(type);
            }
        }
        List<String> present = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> expired = new ArrayList<>();
        for (String type : required) {
            if (valid.contains(type)) {
                present.add(type);
            } else {
                missing.add(type);
                if (expiredOnly.contains(type)) {
                    expired.add(type);
                }
            }
        }
        int percentage = required.isEmpty() ? 100 : present.size() * 100 / required.size();
        return new Completeness(
                customerId, customer.kind, percentage, required, present, missing, expired);
    }

    private static int kindOrder(String kind) {
        return "ORGANIZATION".equals(kind) ? 0 : 1;
    }
}
