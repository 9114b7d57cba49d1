package com.dossier.document;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Documents (prefix `dossier.documents`). */
@ConfigMapping(prefix = "dossier.documents")
public interface DocumentsConfig {
    /** Largest file accepted; larger uploads are refused with 413 and nothing is stored. */
    @WithDefault("20M")
    MemorySize maxSize();
}
