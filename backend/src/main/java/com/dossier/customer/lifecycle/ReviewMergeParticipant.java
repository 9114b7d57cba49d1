package com.dossier.customer.lifecycle;

import com.dossier.customer.merge.MergeParticipant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Periodic reviews of the source move to the target of a merge: they reviewed the same customer.
 * The target's next review date is not changed. Counted in the target's MERGE audit event.
 */
@ApplicationScoped
public class ReviewMergeParticipant implements MergeParticipant {
    private final EntityManager em;

    ReviewMergeParticipant(EntityManager em) {
        this.em = em;
    }

    @Override
    public String name() {
        return "reviews";
    }

    @Override
    public int move(Merge merge) {
        return em.createNativeQuery(
                        "update customer_review set customer_id = :target"
                                + " where customer_id = :source")
                .setParameter("source", merge.source().id)
                .setParameter("target", merge.target().id)
                .executeUpdate();
    }
}
