package com.dossier.grant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A request for read-only access to one customer and, once approved, the grant itself. */
@Entity
@Table(name = "access_grant")
public class AccessGrant {
    /** What is stored; EXPIRED is derived when read (APPROVED with validUntil passed). */
    public enum Status {
        PENDING,
        APPROVED,
        REJECTED,
        REVOKED
    }

    @Id public UUID id;

    @Column(name = "customer_id", nullable = false, updatable = false)
    public UUID customerId;

    @Column(name = "grantee_id", nullable = false, updatable = false)
    public String granteeId;

    @Column(name = "grantee_username", updatable = false)
    public String granteeUsername;

    @Column(nullable = false, updatable = false)
    public String reason;

    @Column(name = "duration_hours", nullable = false, updatable = false)
    public int durationHours;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "requested_at", nullable = false, updatable = false)
    public Instant requestedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "valid_from")
    public Instant validFrom;

    @Column(name = "valid_until")
    public Instant validUntil;

    @Column(name = "revoked_by")
    public String revokedBy;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revocation_reason")
    public String revocationReason;

    @Version public long version;

    /** Approved and not yet past validUntil. */
    public boolean isValidAt(Instant now) {
        return status == Status.APPROVED && validUntil != null && now.isBefore(validUntil);
    }

    /** The status as the contract shows it: an approved grant past validUntil is EXPIRED. */
    public String effectiveStatus(Instant now) {
        if (status == Status.APPROVED && !isValidAt(now)) {
            return "EXPIRED";
        }
        return status.name();
    }
}
