package com.dossier.transaction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A payment received for a transaction (回款); written once, never changed. */
@Entity
@Table(name = "transaction_payment")
public class TransactionPayment {
    @Id public UUID id;

    @Column(name = "transaction_id", nullable = false, updatable = false)
    public UUID transactionId;

    @Column(name = "payment_date", nullable = false, updatable = false)
    public LocalDate paymentDate;

    @Column(nullable = false, updatable = false)
    public BigDecimal amount;

    @Column(updatable = false)
    public String method;

    @Column(updatable = false)
    public String reference;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", updatable = false)
    public String recordedBy;
}
