package com.dossier.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One change of an archive's lifecycle status; written once, never updated. */
@Entity
@Table(name = "customer_status_change")
public class CustomerStatusChange {
    @Id public UUID id;

    @Column(name = "customer_id", nullable = false, updatable = false)
    public UUID customerId;

    /** Null for the creation of the archive. */
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    public CustomerStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    public CustomerStatus toStatus;

    @Column(name = "actor_id", updatable = false)
    public String actorId;

    @Column(name = "actor_username", updatable = false)
    public String actorUsername;

    @Column(updatable = false)
    public String reason;

    @Column(name = "changed_at", nullable = false, updatable = false)
    public Instant changedAt;
}
