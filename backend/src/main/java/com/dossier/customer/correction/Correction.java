package com.dossier.customer.correction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A proposed change to an approved archive (更正), and its decision. */
@Entity
@Table(name = "correction")
public class Correction {
    public enum Status {
        PENDING,
        ACCEPTED,
        REJECTED
    }

    @Id public UUID id;

    @Column(name = "customer_id", nullable = false, updatable = false)
    public UUID customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** JSON array of {field, oldValue, newValue}, values in their contract JSON types. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public String changes;

    @Column(nullable = false, updatable = false)
    public String reason;

    @Column(name = "proposed_by", updatable = false)
    public String proposedBy;

    @Column(name = "proposed_by_username", updatable = false)
    public String proposedByUsername;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    public Instant proposedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_by_username")
    public String decidedByUsername;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decision_reason")
    public String decisionReason;

    /** Two deciders at once: one wins, the other's flush fails. */
    @Version
    @Column(nullable = false)
    public long version;
}
