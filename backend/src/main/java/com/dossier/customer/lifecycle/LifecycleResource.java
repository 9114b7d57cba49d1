package com.dossier.customer.lifecycle;

import com.dossier.api.LifecycleApi;
import com.dossier.api.model.CustomerStatusDto;
import com.dossier.api.model.DecisionDto;
import com.dossier.api.model.StatusChangeDto;
import com.dossier.api.model.StatusChangePageDto;
import com.dossier.customer.Customer;
import com.dossier.customer.CustomerMapper;
import com.dossier.customer.CustomerService;
import com.dossier.customer.CustomerStatusChange;
import com.dossier.customer.StatusHistory;
import com.dossier.shared.security.Caller;
import com.dossier.shared.security.Permissions;
import com.dossier.shared.web.ETags;
import io.quarkus.security.PermissionsAllowed;
import jakarta.ws.rs.core.Response;
import java.time.ZoneOffset;
import java.util.UUID;

/** HTTP face of the approval lifecycle and the status history. */
public class LifecycleResource implements LifecycleApi {
    private final LifecycleService service;
    private final CustomerService customers;
    private final StatusHistory history;
    private final Caller caller;

    LifecycleResource(
            LifecycleService service,
            CustomerService customers,
            StatusHistory history,
            Caller caller) {
        this.service = service;
        this.customers = customers;
        this.history = history;
        this.caller = caller;
    }

    @Override
    @PermissionsAllowed(Permissions.SUBMIT_CUSTOMER)
    public Response submitCustomer(UUID id, String ifMatch) {
        return withETag(service.submit(id, ifMatch));
    }

    @Override
    @PermissionsAllowed(Permissions.APPROVE_CUSTOMER)
    public Response approveCustomer(UUID id, String ifMatch) {
        return withETag(service.approve(id, ifMatch));
    }

    @Override
    @PermissionsAllowed(Permissions.REJECT_CUSTOMER)
    public Response rejectCustomer(UUID id, DecisionDto body, String ifMatch) {
        return withETag(service.reject(id, body == null ? null : body.getReason(), ifMatch));
    }

    @Override
    @PermissionsAllowed(Permissions.LIST_CUSTOMER_STATUS_HISTORY)
    public Response listCustomerStatusHistory(UUID id, Integer limit, String cursor) {
        Customer customer = customers.getForReading(id);
        StatusHistory.Page page = history.page(customer.id, limit, cursor);
        return Response.ok(
                        new StatusChangePageDto()
                                .items(page.items().stream().map(LifecycleResource::toDto).toList())
                                .nextCursor(page.nextCursor()))
                .build();
    }

    private static StatusChangeDto toDto(CustomerStatusChange c) {
        return new StatusChangeDto()
                .id(c.id)
                .customerId(c.customerId)
                .fromStatus(
                        c.fromStatus == null
                                ? null
                                : CustomerStatusDto.fromValue(c.fromStatus.name()))
                .toStatus(CustomerStatusDto.fromValue(c.toStatus.name()))
                .actorId(c.actorId)
                .actorUsername(c.actorUsername)
                .reason(c.reason)
                .changedAt(c.changedAt.atOffset(ZoneOffset.UTC));
    }

    private Response withETag(Customer customer) {
        return Response.ok(CustomerMapper.toDto(customer, caller.seesSensitiveFields()))
                .header("ETag", ETags.of(customer.version))
                .build();
    }
}
