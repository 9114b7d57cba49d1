package com.dossier.customer;

import com.dossier.shared.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A customer archive (客户档案). Never reaches JSON: CustomerMapper builds the DTO. */
@Entity
@Table(name = "customer")
public class Customer extends VersionedEntity {
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

    /** When the next periodic review is due; null until the archive is approved. */
    @Column(name = "next_review_on")
    public LocalDate nextReviewOn;

    /** Where restore returns to. */
    @Enumerated(EnumType.STRING)
    @Column(name = "status_before_archive")
    public CustomerStatus statusBeforeArchive;
}
