package com.dossier.customer.correction;

import com.dossier.customer.merge.MergeParticipant;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Corrections of a merged archive stay with it, as part of its history; the pending ones are
 * rejected, naming the archive it was merged into, since the profile they would correct is
 * archived.
 */
@ApplicationScoped
public class CorrectionMergeParticipant implements MergeParticipant {
    private final CorrectionService corrections;

    CorrectionMergeParticipant(CorrectionService corrections) {
        this.corrections = corrections;
    }

    @Override
    public String name() {
        return "rejectedCorrections";
    }

    @Override
    public int move(Merge merge) {
        String reason = "Archive merged into " + merge.target().archiveNo + ": " + merge.reason();
        return corrections.rejectPendingOfMerged(
                merge.source().id, reason.length() > 1000 ? reason.substring(0, 1000) : reason);
    }
}
