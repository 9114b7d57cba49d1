package com.dossier.customer.lifecycle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One periodic review of an archive (定期复核); written once. */
@Entity
@Table(name = "customer_review")
public class CustomerReview {
    @Id public UUID id;

    @Column(name = "customer_id", nullable = false, updatable = false)
    public UUID customerId;

    @Column(nullable = false, updatable = false)
    public boolean checked;

    @Column(updatable = false)
    public String findings;

    @Column(updatable = false)
    public String tier;

    @Column(name = "reviewer_id", updatable = false)
    public String reviewerId;

    @Column(name = "reviewer_username", updatable = false)
    public String reviewerUsername;

    @Column(name = "reviewed_on", nullable = false, updatable = false)
    public LocalDate reviewedOn;

    @Column(name = "reviewed_at", nullable = false, updatable = false)
    public Instant reviewedAt;

    @Column(name = "next_review_on", nullable = false, updatable = false)
    public LocalDate nextReviewOn;
}
