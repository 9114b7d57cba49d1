package com.dossier.shared.ratelimit;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Limits small enough to exhaust in a test. */
public class TinyRateLimits implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "dossier.rate-limit.partner.requests", "3",
                "dossier.rate-limit.partner.window", "60S",
                "dossier.rate-limit.staff.requests", "5",
                "dossier.rate-limit.staff.window", "60S");
    }
}
