package com.dossier.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * The bytes of one version, in a table of their own: listing and reading metadata never loads them,
 * and they commit in the same transaction as the metadata that describes them.
 */
@Entity
@Table(name = "document_content")
public class DocumentContent {
    @Id
    @Column(name = "version_id")
    public UUID versionId;

    @Column(nullable = false, updatable = false)
    public byte[] bytes;
}
