package com.dossier.customer;

import com.dossier.customer.merge.MergeParticipant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Shares of the source move to the target of a merge, so whoever saw the duplicate sees the merged
 * archive; a user already sharing the target keeps that share, and its share of the source stays
 * with the (archived) source. Counted in the target's MERGE audit event.
 */
@ApplicationScoped
public class ShareMergeParticipant implements MergeParticipant {
    private final EntityManager em;

    ShareMergeParticipant(EntityManager em) {
        this.em = em;
    }

    @Override
    public String name() {
        return "shares";
    }

    @Override
    public int move(Merge merge) {
        return em.createNativeQuery(
                        "update customer_share s set customer_id = :target"
                                + " where s.customer_id = :source and not exists"
                                + " (select 1 from customer_share t where t.customer_id = :target"
                                + " and t.user_id = s.user_id)")
                .setParameter("source", merge.source().id)
                .setParameter("target", merge.target().id)
                .executeUpdate();
    }
}
