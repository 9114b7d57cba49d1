package com.dossier.customer;

import com.dossier.api.SharesApi;
import com.dossier.api.model.CustomerShareCreateDto;
import com.dossier.api.model.CustomerShareDto;
import com.dossier.api.model.CustomerShareListDto;
import com.dossier.shared.security.Permissions;
import io.quarkus.security.PermissionsAllowed;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.ZoneOffset;
import java.util.UUID;

/** HTTP face of explicit customer shares. */
public class CustomerShareResource implements SharesApi {
    private final CustomerShareService service;

    CustomerShareResource(CustomerShareService service) {
        this.service = service;
    }

    @Override
    @PermissionsAllowed(Permissions.LIST_CUSTOMER_SHARES)
    public Response listCustomerShares(UUID id) {
        return Response.ok(
                        new CustomerShareListDto()
                                .items(
                                        service.list(id).stream()
                                                .map(CustomerShareResource::toDto)
                                                .toList()))
                .build();
    }

    @Override
    @PermissionsAllowed(Permissions.SHARE_CUSTOMER)
    public Response shareCustomer(UUID id, CustomerShareCreateDto body) {
        CustomerShareService.Outcome outcome = service.share(id, body);
        CustomerShareDto dto = toDto(outcome.share());
        if (!outcome.created()) {
            return Response.ok(dto).build();
        }
        return Response.created(
                        UriBuilder.fromPath("/api/v1/customers/{id}/shares/{userId}")
                                .build(id, outcome.share().userId))
                .entity(dto)
                .build();
    }

    @Override
    @PermissionsAllowed(Permissions.UNSHARE_CUSTOMER)
    public Response unshareCustomer(UUID id, UUID userId) {
        service.unshare(id, userId);
        return Response.noContent().build();
    }

    private static CustomerShareDto toDto(CustomerShare share) {
        return new CustomerShareDto()
                .customerId(share.customerId)
                .userId(share.userId)
                .note(share.note)
                .sharedBy(share.sharedBy)
                .sharedAt(share.sharedAt.atOffset(ZoneOffset.UTC));
    }
}
