package com.dossier.savedfilter;

import com.dossier.shared.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A user's named customer-list filter (常用筛选): the list's query string, private to its owner. */
@Entity
@Table(name = "saved_filter")
public class SavedFilter extends VersionedEntity {
    @Id public UUID id;

    @Column(name = "owner_id", nullable = false, updatable = false)
    public String ownerId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String query;
}
