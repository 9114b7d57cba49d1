package com.dossier.customer.merge;

import com.dossier.audit.AuditWriter;
import com.dossier.audit.FieldChange;
import com.dossier.customer.Customer;
import com.dossier.customer.CustomerService;
import com.dossier.customer.CustomerStatus;
import com.dossier.shared.error.ConflictProblem;
import com.dossier.shared.error.NotFoundProblem;
import com.dossier.shared.error.ValidationProblem;
import com.dossier.shared.web.ETags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Merges a duplicate archive (the source) into the archive it repeats (the target), in one
 * transaction: every registered {@link MergeParticipant} moves its records, then the source is
 * archived through the normal status history with a pointer to the target, and both archives get an
 * audit event (action MERGE).
 */
@ApplicationScoped
public class MergeService {
    private final CustomerService customers;
    private final Instance<MergeParticipant> participants;
    private final AuditWriter audit;

    MergeService(
            CustomerService customers, Instance<MergeParticipant> participants, AuditWriter audit) {
        this.customers = customers;
        this.participants = participants;
        this.audit = audit;
    }

    @Transactional
    public Customer merge(UUID targetId, UUID sourceId, String reason, String ifMatch) {
        Customer target = customers.get(targetId);
        ETags.requireMatch(ifMatch, target.version);
        if (sourceId.equals(targetId)) {
            throw ValidationProblem.of(
                    "sourceId", "sourceId.self", "An archive cannot be merged into itself.");
        }
        String why = reason == null ? "" : reason.trim();
        if (why.isEmpty()) {
            throw ValidationProblem.of("reason", "reason.required", "Say why the archives merge.");
        }
        Customer source;
        try {
            source = customers.get(sourceId);
        } catch (NotFoundProblem e) {
            throw new NotFoundProblem("No customer with the id given as sourceId.");
        }
        if (target.status == CustomerStatus.ARCHIVED) {
            throw new ConflictProblem(
                    "target-archived",
                    "Target archive is archived",
                    "Archive "
                            + target.archiveNo
                            + " is archived; restore it before merging another archive into it.");
        }
        if (source.mergedInto != null) {
            throw new ConflictProblem(
                    "already-merged",
                    "Already merged",
                    "Archive " + source.archiveNo + " was already merged into another archive.");
        }
        if (!source.kind.equals(target.kind)) {
            throw new ConflictProblem(
                    "kind-mismatch",
                    "Different kinds of customer",
                    "Archive "
                            + source.archiveNo
                            + " is "
                            + source.kind
                            + " and "
                            + target.archiveNo
                            + " is "
                            + target.kind
                            + "; only archives of the same kind are merged.");
        }
        MergeParticipant.Merge merge = new MergeParticipant.Merge(source, target, why);
        List<MergeParticipant> ordered =
                participants.stream().sorted(Comparator.comparing(MergeParticipant::name)).toList();
        ordered.forEach(p -> p.check(merge));
        List<FieldChange> moved = new ArrayList<>();
        moved.add(new FieldChange("mergedFrom", null, source.archiveNo));
        moved.add(new FieldChange("reason", null, why));
        for (MergeParticipant participant : ordered) {
            int count = participant.move(merge);
            moved.add(new FieldChange(participant.name(), null, String.valueOf(count)));
        }
        customers.archiveMerged(source, target, why);
        customers.touch(target);
        audit.record(AuditWriter.CUSTOMER, target.id, target.id, AuditWriter.MERGE, moved);
        return target;
    }
}
