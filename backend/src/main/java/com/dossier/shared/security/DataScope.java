package com.dossier.shared.security;

import java.util.List;

/**
 * Which customers a caller may see: all of them, or those it owns, those of its teams and those
 * explicitly shared with it ({@code sharedWith}, a user id). Repositories turn this into a SQL
 * predicate, so nothing is filtered after loading.
 */
public record DataScope(boolean all, String ownerId, List<String> teams, String sharedWith) {
    public static DataScope everything() {
        return new DataScope(true, null, List.of(), null);
    }
}
