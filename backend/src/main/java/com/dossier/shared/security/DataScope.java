package com.dossier.shared.security;

import java.util.List;

/**
 * Which customers a caller may see: all of them, or those it owns, those of its teams, those
 * explicitly shared with it ({@code sharedWith}, a user id) and, for reads only, those of a valid
 * access grant ({@code grantee}, a user id; null in the scope of writes). Repositories turn this
 * into a SQL predicate, so nothing is filtered after loading.
 */
public record DataScope(
        boolean all, String ownerId, List<String> teams, String sharedWith, String grantee) {
    public static DataScope everything() {
        return new DataScope(true, null, List.of(), null, null);
    }

    /** The same scope widened by the caller's valid access grants: for reading, never writing. */
    public DataScope withGrantsOf(String userId) {
        return all ? this : new DataScope(false, ownerId, teams, sharedWith, userId);
    }
}
