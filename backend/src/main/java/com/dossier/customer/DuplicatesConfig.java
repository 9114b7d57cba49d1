package com.dossier.customer;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The duplicate check of new archives (prefix `dossier.duplicates`). */
@ConfigMapping(prefix = "dossier.duplicates")
public interface DuplicatesConfig {
    /**
     * Trigram similarity (pg_trgm, 0 to 1) of two lower-cased names from which they count as a
     * likely duplicate.
     */
    @WithDefault("0.45")
    double nameSimilarity();

    /** The most candidates one check answers. */
    @WithDefault("20")
    int limit();
}
