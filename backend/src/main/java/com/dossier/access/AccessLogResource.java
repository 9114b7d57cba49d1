package com.dossier.access;

import com.dossier.api.AccessLogApi;
import com.dossier.api.model.AccessLogEntryDto;
import com.dossier.api.model.AccessLogPageDto;
import com.dossier.shared.security.Permissions;
import io.quarkus.security.PermissionsAllowed;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** HTTP face of the access log; roles mirror the contract's x-required-roles. */
public class AccessLogResource implements AccessLogApi {
    private final AccessLogService service;

    AccessLogResource(AccessLogService service) {
        this.service = service;
    }

    @Override
    @PermissionsAllowed(Permissions.LIST_ACCESS_LOG)
    public Response listAccessLog(
            UUID customerId,
            String userId,
            String view,
            OffsetDateTime from,
            OffsetDateTime to,
            Integer limit,
            String cursor) {
        var filter = new AccessLogRepository.Filter(customerId, userId, view, from, to);
        return page(service.search(filter, limit, cursor));
    }

    @Override
    @PermissionsAllowed(Permissions.LIST_CUSTOMER_ACCESS_LOG)
    public Response listCustomerAccessLog(
            UUID id,
            String userId,
            String view,
            OffsetDateTime from,
            OffsetDateTime to,
            Integer limit,
            String cursor) {
        var filter = new AccessLogRepository.Filter(id, userId, view, from, to);
        return page(service.searchCustomer(id, filter, limit, cursor));
    }

    private static Response page(AccessLogService.Page page) {
        return Response.ok(
                        new AccessLogPageDto()
                                .items(page.items().stream().map(AccessLogResource::toDto).toList())
                                .nextCursor(page.nextCursor()))
                .build();
    }

    static AccessLogEntryDto toDto(AccessLogEntry entry) {
        return new AccessLogEntryDto()
                .id(entry.id())
                .occurredAt(entry.occurredAt().atOffset(ZoneOffset.UTC))
                .userId(entry.userId())
                .username(entry.username())
                .customerId(entry.customerId())
                .view(entry.view())
                .clientId(entry.clientId())
                .traceId(entry.traceId())
                .grantId(entry.grantId())
                .reason(entry.reason());
    }
}
