package com.dossier.contact;

import com.dossier.api.ContactsApi;
import com.dossier.api.model.ContactCreateDto;
import com.dossier.api.model.ContactPageDto;
import com.dossier.shared.idempotency.Idempotency;
import com.dossier.shared.security.Permissions;
import com.dossier.shared.web.ETags;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.security.PermissionsAllowed;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.UUID;

/**
 * HTTP face of contacts; each method is allowed by the permission matrix entry of its operation.
 */
public class ContactResource implements ContactsApi {
    private final ContactService service;
    private final Idempotency idempotency;

    ContactResource(ContactService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @Override
    @PermissionsAllowed(Permissions.LIST_CONTACTS)
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
    @PermissionsAllowed(Permissions.CREATE_CONTACT)
    public Response createContact(UUID id, ContactCreateDto body, String idempotencyKey) {
        return idempotency.once(
                idempotencyKey,
                "POST",
                "/api/v1/customers/" + id + "/contacts",
                body,
                () -> {
                    Contact created = service.create(id, body);
                    return Response.created(
                                    UriBuilder.fromPath(
                                                    "/api/v1/customers/{id}/contacts/{contactId}")
                                            .build(id, created.id))
                            .header("ETag", ETags.of(created.version))
                            .entity(ContactMapper.toDto(created))
                            .build();
                });
    }

    @Override
    @PermissionsAllowed(Permissions.GET_CONTACT)
    public Response getContact(UUID id, UUID contactId) {
        return withETag(service.get(id, contactId));
    }

    @Override
    @PermissionsAllowed(Permissions.UPDATE_CONTACT)
    public Response updateContact(UUID id, UUID contactId, ObjectNode body, String ifMatch) {
        return withETag(service.update(id, contactId, body, ifMatch));
    }

    @Override
    @PermissionsAllowed(Permissions.DELETE_CONTACT)
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
