package com.dossier.contact;

import com.dossier.shared.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A person at a customer (联系人). Contacts who leave are kept and marked inactive. */
@Entity
@Table(name = "contact")
public class Contact extends VersionedEntity {
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
}
