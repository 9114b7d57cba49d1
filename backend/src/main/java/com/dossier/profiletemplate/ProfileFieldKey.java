package com.dossier.profiletemplate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A custom field key, registered once across all templates, with its template and type. */
@Entity
@Table(name = "profile_field_key")
public class ProfileFieldKey {
    @Id
    @Column(name = "field_key")
    public String key;

    @Column(name = "template_id", nullable = false)
    public UUID templateId;

    @Column(name = "field_type", nullable = false)
    public String type;
}
