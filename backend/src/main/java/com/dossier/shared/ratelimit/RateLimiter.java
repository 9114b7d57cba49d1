package com.dossier.shared.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * Token buckets in this process: each key holds up to `requests` tokens and regains them evenly
 * over `window`; a request takes one. With several backend instances each counts on its own, so a
 * client may reach (instances × limit); a shared store (Redis, or a row per key in PostgreSQL)
 * would replace this class behind the same {@link #take} when that matters.
 */
@ApplicationScoped
public class RateLimiter {
    /** The outcome of one request: allowed or not, what is left, when to come back. */
    public record Decision(
            boolean allowed,
            String policy,
            int quota,
            long windowSeconds,
            int remaining,
            long resetSeconds,
            long retryAfterSeconds) {}

    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;

    RateLimiter() {
        this(System::nanoTime);
    }

    RateLimiter(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    public Decision take(String policy, String key, RateLimitConfig.Policy limits) {
        int quota = Math.max(1, limits.requests());
        long windowNanos = Math.max(1_000_000_000L, limits.window().toNanos());
        Bucket bucket =
                buckets.computeIfAbsent(
                        policy + "|" + key, k -> new Bucket(quota, nanoTime.getAsLong()));
        synchronized (bucket) {
            long now = nanoTime.getAsLong();
            double perNano = (double) quota / windowNanos;
            bucket.tokens = Math.min(quota, bucket.tokens + (now - bucket.at) * perNano);
            bucket.at = now;
            boolean allowed = bucket.tokens >= 1;
            if (allowed) {
                bucket.tokens -= 1;
            }
            long reset = seconds((quota - bucket.tokens) / perNano);
            long retry = allowed ? 0 : Math.max(1, seconds((1 - bucket.tokens) / perNano));
            return new Decision(
                    allowed,
                    policy,
                    quota,
                    windowNanos / 1_000_000_000L,
                    (int) Math.floor(bucket.tokens),
                    reset,
                    retry);
        }
    }

    private static long seconds(double nanos) {
        return (long) Math.ceil(nanos / 1_000_000_000d);
    }

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(int tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }
}
