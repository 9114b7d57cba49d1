package com.dossier.customer;

import static com.dossier.shared.security.Roles.ADMIN;
import static com.dossier.shared.security.Roles.ARCHIVIST;
import static com.dossier.shared.security.Roles.GENERAL_MANAGER;
import static com.dossier.shared.security.Roles.PARTNER;
import static com.dossier.shared.security.Roles.QUALITY;
import static com.dossier.shared.security.Roles.SALES_DIRECTOR;
import static com.dossier.shared.security.Roles.SALES_REP;
import static com.dossier.shared.security.Roles.SERVICE_AGENT;
import static com.dossier.shared.security.Roles.SUPERVISOR;

import com.dossier.api.CustomersApi;
import com.dossier.api.model.CustomerCreateDto;
import com.dossier.api.model.CustomerKindDto;
import com.dossier.api.model.CustomerPageDto;
import com.dossier.api.model.CustomerStatusDto;
import com.dossier.shared.web.ETags;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.UUID;

/** HTTP face of customer archives; roles mirror the contract's x-required-roles. */
public class CustomerResource implements CustomersApi {
    private final CustomerService service;

    CustomerResource(CustomerService service) {
        this.service = service;
    }

    @Override
    @RolesAllowed({
        ADMIN,
        GENERAL_MANAGER,
        SALES_DIRECTOR,
        SUPERVISOR,
        SALES_REP,
        ARCHIVIST,
        SERVICE_AGENT,
        QUALITY,
        PARTNER
    })
    public Response listCustomers(
            String q,
            CustomerKindDto kind,
            CustomerStatusDto status,
            String ownerId,
            String team,
            String nature,
            String industry,
            String region,
            Integer limit,
            String cursor,
            String sort) {
        var search =
                new CustomerSearch(
                        q,
                        kind == null ? null : kind.toString(),
                        status == null ? null : CustomerStatus.valueOf(status.toString()),
                        ownerId,
                        team,
                        nature,
                        industry,
                        region);
        CustomerService.Page page = service.search(search, sort, limit, cursor);
        var dto =
                new CustomerPageDto()
                        .items(page.items().stream().map(CustomerMapper::toDto).toList())
                        .nextCursor(page.nextCursor());
        return Response.ok(dto).build();
    }

    @Override
    @RolesAllowed({
        ADMIN,
        GENERAL_MANAGER,
        SALES_DIRECTOR,
        SUPERVISOR,
        SALES_REP,
        ARCHIVIST,
        PARTNER
    })
    public Response createCustomer(CustomerCreateDto body) {
        Customer created = service.create(body);
        return Response.created(UriBuilder.fromPath("/api/v1/customers/{id}").build(created.id))
                .header("ETag", ETags.of(created.version))
                .entity(CustomerMapper.toDto(created))
                .build();
    }

    @Override
    @RolesAllowed({
        ADMIN,
        GENERAL_MANAGER,
        SALES_DIRECTOR,
        SUPERVISOR,
        SALES_REP,
        ARCHIVIST,
        SERVICE_AGENT,
        QUALITY,
        PARTNER
    })
    public Response getCustomer(UUID id) {
        return withETag(service.get(id));
    }

    @Override
    @RolesAllowed({ADMIN, GENERAL_MANAGER, SALES_DIRECTOR, SUPERVISOR, SALES_REP, ARCHIVIST})
    public Response updateCustomer(UUID id, ObjectNode body, String ifMatch) {
        return withETag(service.update(id, body, ifMatch));
    }

    @Override
    @RolesAllowed({ADMIN, GENERAL_MANAGER, SALES_DIRECTOR, SUPERVISOR, ARCHIVIST})
    public Response archiveCustomer(UUID id, String ifMatch) {
        return withETag(service.archive(id, ifMatch));
    }

    @Override
    @RolesAllowed({ADMIN, GENERAL_MANAGER, SALES_DIRECTOR, SUPERVISOR, ARCHIVIST})
    public Response restoreCustomer(UUID id, String ifMatch) {
        return withETag(service.restore(id, ifMatch));
    }

    private static Response withETag(Customer customer) {
        return Response.ok(CustomerMapper.toDto(customer))
                .header("ETag", ETags.of(customer.version))
                .build();
    }
}
