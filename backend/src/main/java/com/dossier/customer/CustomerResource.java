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
import com.dossier.shared.security.Caller;
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
    private final CustomerDuplicates duplicates;
    private final Caller caller;

    CustomerResource(
            CustomerService service,
            Idempotency idempotency,
            CustomerDuplicates duplicates,
            Caller caller) {
        this.service = service;
        this.idempotency = idempotency;
        this.duplicates = duplicates;
        this.caller = caller;
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
        var search =
                CustomerSearch.fromQuery(
                        q,
                        kind,
                        status,
                        ownerId,
                        team,
                        nature,
                        industry,
                        region,
                        province,
                        city,
                        district,
                        area,
                        urbanRural,
                        sourceChannel,
                        businessCategory,
                        gender,
                        incomeBand,
                        profileTemplateId,
                        custom);
        CustomerService.Page page = service.search(search, sort, limit, cursor);
        boolean sees = caller.seesSensitiveFields();
        var dto =
                new CustomerPageDto()
                        .items(
                                page.items().stream()
                                        .map(c -> CustomerMapper.toDto(c, sees))
                                        .toList())
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
                    // Likely duplicates warn; a same credit code was refused (409) by create.
                    var likely =
                            duplicates.find(
                                    new CustomerDuplicates.Probe(
                                            created.name,
                                            null,
                                            created.phone != null
                                                    ? created.phone
                                                    : created.personalPhone,
                                            created.email,
                                            created.kind,
                                            created.id));
                    var dto =
                            CustomerMapper.toDto(created, caller.seesSensitiveFields())
                                    .duplicates(
                                            likely.stream().map(CustomerMapper::toDto).toList());
                    return Response.created(
                                    UriBuilder.fromPath("/api/v1/customers/{id}").build(created.id))
                            .header("ETag", ETags.of(created.version))
                            .entity(dto)
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

    private Response withETag(Customer customer) {
        return Response.ok(CustomerMapper.toDto(customer, caller.seesSensitiveFields()))
                .header("ETag", ETags.of(customer.version))
                .build();
    }
}
