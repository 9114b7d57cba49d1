package com.dossier.shared.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Rate limits (prefix `dossier.rate-limit`): requests per window, partners and staff apart. */
@ConfigMapping(prefix = "dossier.rate-limit")
public interface RateLimitConfig {
    /** Off, no request is limited and no header is sent. */
    @WithDefault("true")
    boolean enabled();

    /** Integration partners (realm role `partner`), counted per client (`azp`). */
    Policy partner();

    /** Everyone else, counted per user (`sub`). */
    Policy staff();

    interface Policy {
        /** Requests allowed per window (the bucket's capacity). */
        int requests();

        /** The window over which the bucket refills completely. */
        @WithDefault("60S")
        Duration window();
    }
}
