package com.dossier.transaction;

import com.dossier.api.model.CurrencyTotalsDto;
import com.dossier.api.model.PaymentDto;
import com.dossier.api.model.PaymentMethodDto;
import com.dossier.api.model.PaymentTermsDto;
import com.dossier.api.model.TransactionDto;
import com.dossier.api.model.TransactionLineDto;
import com.dossier.api.model.TransactionSummaryDto;
import com.dossier.product.Product;
import java.math.BigDecimal;
import java.time.ZoneOffset;

/** Entity ↔ contract DTO; money leaves as plain decimal strings with two decimals. */
final class TransactionMapper {
    private TransactionMapper() {}

    static TransactionDto toDto(TransactionService.Full full) {
        CustomerTransaction t = full.transaction();
        BigDecimal overdue = t.overdue(full.today());
        return new TransactionDto()
                .id(t.id)
                .customerId(t.customerId)
                .number(t.number)
                .transactionDate(t.transactionDate)
                .currency(t.currency)
                .totalAmount(money(t.totalAmount))
                .paidAmount(money(t.paidAmount))
                .outstandingAmount(money(t.outstanding()))
                .overdueAmount(money(overdue))
                .overdue(overdue.signum() > 0)
                .dueDate(t.dueDate)
                .paymentTerms(
                        t.paymentTerms == null ? null : PaymentTermsDto.fromValue(t.paymentTerms))
                .status(TransactionService.status(t))
                .notes(t.notes)
                .lineItems(
                        full.lines().stream()
                                .map(l -> line(l, full.products().get(l.productId)))
                                .toList())
                .payments(full.payments().stream().map(TransactionMapper::payment).toList())
                .voidedAt(t.voidedAt == null ? null : t.voidedAt.atOffset(ZoneOffset.UTC))
                .voidReason(t.voidReason)
                .version(t.version)
                .createdAt(t.createdAt.atOffset(ZoneOffset.UTC))
                .updatedAt(t.updatedAt.atOffset(ZoneOffset.UTC));
    }

    static TransactionSummaryDto toDto(TransactionService.Summary summary) {
        return new TransactionSummaryDto()
                .customerId(summary.customerId())
                .asOf(summary.asOf())
                .currencies(
                        summary.currencies().stream()
                                .map(
                                        c ->
                                                new CurrencyTotalsDto()
                                                        .currency(c.currency())
                                                        .count(c.count())
                                                        .totalAmount(money(c.total()))
                                                        .paidAmount(money(c.paid()))
                                                        .outstandingAmount(money(c.outstanding()))
                                                        .overdueAmount(money(c.overdue()))
                                                        .overdueCount(c.overdueCount())
                                                        .firstTransactionDate(c.first())
                                                        .lastTransactionDate(c.last()))
                                .toList());
    }

    private static TransactionLineDto line(TransactionLine l, Product product) {
        return new TransactionLineDto()
                .lineNo(l.lineNo)
                .productId(l.productId)
                .productCode(product == null ? "" : product.code)
                .productName(product == null ? "" : product.name)
                .unit(product == null ? null : product.unit)
                .quantity(quantity(l.quantity))
                .unitPrice(money(l.unitPrice))
                .amount(money(l.amount));
    }

    private static PaymentDto payment(TransactionPayment p) {
        return new PaymentDto()
                .id(p.id)
                .paymentDate(p.paymentDate)
                .amount(money(p.amount))
                .method(p.method == null ? null : PaymentMethodDto.fromValue(p.method))
                .reference(p.reference)
                .recordedAt(p.recordedAt.atOffset(ZoneOffset.UTC))
                .recordedBy(p.recordedBy);
    }

    static String money(BigDecimal amount) {
        return amount.setScale(2).toPlainString();
    }

    /** Quantities without trailing zeros: 10, 2.5, 0.125. */
    static String quantity(BigDecimal quantity) {
        BigDecimal plain = quantity.stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
    }
}
