package com.dossier.customer.merge;

import com.dossier.customer.Customer;

/**
 * A module that keeps records of a customer and moves them when a duplicate archive is merged into
 * another one. Each module registers a CDI bean implementing this interface for its own tables;
 * {@link MergeService} calls every registered bean inside the merge's transaction, so a module
 * added later (visits, complaints, …) joins merges without changing them.
 */
public interface MergeParticipant {

    /** What moves, plural and in English ("contacts"); names its count in the audit trail. */
    String name();

    /**
     * Refuses the merge (throwing an API problem, e.g. a 409) when the records cannot move, before
     * anything moved. The default accepts.
     */
    default void check(Merge merge) {}

    /**
     * Moves the source's records to the target (or settles them otherwise, as documented by the
     * participant), writing their audit events; answers how many records it handled.
     */
    int move(Merge merge);

    /** The two archives of a merge and the reason given. */
    record Merge(Customer source, Customer target, String reason) {}
}
