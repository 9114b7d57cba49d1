package com.dossier.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One stored file of a document: written once, never changed. */
@Entity
@Table(name = "document_version")
public class DocumentVersion {
    @Id public UUID id;

    @Column(name = "document_id", nullable = false, updatable = false)
    public UUID documentId;

    @Column(name = "version_no", nullable = false, updatable = false)
    public int number;

    @Column(name = "file_name", nullable = false, updatable = false)
    public String fileName;

    @Column(name = "content_type", nullable = false, updatable = false)
    public String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    public long size;

    /** Lowercase hex SHA-256 of the bytes, computed at upload. */
    @Column(nullable = false, updatable = false)
    public String sha256;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    public Instant uploadedAt;

    @Column(name = "uploaded_by_id", updatable = false)
    public String uploadedById;

    @Column(name = "uploaded_by", updatable = false)
    public String uploadedBy;
}
