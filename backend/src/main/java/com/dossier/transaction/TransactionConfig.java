package com.dossier.transaction;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

/** Transaction settings (prefix `dossier.transactions`). */
@ConfigMapping(prefix = "dossier.transactions")
public interface TransactionConfig {
    /** The business time zone: "today", for overdue amounts, is the date there. */
    @WithDefault("Asia/Shanghai")
    ZoneId zone();
}
