package com.dossier.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** An import of customers with contacts (批量导入): its rows are in import_row. */
@Entity
@Table(name = "import_job")
public class ImportJob {
    @Id public UUID id;

    @Column(name = "owner_id", nullable = false, updatable = false)
    public String ownerId;

    @Column(name = "owner_team")
    public String ownerTeam;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ImportStatus status;

    @Column(name = "total_rows", nullable = false)
    public int totalRows;

    @Column(name = "processed_rows", nullable = false)
    public int processedRows;

    @Column(name = "error_count", nullable = false)
    public int errorCount;

    @Column(name = "customer_count", nullable = false)
    public int customerCount;

    public String failure;

    @Version
    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "committed_at")
    public Instant committedAt;

    @Column(name = "reverted_at")
    public Instant revertedAt;
}
