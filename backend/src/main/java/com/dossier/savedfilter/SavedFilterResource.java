package com.dossier.savedfilter;

import com.dossier.api.SavedFiltersApi;
import com.dossier.api.model.SavedFilterCreateDto;
import com.dossier.api.model.SavedFilterDto;
import com.dossier.api.model.SavedFilterListDto;
import com.dossier.api.model.SavedFilterPatchDto;
import com.dossier.shared.security.Permissions;
import com.dossier.shared.web.ETags;
import io.quarkus.security.PermissionsAllowed;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.ZoneOffset;
import java.util.UUID;

/** HTTP face of saved filters; each method is allowed by its operation's matrix entry. */
public class SavedFilterResource implements SavedFiltersApi {
    private final SavedFilterService service;

    SavedFilterResource(SavedFilterService service) {
        this.service = service;
    }

    @Override
    @PermissionsAllowed(Permissions.LIST_SAVED_FILTERS)
    public Response listSavedFilters() {
        return Response.ok(
                        new SavedFilterListDto()
                                .items(
                                        service.list().stream()
                                                .map(SavedFilterResource::toDto)
                                                .toList()))
                .build();
    }

    @Override
    @PermissionsAllowed(Permissions.CREATE_SAVED_FILTER)
    public Response createSavedFilter(SavedFilterCreateDto body) {
        SavedFilter created = service.create(body);
        return Response.created(
                        UriBuilder.fromPath("/api/v1/saved-filters/{filterId}").build(created.id))
                .header("ETag", ETags.of(created.version))
                .entity(toDto(created))
                .build();
    }

    @Override
    @PermissionsAllowed(Permissions.UPDATE_SAVED_FILTER)
    public Response updateSavedFilter(UUID filterId, SavedFilterPatchDto body, String ifMatch) {
        SavedFilter updated = service.update(filterId, body, ifMatch);
        return Response.ok(toDto(updated)).header("ETag", ETags.of(updated.version)).build();
    }

    @Override
    @PermissionsAllowed(Permissions.DELETE_SAVED_FILTER)
    public Response deleteSavedFilter(UUID filterId) {
        service.delete(filterId);
        return Response.noContent().build();
    }

    static SavedFilterDto toDto(SavedFilter f) {
        return new SavedFilterDto()
                .id(f.id)
                .name(f.name)
                .query(f.query)
                .version(f.version)
                .createdAt(f.createdAt.atOffset(ZoneOffset.UTC))
                .updatedAt(f.updatedAt.atOffset(ZoneOffset.UTC));
    }
}
