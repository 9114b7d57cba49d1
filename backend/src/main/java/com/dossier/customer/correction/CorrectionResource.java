package com.dossier.customer.correction;

import com.dossier.api.CorrectionsApi;
import com.dossier.api.model.CorrectionChangeDto;
import com.dossier.api.model.CorrectionCreateDto;
import com.dossier.api.model.CorrectionDto;
import com.dossier.api.model.CorrectionPageDto;
import com.dossier.api.model.CorrectionStatusDto;
import com.dossier.api.model.DecisionDto;
import com.dossier.shared.security.Permissions;
import io.quarkus.security.PermissionsAllowed;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** HTTP face of corrections. */
public class CorrectionResource implements CorrectionsApi {
    private final CorrectionService service;

    CorrectionResource(CorrectionService service) {
        this.service = service;
    }

    @Override
    @PermissionsAllowed(Permissions.PROPOSE_CORRECTION)
    public Response proposeCorrection(UUID id, CorrectionCreateDto body) {
        Correction correction = service.propose(id, body);
        return Response.created(
                        UriBuilder.fromPath("/api/v1/customers/{id}/corrections")
                                .build(correction.customerId))
                .entity(toDto(correction, null, null))
                .build();
    }

    @Override
    @PermissionsAllowed(Permissions.LIST_CUSTOMER_CORRECTIONS)
    public Response listCustomerCorrections(UUID id, Integer limit, String cursor) {
        return page(service.forCustomer(id, limit, cursor));
    }

    @Override
    @PermissionsAllowed(Permissions.LIST_CORRECTIONS)
    public Response listCorrections(CorrectionStatusDto status, Integer limit, String cursor) {
        return page(service.inbox(status == null ? null : status.toString(), limit, cursor));
    }

    @Override
    @PermissionsAllowed(Permissions.ACCEPT_CORRECTION)
    public Response acceptCorrection(UUID correctionId) {
        return Response.ok(toDto(service.accept(correctionId), null, null)).build();
    }

    @Override
    @PermissionsAllowed(Permissions.REJECT_CORRECTION)
    public Response rejectCorrection(UUID correctionId, DecisionDto body) {
        return Response.ok(
                        toDto(
                                service.reject(
                                        correctionId, body == null ? null : body.getReason()),
                                null,
                                null))
                .build();
    }

    private Response page(CorrectionService.Page page) {
        return Response.ok(
                        new CorrectionPageDto()
                                .items(
                                        page.items().stream()
                                                .map(
                                                        row ->
                                                                toDto(
                                                                        row.correction(),
                                                                        row.archiveNo(),
                                                                        row.customerName()))
                                                .toList())
                                .nextCursor(page.nextCursor()))
                .build();
    }

    private CorrectionDto toDto(Correction c, String archiveNo, String customerName) {
        return new CorrectionDto()
                .id(c.id)
                .customerId(c.customerId)
                .archiveNo(archiveNo)
                .customerName(customerName)
                .status(CorrectionStatusDto.fromValue(c.status.name()))
                .changes(
                        service.changesOf(c).stream()
                                .map(
                                        change ->
                                                new CorrectionChangeDto()
                                                        .field(change.field())
                                                        .oldValue(change.oldValue())
                                                        .newValue(change.newValue()))
                                .toList())
                .reason(c.reason)
                .proposedBy(c.proposedBy)
                .proposedByUsername(c.proposedByUsername)
                .proposedAt(time(c.proposedAt))
                .decidedBy(c.decidedBy)
                .decidedByUsername(c.decidedByUsername)
                .decidedAt(time(c.decidedAt))
                .decisionReason(c.decisionReason);
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
