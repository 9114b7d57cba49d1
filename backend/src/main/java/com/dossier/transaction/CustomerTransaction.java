package com.dossier.transaction;

import com.dossier.shared.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An order or invoice with a customer (交易记录). Never deleted: a wrong one is voided with a reason.
 * {@code paidAmount} is the sum of its payments, kept here under a row lock so outstanding and
 * overdue amounts are plain column expressions.
 */
@Entity
@Table(name = "customer_transaction")
public class CustomerTransaction extends VersionedEntity {
    @Id public UUID id;

    @Column(name = "customer_id", nullable = false)
    public UUID customerId;

    @Column(nullable = false, updatable = false)
    public String number;

    @Column(name = "transaction_date", nullable = false, updatable = false)
    public LocalDate transactionDate;

    @Column(nullable = false, updatable = false)
    public String currency;

    @Column(name = "total_amount", nullable = false, updatable = false)
    public BigDecimal totalAmount;

    @Column(name = "paid_amount", nullable = false)
    public BigDecimal paidAmount = BigDecimal.ZERO;

    @Column(name = "payment_terms", updatable = false)
    public String paymentTerms;

    @Column(name = "due_date", nullable = false, updatable = false)
    public LocalDate dueDate;

    @Column(updatable = false)
    public String notes;

    @Column(name = "voided_at")
    public Instant voidedAt;

    @Column(name = "void_reason")
    public String voidReason;

    @Column(name = "voided_by")
    public String voidedBy;

    @Column(name = "created_by", updatable = false)
    public String createdBy;

    public boolean voided() {
        return voidedAt != null;
    }

    /** Total minus paid; nothing is owed on a voided transaction. */
    public BigDecimal outstanding() {
        return voided() ? BigDecimal.ZERO.setScale(2) : totalAmount.subtract(paidAmount);
    }

    /** The outstanding amount once the due date has passed ({@code today} excluded). */
    public BigDecimal overdue(LocalDate today) {
        return dueDate.isBefore(today) ? outstanding() : BigDecimal.ZERO.setScale(2);
    }
}
