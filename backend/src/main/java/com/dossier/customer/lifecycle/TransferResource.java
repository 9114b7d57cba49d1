package com.dossier.customer.lifecycle;

import com.dossier.api.HandoverApi;
import com.dossier.api.model.TransferCreateDto;
import com.dossier.api.model.TransferDto;
import com.dossier.shared.security.Permissions;
import io.quarkus.security.PermissionsAllowed;
import jakarta.ws.rs.core.Response;
import java.time.ZoneOffset;

/** HTTP face of customer handover. */
public class TransferResource implements HandoverApi {
    private final TransferService service;

    TransferResource(TransferService service) {
        this.service = service;
    }

    @Override
    @PermissionsAllowed(Permissions.TRANSFER_CUSTOMERS)
    public Response transferCustomers(TransferCreateDto body) {
        CustomerTransfer t = service.transfer(body);
        return Response.ok(
                        new TransferDto()
                                .id(t.id)
                                .fromOwnerId(t.fromOwnerId)
                                .toOwnerId(t.toOwnerId)
                                .toTeam(t.toTeam)
                                .reason(t.reason)
                                .count(t.moved)
                                .actorId(t.actorId)
                                .actorUsername(t.actorUsername)
                                .transferredAt(t.transferredAt.atOffset(ZoneOffset.UTC)))
                .build();
    }
}
