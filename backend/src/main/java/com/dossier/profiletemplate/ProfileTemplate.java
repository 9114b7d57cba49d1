package com.dossier.profiletemplate;

import com.dossier.shared.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A profile template (档案模板): typed custom fields for a customer kind and/or business line. */
@Entity
@Table(name = "profile_template")
public class ProfileTemplate extends VersionedEntity {
    @Id public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    public String description;

    /** ORGANIZATION, INDIVIDUAL, or null for both. */
    @Column(name = "customer_kind")
    public String customerKind;

    @Column(name = "business_line")
    public String businessLine;

    @Column(nullable = false)
    public boolean active = true;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<TemplateField> fields = new ArrayList<>();
}
