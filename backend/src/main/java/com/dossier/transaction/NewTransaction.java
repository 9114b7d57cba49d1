package com.dossier.transaction;

import com.dossier.api.model.PartnerTransactionCreateDto;
import com.dossier.api.model.PaymentCreateDto;
import com.dossier.api.model.PaymentTermsDto;
import com.dossier.api.model.TransactionCreateDto;
import com.dossier.api.model.TransactionLineCreateDto;
import java.time.LocalDate;
import java.util.List;

/** What both create bodies (under a customer, and the partner's) ask for. */
record NewTransaction(
        String number,
        LocalDate transactionDate,
        String currency,
        PaymentTermsDto paymentTerms,
        LocalDate dueDate,
        String totalAmount,
        String notes,
        List<TransactionLineCreateDto> lineItems,
        List<PaymentCreateDto> payments) {

    static NewTransaction of(TransactionCreateDto body) {
        return new NewTransaction(
                body.getNumber(),
                body.getTransactionDate(),
                body.getCurrency(),
                body.getPaymentTerms(),
                body.getDueDate(),
                body.getTotalAmount(),
                body.getNotes(),
                body.getLineItems(),
                body.getPayments());
    }

    static NewTransaction of(PartnerTransactionCreateDto body) {
        return new NewTransaction(
                body.getNumber(),
                body.getTransactionDate(),
                body.getCurrency(),
                body.getPaymentTerms(),
                body.getDueDate(),
                body.getTotalAmount(),
                body.getNotes(),
                body.getLineItems(),
                body.getPayments());
    }
}
