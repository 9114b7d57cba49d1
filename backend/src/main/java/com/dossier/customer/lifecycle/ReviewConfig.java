package com.dossier.customer.lifecycle;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Period;
import java.time.ZoneId;

/** Periodic review of archives (prefix `dossier.review`). */
@ConfigMapping(prefix = "dossier.review")
public interface ReviewConfig {
    /** Time between reviews, from approval or the last review (ISO 8601, e.g. P2M). */
    @WithDefault("P2M")
    Period interval();

    /** The business time zone in which "today" and due dates are reckoned. */
    @WithDefault("Asia/Shanghai")
    ZoneId zone();
}
