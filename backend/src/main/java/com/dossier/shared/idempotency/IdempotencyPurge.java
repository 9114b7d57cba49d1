package com.dossier.shared.idempotency;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Removes stored responses once their retention has passed, so the table stays small. The DELETE is
 * idempotent, so several backend instances running it at the same time do no harm and need no lock.
 */
@ApplicationScoped
class IdempotencyPurge {
    private static final Logger LOG = Logger.getLogger(IdempotencyPurge.class);

    private final Idempotency idempotency;

    IdempotencyPurge(Idempotency idempotency) {
        this.idempotency = idempotency;
    }

    @Scheduled(
            identity = "idempotency-purge",
            every = "${dossier.idempotency.purge-every:1h}",
            delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        int removed = idempotency.purgeExpired();
        if (removed > 0) {
            LOG.infof("Removed %d expired idempotency records", removed);
        }
    }
}
