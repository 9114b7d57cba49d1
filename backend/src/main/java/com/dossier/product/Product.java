package com.dossier.product;

import com.dossier.shared.persistence.VersionedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A product sold to customers (产品); withdrawn ones are kept and marked inactive. */
@Entity
@Table(name = "product")
public class Product extends VersionedEntity {
    @Id public UUID id;

    public String code;
    public String name;
    public String category;
    public String unit;
    public boolean active = true;
}
