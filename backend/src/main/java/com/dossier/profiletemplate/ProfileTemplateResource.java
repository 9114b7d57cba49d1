package com.dossier.profiletemplate;

import com.dossier.api.ProfileTemplatesApi;
import com.dossier.api.model.CustomerKindDto;
import com.dossier.api.model.ProfileTemplateCreateDto;
import com.dossier.api.model.ProfileTemplateListDto;
import com.dossier.shared.idempotency.Idempotency;
import com.dossier.shared.security.Permissions;
import com.dossier.shared.web.ETags;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.security.PermissionsAllowed;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.UUID;

/** HTTP face of profile templates: everyone who reads archives reads them, admins write them. */
public class ProfileTemplateResource implements ProfileTemplatesApi {
    private final ProfileTemplateService service;
    private final Idempotency idempotency;

    ProfileTemplateResource(ProfileTemplateService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @Override
    @PermissionsAllowed(Permissions.LIST_PROFILE_TEMPLATES)
    public Response listProfileTemplates(CustomerKindDto customerKind, Boolean active) {
        return Response.ok(
                        new ProfileTemplateListDto()
                                .items(
                                        service
                                                .list(
                                                        customerKind == null
                                                                ? null
                                                                : customerKind.toString(),
                                                        active)
                                                .stream()
                                                .map(ProfileTemplateMapper::toDto)
                                                .toList()))
                .build();
    }

    @Override
    @PermissionsAllowed(Permissions.CREATE_PROFILE_TEMPLATE)
    public Response createProfileTemplate(ProfileTemplateCreateDto body, String idempotencyKey) {
        return idempotency.once(
                idempotencyKey,
                "POST",
                "/api/v1/profile-templates",
                body,
                () -> {
                    ProfileTemplate created = service.create(body);
                    return Response.created(
                                    UriBuilder.fromPath("/api/v1/profile-templates/{id}")
                                            .build(created.id))
                            .header("ETag", ETags.of(created.version))
                            .entity(ProfileTemplateMapper.toDto(created))
                            .build();
                });
    }

    @Override
    @PermissionsAllowed(Permissions.GET_PROFILE_TEMPLATE)
    public Response getProfileTemplate(UUID templateId) {
        return withETag(service.get(templateId));
    }

    @Override
    @PermissionsAllowed(Permissions.UPDATE_PROFILE_TEMPLATE)
    public Response updateProfileTemplate(UUID templateId, ObjectNode body, String ifMatch) {
        return withETag(service.update(templateId, body, ifMatch));
    }

    private static Response withETag(ProfileTemplate template) {
        return Response.ok(ProfileTemplateMapper.toDto(template))
                .header("ETag", ETags.of(template.version))
                .build();
    }
}
