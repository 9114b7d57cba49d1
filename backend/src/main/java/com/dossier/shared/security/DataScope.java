package com.dossier.shared.security;

import java.util.List;

/**
 * Which customers a caller may see: all of them, or those it owns plus those of its teams.
 * Repositories turn this into a SQL predicate, so nothing is filtered after loading.
 */
public record DataScope(boolean all, String ownerId, List<String> teams) {
    public static DataScope everything() {
        return new DataScope(true, null, List.of());
    }
}
