package com.dossier.grant;

import com.dossier.api.AccessGrantsApi;
import com.dossier.api.model.AccessGrantCreateDto;
import com.dossier.api.model.AccessGrantDecisionDto;
import com.dossier.api.model.AccessGrantDto;
import com.dossier.api.model.AccessGrantPageDto;
import com.dossier.api.model.AccessGrantStatusDto;
import com.dossier.shared.security.Permissions;
import io.quarkus.security.PermissionsAllowed;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** HTTP face of access grants. */
public class AccessGrantResource implements AccessGrantsApi {
    private final AccessGrantService service;

    AccessGrantResource(AccessGrantService service) {
        this.service = service;
    }

    @Override
    @PermissionsAllowed(Permissions.LIST_ACCESS_GRANTS)
    public Response listAccessGrants(
            AccessGrantStatusDto status,
            UUID customerId,
            Boolean mine,
            Integer limit,
            String cursor) {
        AccessGrantService.Page page =
                service.list(
                        status == null ? null : status.toString(),
                        customerId,
                        Boolean.TRUE.equals(mine),
                        limit,
                        cursor);
        Instant now = AccessGrantService.now();
        return Response.ok(
                        new AccessGrantPageDto()
                                .items(page.items().stream().map(g -> toDto(g, now)).toList())
                                .nextCursor(page.nextCursor()))
                .build();
    }

    @Override
    @PermissionsAllowed(Permissions.REQUEST_ACCESS_GRANT)
    public Response requestAccessGrant(AccessGrantCreateDto body) {
        AccessGrant grant = service.request(body);
        return Response.created(UriBuilder.fromPath("/api/v1/access-grants/{id}").build(grant.id))
                .entity(toDto(grant, AccessGrantService.now()))
                .build();
    }

    @Override
    @PermissionsAllowed(Permissions.GET_ACCESS_GRANT)
    public Response getAccessGrant(UUID grantId) {
        return ok(service.get(grantId));
    }

    @Override
    @PermissionsAllowed(Permissions.APPROVE_ACCESS_GRANT)
    public Response approveAccessGrant(UUID grantId) {
        return ok(service.approve(grantId));
    }

    @Override
    @PermissionsAllowed(Permissions.REJECT_ACCESS_GRANT)
    public Response rejectAccessGrant(UUID grantId, AccessGrantDecisionDto body) {
        return ok(service.reject(grantId, body == null ? null : body.getReason()));
    }

    @Override
    @PermissionsAllowed(Permissions.REVOKE_ACCESS_GRANT)
    public Response revokeAccessGrant(UUID grantId, AccessGrantDecisionDto body) {
        return ok(service.revoke(grantId, body == null ? null : body.getReason()));
    }

    private static Response ok(AccessGrant grant) {
        return Response.ok(toDto(grant, AccessGrantService.now())).build();
    }

    static AccessGrantDto toDto(AccessGrant g, Instant now) {
        return new AccessGrantDto()
                .id(g.id)
                .customerId(g.customerId)
                .granteeId(g.granteeId)
                .granteeUsername(g.granteeUsername)
                .reason(g.reason)
                .durationHours(g.durationHours)
                .status(AccessGrantStatusDto.fromValue(g.effectiveStatus(now)))
                .requestedAt(time(g.requestedAt))
                .decidedBy(g.decidedBy)
                .decidedAt(time(g.decidedAt))
                .decisionReason(g.decisionReason)
                .validFrom(time(g.validFrom))
                .validUntil(time(g.validUntil))
                .revokedBy(g.revokedBy)
                .revokedAt(time(g.revokedAt))
                .revocationReason(g.revocationReason);
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
