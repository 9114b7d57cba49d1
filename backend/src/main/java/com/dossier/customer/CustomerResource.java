package com.dossier.customer;

import com.dossier.api.CustomersApi;
import com.dossier.api.model.CustomerCreateDto;
import com.dossier.api.model.CustomerKindDto;
import com.dossier.api.model.CustomerPageDto;
import com.dossier.api.model.CustomerStatusDto;
import com.dossier.api.model.GenderDto;
import com.dossier.api.model.IncomeBandDto;
import com.dossier.api.model.RegionAreaDto;
import com.dossier.api.model.UrbanRuralDto;
import com.dossier.shared.idempotency.Idempotency;
import com.dossier.shared.security.Permissions;
import com.dossier.shared.web.ETags;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.security.PermissionsAllowed;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.UUID;

/**
 * HTTP face of customer archives; each method is allowed by the permission matrix entry of its
 * operation.
 */
public class CustomerResource implements CustomersApi {
    private final CustomerService service;
    private final Idempotency idempotency;

    CustomerResource(CustomerService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @Override
    @PermissionsAllowed(Permissions.LIST_CUSTOMERS)
    public Response listCustomers(
            String q,
            CustomerKindDto kind,
            CustomerStatusDto status,
            String ownerId,
            String team,
            String nature,
            String industry,
            String region,
            String province,
            String city,
            String district,
            RegionAreaDto area,
            UrbanRuralDto urbanRural,
            String sourceChannel,
            String businessCategory,
            GenderDto gender,
            IncomeBandDto incomeBand,
            UUID profileTemplateId,
            List<String> custom,
            Integer limit,
            String cursor,
            String sort) {
        var profile =
                new CustomerSearch.Profile(
                        province,
                        city,
                        district,
                        area == null ? null : area.toString(),
                        urbanRural == null ? null : urbanRural.toString(),
                        sourceChannel,
                        businessCategory,
                        gender == null ? null : gender.toString(),
                        incomeBand == null ? null : incomeBand.toString(),
                        profileTemplateId,
                        custom == null ? List.of() : custom);
        var search =
                new CustomerSearch(
                        q,
                        kind == null ? null : kind.toString(),
                        status == null ? null : CustomerStatus.valueOf(status.toString()),
                        ownerId,
                        team,
                        nature,
                        industry,
                        region,
                        profile);
        CustomerService.Page page = service.search(search, sort, limit, cursor);
        var dto =
                new CustomerPageDto()
                        .items(page.items().stream().map(CustomerMapper::toDto).toList())
                        .nextCursor(page.nextCursor());
        return Response.ok(dto).build();
    }

    @Override
    @PermissionsAllowed(Permissions.CREATE_CUSTOMER)
    public Response createCustomer(CustomerCreateDto body, String idempotencyKey) {
        return idempotency.once(
                idempotencyKey,
                "POST",
                "/api/v1/customers",
                body,
                () -> {
                    Customer created = service.create(body);
                    return Response.created(
                                    UriBuilder.fromPath("/api/v1/customers/{id}").build(created.id))
                            .header("ETag", ETags.of(created.version))
                            .entity(CustomerMapper.toDto(created))
                            .build();
                });
    }

    @Override
    @PermissionsAllowed(Permissions.GET_CUSTOMER)
    public Response getCustomer(UUID id) {
        return withETag(service.getForReading(id));
    }

    @Override
    @PermissionsAllowed(Permissions.UPDATE_CUSTOMER)
    public Response updateCustomer(UUID id, ObjectNode body, String ifMatch) {
        return withETag(service.update(id, body, ifMatch));
    }

    @Override
    @PermissionsAllowed(Permissions.ARCHIVE_CUSTOMER)
    public Response archiveCustomer(UUID id, String ifMatch) {
        return withETag(service.archive(id, ifMatch));
    }

    @Override
    @PermissionsAllowed(Permissions.RESTORE_CUSTOMER)
    public Response restoreCustomer(UUID id, String ifMatch) {
        return withETag(service.restore(id, ifMatch));
    }

    private static Response withETag(Customer customer) {
        return Response.ok(CustomerMapper.toDto(customer))
                .header("ETag", ETags.of(customer.version))
                .build();
    }
}
