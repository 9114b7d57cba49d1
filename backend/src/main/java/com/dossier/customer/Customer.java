package com.dossier.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A customer archive (客户档案). Never reaches JSON: CustomerMapper builds the DTO. */
@Entity
@Table(name = "customer")
public class Customer {
    @Id public UUID id;

    @Column(name = "archive_no", nullable = false, updatable = false)
    public String archiveNo;

    /** ORGANIZATION or INDIVIDUAL, as the contract spells them. */
    @Column(nullable = false, updatable = false)
    public String kind;

    @Column(nullable = false)
    public String name;

    @Column(name = "short_name")
    public String shortName;

    @Column(name = "credit_code")
    public String creditCode;

    public String nature;
    public String industry;
    public String region;
    public String address;
    public String phone;
    public String email;
    public String notes;

    @Column(name = "owner_id")
    public String ownerId;

    public String team;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CustomerStatus status;

    /** Where restore returns to. */
    @Enumerated(EnumType.STRING)
    @Column(name = "status_before_archive")
    public CustomerStatus statusBeforeArchive;

    /** Checked by every UPDATE, so two writers can never both win. */
    @Version
    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }
}
