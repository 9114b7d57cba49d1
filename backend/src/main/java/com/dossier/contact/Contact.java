package com.dossier.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A person at a customer (联系人). Contacts who leave are kept and marked inactive. */
@Entity
@Table(name = "contact")
public class Contact {
    @Id public UUID id;

    @Column(name = "customer_id", nullable = false, updatable = false)
    public UUID customerId;

    @Column(nullable = false)
    public String name;

    public String title;
    public String department;
    public String mobile;
    public String phone;
    public String email;
    public LocalDate birthday;

    @Column(name = "decision_role")
    public String decisionRole;

    public String hobbies;
    public String notes;

    @Column(name = "is_primary", nullable = false)
    public boolean primary;

    @Column(nullable = false)
    public boolean active = true;

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
