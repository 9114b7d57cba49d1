package com.dossier.export;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One export file handed out (table export_log, append-only): who, when, what, how many rows. */
@Entity
@Table(name = "export_log")
public class ExportRecord {
    /** What was exported. */
    public static final String CUSTOMERS = "CUSTOMERS";

    @Id public UUID id;

    @Column(name = "exported_at", nullable = false)
    public Instant exportedAt;

    @Column(name = "user_id", nullable = false)
    public String userId;

    public String username;

    @Column(nullable = false)
    public String kind;

    /** The query string of the export request (its filters), as sent. */
    @Column(nullable = false)
    public String filter;

    @Column(name = "row_count", nullable = false)
    public int rowCount;

    @Column(name = "client_id")
    public String clientId;

    @Column(name = "trace_id")
    public String traceId;
}
