package com.dossier.shared.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Business settings of Dossier (prefix `dossier`). */
@ConfigMapping(prefix = "dossier")
public interface DossierConfig {
    /** Prefix of archive numbers, `KH` as in 客户. */
    @WithDefault("KH")
    String archiveNumberPrefix();

    Paging paging();

    Http http();

    interface Http {
        /** Largest JSON request body (413 above it); uploads have dossier.documents.max-size. */
        @WithDefault("1M")
        MemorySize maxBodySize();
    }

    interface Paging {
        @WithDefault("20")
        int defaultLimit();

        @WithDefault("100")
        int maxLimit();
    }
}
