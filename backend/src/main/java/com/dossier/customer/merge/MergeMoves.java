package com.dossier.customer.merge;

import com.dossier.audit.AuditWriter;
import com.dossier.audit.FieldChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * The common move of {@link MergeParticipant}s: every row of a child table re-pointed from the
 * source to the target by one UPDATE, and one audit event per moved row (action MERGE, its
 * customerId old → new) in the same transaction.
 */
@ApplicationScoped
public class MergeMoves {
    private final EntityManager em;
    private final AuditWriter audit;

    MergeMoves(EntityManager em, AuditWriter audit) {
        this.em = em;
        this.audit = audit;
    }

    /**
     * Re-points the rows of {@code table} (a constant of the caller, never user input) with {@code
     * customer_id} = source; {@code alsoSet} adds assignments (", version = version + 1"). Answers
     * the moved ids.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> move(
            String table, String entityType, MergeParticipant.Merge merge, String alsoSet) {
        @SuppressWarnings("unchecked")
        List<UUID> ids =
                em.createNativeQuery(
                                "update "
                                        + table
                                        + " set customer_id = :target"
                                        + alsoSet
                                        + " where customer_id = :source returning id",
                                UUID.class)
                        .setParameter("target", merge.target().id)
                        .setParameter("source", merge.source().id)
                        .getResultList();
        for (UUID id : ids) {
            audit.record(
                    entityType,
                    id,
                    merge.target().id,
                    AuditWriter.MERGE,
                    List.of(
                            new FieldChange(
                                    "customerId",
                                    merge.source().id.toString(),
                                    merge.target().id.toString())));
        }
        return ids;
    }
}
