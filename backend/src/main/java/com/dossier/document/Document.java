package com.dossier.document;

import com.dossier.shared.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A document in a customer's file (原始资料): its metadata. The files live in {@link DocumentVersion}
 * rows, their bytes in {@link DocumentContent}. Never deleted: withdrawn instead.
 */
@Entity
@Table(name = "document")
public class Document extends VersionedEntity {
    public static final String ACTIVE = "ACTIVE";
    public static final String WITHDRAWN = "WITHDRAWN";

    @Id public UUID id;

    @Column(name = "customer_id", nullable = false)
    public UUID customerId;

    @Column(nullable = false)
    public String type;

    @Column(nullable = false)
    public String title;

    @Column(name = "document_date")
    public LocalDate documentDate;

    @Column(name = "page_count")
    public Integer pageCount;

    @Column(nullable = false)
    public int position;

    @Column(name = "valid_until")
    public LocalDate validUntil;

    @Column(nullable = false)
    public String status = ACTIVE;

    @Column(name = "current_version", nullable = false)
    public int currentVersion;

    /** Past its validity date (today is still valid). */
    public boolean expiredOn(LocalDate today) {
        return validUntil != null && validUntil.isBefore(today);
    }
}
