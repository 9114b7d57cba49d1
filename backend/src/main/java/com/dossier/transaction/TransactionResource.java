package com.dossier.transaction;

import com.dossier.api.TransactionsApi;
import com.dossier.api.model.PartnerTransactionCreateDto;
import com.dossier.api.model.PaymentCreateDto;
import com.dossier.api.model.TransactionCreateDto;
import com.dossier.api.model.TransactionPageDto;
import com.dossier.api.model.TransactionVoidDto;
import com.dossier.shared.idempotency.Idempotency;
import com.dossier.shared.security.Permissions;
import io.quarkus.security.PermissionsAllowed;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.util.UUID;

/** HTTP face of transactions; creating POSTs honour Idempotency-Key. */
public class TransactionResource implements TransactionsApi {
    private final TransactionService service;
    private final Idempotency idempotency;

    TransactionResource(TransactionService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @Override
    @PermissionsAllowed(Permissions.LIST_TRANSACTIONS)
    public Response listTransactions(UUID id, Boolean overdue, Integer limit, String cursor) {
        TransactionService.Page page =
                service.list(id, Boolean.TRUE.equals(overdue), limit, cursor);
        return Response.ok(
                        new TransactionPageDto()
                                .items(page.items().stream().map(TransactionMapper::toDto).toList())
                                .nextCursor(page.nextCursor()))
                .build();
    }

    @Override
    @PermissionsAllowed(Permissions.CREATE_TRANSACTION)
    public Response createTransaction(UUID id, TransactionCreateDto body, String idempotencyKey) {
        return idempotency.once(
                idempotencyKey,
                "POST",
                "/api/v1/customers/" + id + "/transactions",
                body,
                () -> created(service.create(id, NewTransaction.of(body))));
    }

    @Override
    @PermissionsAllowed(Permissions.CREATE_PARTNER_TRANSACTION)
    public Response createPartnerTransaction(
            PartnerTransactionCreateDto body, String idempotencyKey) {
        return idempotency.once(
                idempotencyKey,
                "POST",
                "/api/v1/transactions",
                body,
                () ->
                        created(
                                service.createNamed(
                                        body.getCustomerId(),
                                        body.getArchiveNo(),
                                        NewTransaction.of(body))));
    }

    @Override
    @PermissionsAllowed(Permissions.GET_TRANSACTION)
    public Response getTransaction(UUID id, UUID txId) {
        return Response.ok(TransactionMapper.toDto(service.get(id, txId))).build();
    }

    @Override
    @PermissionsAllowed(Permissions.GET_TRANSACTION_SUMMARY)
    public Response getTransactionSummary(UUID id) {
        return Response.ok(TransactionMapper.toDto(service.summary(id))).build();
    }

    @Override
    @PermissionsAllowed(Permissions.RECORD_TRANSACTION_PAYMENT)
    public Response recordTransactionPayment(
            UUID id, UUID txId, PaymentCreateDto body, String idempotencyKey) {
        return idempotency.once(
                idempotencyKey,
                "POST",
                "/api/v1/customers/" + id + "/transactions/" + txId + "/payments",
                body,
                () ->
                        Response.created(location(id, txId))
                                .entity(
                                        TransactionMapper.toDto(
                                                service.recordPayment(id, txId, body)))
                                .build());
    }

    @Override
    @PermissionsAllowed(Permissions.VOID_TRANSACTION)
    public Response voidTransaction(UUID id, UUID txId, TransactionVoidDto body) {
        return Response.ok(
                        TransactionMapper.toDto(
                                service.voidTransaction(id, txId, body.getReason())))
                .build();
    }

    private static Response created(TransactionService.Full full) {
        return Response.created(location(full.transaction().customerId, full.transaction().id))
                .entity(TransactionMapper.toDto(full))
                .build();
    }

    private static URI location(UUID customerId, UUID transactionId) {
        return UriBuilder.fromPath("/api/v1/customers/{id}/transactions/{txId}")
                .build(customerId, transactionId);
    }
}
