package com.dossier.transaction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** One line of a transaction; written once, never changed (the database refuses it). */
@Entity
@Table(name = "transaction_line")
public class TransactionLine {
    @Id public UUID id;

    @Column(name = "transaction_id", nullable = false, updatable = false)
    public UUID transactionId;

    @Column(name = "line_no", nullable = false, updatable = false)
    public int lineNo;

    @Column(name = "product_id", nullable = false, updatable = false)
    public UUID productId;

    @Column(nullable = false, updatable = false)
    public BigDecimal quantity;

    @Column(name = "unit_price", nullable = false, updatable = false)
    public BigDecimal unitPrice;

    @Column(nullable = false, updatable = false)
    public BigDecimal amount;
}
