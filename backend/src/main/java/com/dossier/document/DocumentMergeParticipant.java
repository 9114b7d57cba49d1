package com.dossier.document;

import com.dossier.audit.AuditWriter;
import com.dossier.customer.merge.MergeMoves;
import com.dossier.customer.merge.MergeParticipant;
import jakarta.enterprise.context.ApplicationScoped;

/** Documents move to the target of a merge; their versions and bytes follow their document. */
@ApplicationScoped
public class DocumentMergeParticipant implements MergeParticipant {
    private final MergeMoves moves;

    DocumentMergeParticipant(MergeMoves moves) {
        this.moves = moves;
    }

    @Override
    public String name() {
        return "documents";
    }

    @Override
    public int move(Merge merge) {
        return moves.move(
                        "document",
                        AuditWriter.DOCUMENT,
                        merge,
                        ", version = version + 1, updated_at = now()")
                .size();
    }
}
