package com.dossier.contact;

import com.dossier.audit.AuditWriter;
import com.dossier.audit.FieldChange;
import com.dossier.customer.merge.MergeMoves;
import com.dossier.customer.merge.MergeParticipant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/**
 * Contacts move to the target of a merge; when the target already has a primary contact, the
 * source's primary contact arrives as an ordinary one (one primary per customer).
 */
@ApplicationScoped
public class ContactMergeParticipant implements MergeParticipant {
    private final EntityManager em;
    private final MergeMoves moves;
    private final AuditWriter audit;

    ContactMergeParticipant(EntityManager em, MergeMoves moves, AuditWriter audit) {
        this.em = em;
        this.moves = moves;
        this.audit = audit;
    }

    @Override
    public String name() {
        return "contacts";
    }

    @Override
    public int move(Merge merge) {
        @SuppressWarnings("unchecked")
        List<UUID> demoted =
                em.createNativeQuery(
                                "update contact set is_primary = false, version = version + 1,"
                                        + " updated_at = now() where customer_id = :source"
                                        + " and is_primary and exists (select 1 from contact t"
                                        + " where t.customer_id = :target and t.is_primary)"
                                        + " returning id",
                                UUID.class)
                        .setParameter("source", merge.source().id)
                        .setParameter("target", merge.target().id)
                        .getResultList();
        for (UUID id : demoted) {
            audit.record(
                    AuditWriter.CONTACT,
                    id,
                    merge.source().id,
                    AuditWriter.MERGE,
                    List.of(new FieldChange("primary", "true", "false")));
        }
        return moves.move(
                        "contact",
                        AuditWriter.CONTACT,
                        merge,
                        ", version = version + 1, updated_at = now()")
                .size();
    }
}
