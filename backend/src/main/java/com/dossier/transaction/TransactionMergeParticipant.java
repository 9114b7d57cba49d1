package com.dossier.transaction;

import com.dossier.audit.AuditWriter;
import com.dossier.customer.merge.MergeMoves;
import com.dossier.customer.merge.MergeParticipant;
import com.dossier.shared.error.ConflictProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Transactions move to the target of a merge with their lines and payments (which point to the
 * transaction, not the customer, and are never changed). Transaction numbers are unique per
 * customer and are never renumbered: a number both archives use refuses the merge.
 */
@ApplicationScoped
public class TransactionMergeParticipant implements MergeParticipant {
    private final EntityManager em;
    private final MergeMoves moves;

    TransactionMergeParticipant(EntityManager em, MergeMoves moves) {
        this.em = em;
        this.moves = moves;
    }

    @Override
    public String name() {
        return "transactions";
    }

    @Override
    public void check(Merge merge) {
        @SuppressWarnings("unchecked")
        List<String> clashes =
                em.createNativeQuery(
                                "select s.number from customer_transaction s"
                                        + " join customer_transaction t on t.number = s.number"
                                        + " and t.customer_id = :target"
                                        + " where s.customer_id = :source order by s.number"
                                        + " limit 5",
                                String.class)
                        .setParameter("source", merge.source().id)
                        .setParameter("target", merge.target().id)
                        .getResultList();
        if (!clashes.isEmpty()) {
            throw new ConflictProblem(
                    "transaction-number-clash",
                    "Transaction numbers clash",
                    "Both archives have transactions numbered "
                            + String.join(", ", clashes)
                            + "; transaction numbers are unique per customer and are never"
                            + " changed, so these archives cannot be merged.");
        }
    }

    @Override
    public int move(Merge merge) {
        return moves.move(
                        "customer_transaction",
                        AuditWriter.TRANSACTION,
                        merge,
                        ", version = version + 1, updated_at = now()")
                .size();
    }
}
