package com.dossier.imports;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Imports (prefix `dossier.imports`). */
@ConfigMapping(prefix = "dossier.imports")
public interface ImportsConfig {
    /** Largest file accepted; larger ones are refused with 413 and nothing is stored. */
    @WithDefault("10M")
    MemorySize maxSize();

    /** Most data rows in one file; more are refused with 400. */
    @WithDefault("20000")
    int maxRows();
}
