package com.dossier.audit;

import com.dossier.api.AuditApi;
import com.dossier.api.model.AuditActionDto;
import com.dossier.api.model.AuditChainVerificationDto;
import com.dossier.api.model.AuditEntityTypeDto;
import com.dossier.api.model.AuditEventDto;
import com.dossier.api.model.AuditEventPageDto;
import com.dossier.api.model.FieldChangeDto;
import com.dossier.shared.security.Permissions;
import io.quarkus.security.PermissionsAllowed;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** HTTP face of the audit trail; read-only, for auditors. */
public class AuditResource implements AuditApi {
    private final AuditService service;

    AuditResource(AuditService service) {
        this.service = service;
    }

    @Override
    @PermissionsAllowed(Permissions.LIST_AUDIT_EVENTS)
    public Response listAuditEvents(
            AuditEntityTypeDto entityType,
            String entityId,
            UUID customerId,
            String actorId,
            AuditActionDto action,
            OffsetDateTime from,
            OffsetDateTime to,
            Integer limit,
            String cursor) {
        var filter =
                new AuditRepository.Filter(
                        entityType == null ? null : entityType.toString(),
                        entityId,
                        customerId,
                        actorId,
                        action == null ? null : action.toString(),
                        from,
                        to);
        AuditService.Page page = service.search(filter, limit, cursor);
        return Response.ok(
                        new AuditEventPageDto()
                                .items(page.items().stream().map(AuditResource::toDto).toList())
                                .nextCursor(page.nextCursor()))
                .build();
    }

    @Override
    @PermissionsAllowed(Permissions.VERIFY_AUDIT_CHAIN)
    public Response verifyAuditChain() {
        AuditService.Verification result = service.verify();
        var dto = new AuditChainVerificationDto().valid(result.valid()).checked(result.checked());
        if (result.firstBroken() != null) {
            dto.firstBrokenId(result.firstBroken().id())
                    .firstBrokenAt(result.firstBrokenAt().atOffset(ZoneOffset.UTC));
        }
        return Response.ok(dto).build();
    }

    static AuditEventDto toDto(AuditEvent event) {
        return new AuditEventDto()
                .id(event.id())
                .seq(event.seq())
                .occurredAt(event.occurredAt().atOffset(ZoneOffset.UTC))
                .entityType(AuditEntityTypeDto.fromValue(event.entityType()))
                .entityId(event.entityId())
                .customerId(event.customerId())
                .action(AuditActionDto.fromValue(event.action()))
                .changes(
                        event.changes().stream()
                                .map(
                                        c ->
                                                new FieldChangeDto()
                                                        .field(c.field())
                                                        .old(c.oldValue())
                                                        ._new(c.newValue()))
                                .toList())
                .actorId(event.actorId())
                .actorUsername(event.actorUsername())
                .clientId(event.clientId())
                .traceId(event.traceId())
                .prevHash(event.prevHash())
                .hash(event.hash());
    }
}
