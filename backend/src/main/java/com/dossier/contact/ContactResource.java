package com.dossier.contact;

import static com.dossier.shared.security.Roles.ADMIN;
import static com.dossier.shared.security.Roles.ARCHIVIST;
import static com.dossier.shared.security.Roles.GENERAL_MANAGER;
import static com.dossier.shared.security.Roles.PARTNER;
import static com.dossier.shared.security.Roles.QUALITY;
import static com.dossier.shared.security.Roles.SALES_DIRECTOR;
import static com.dossier.shared.security.Roles.SALES_REP;
import static com.dossier.shared.security.Roles.SERVICE_AGENT;
import static com.dossier.shared.security.Roles.SUPERVISOR;

import com.dossier.api.ContactsApi;
import com.dossier.api.model.ContactCreateDto;
import com.dossier.api.model.ContactPageDto;
import com.dossier.shared.web.ETags;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.UUID;

/** HTTP face of contacts; roles mirror the contract's x-required-roles. */
public class ContactResource implements ContactsApi {
    private final ContactService service;

    ContactResource(ContactService service) {
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
    public Response listContacts(UUID id, Boolean includeInactive, Integer limit, String cursor) {
        ContactService.Page page =
                service.list(id, Boolean.TRUE.equals(includeInactive), limit, cursor);
        return Response.ok(
                        new ContactPageDto()
                                .items(page.items().stream().map(ContactMapper::toDto).toList())
                                .nextCursor(page.nextCursor()))
                .build();
    }

    @Override
    @RolesAllowed({ADMIN, GENERAL_MANAGER, SALES_DIRECTOR, SUPERVISOR, SALES_REP, ARCHIVIST})
    public Response createContact(UUID id, ContactCreateDto body) {
        Contact created = service.create(id, body);
        return Response.created(
                        UriBuilder.fromPath("/api/v1/customers/{id}/contacts/{contactId}")
                                .build(id, created.id))
                .header("ETag", ETags.of(created.version))
                .entity(ContactMapper.toDto(created))
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
    public Response getContact(UUID id, UUID contactId) {
        return withETag(service.get(id, contactId));
    }

    @Override
    @RolesAllowed({ADMIN, GENERAL_MANAGER, SALES_DIRECTOR, SUPERVISOR, SALES_REP, ARCHIVIST})
    public Response updateContact(UUID id, UUID contactId, ObjectNode body, String ifMatch) {
        return withETag(service.update(id, contactId, body, ifMatch));
    }

    @Override
    @RolesAllowed({ADMIN, GENERAL_MANAGER, SALES_DIRECTOR, SUPERVISOR, SALES_REP, ARCHIVIST})
    public Response deleteContact(UUID id, UUID contactId, String ifMatch) {
        service.deactivate(id, contactId, ifMatch);
        return Response.noContent().build();
    }

    private static Response withETag(Contact contact) {
        return Response.ok(ContactMapper.toDto(contact))
                .header("ETag", ETags.of(contact.version))
                .build();
    }
}
