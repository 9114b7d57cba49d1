package com.dossier.shared.web;

import com.dossier.shared.error.PreconditionProblem;

/** Strong ETags derived from the entity version; If-Match is mandatory for changes. */
public final class ETags {
    private ETags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** Throws 428 when If-Match is missing and 412 when it names another version. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw PreconditionProblem.required();
        }
        String expected = of(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals(expected) || tag.equals("*")) {
                return;
            }
        }
        throw PreconditionProblem.failed();
    }

    /** The version an If-Match names, for the guarded UPDATE; 412 when it is not ours. */
    public static long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw PreconditionProblem.required();
        }
        String tag = ifMatch.trim();
        if (tag.length() < 3 || !tag.startsWith("\"") || !tag.endsWith("\"")) {
            throw PreconditionProblem.failed();
        }
        try {
            return Long.parseLong(tag.substring(1, tag.length() - 1));
        } catch (NumberFormatException e) {
            throw PreconditionProblem.failed();
        }
    }
}
