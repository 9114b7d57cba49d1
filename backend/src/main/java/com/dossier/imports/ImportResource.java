package com.dossier.imports;

import com.dossier.api.ImportsApi;
import com.dossier.api.model.ImportJobPageDto;
import com.dossier.shared.error.ValidationProblem;
import com.dossier.shared.security.Permissions;
import io.quarkus.security.PermissionsAllowed;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * HTTP face of imports. The upload arrives as a {@link FileUpload} (a temporary file) through the
 * overridden form-parameter template, as for documents.
 */
public class ImportResource implements ImportsApi {
    private final ImportService imports;

    ImportResource(ImportService imports) {
        this.imports = imports;
    }

    @Override
    @PermissionsAllowed(Permissions.LIST_IMPORTS)
    public Response listImports(Integer limit, String cursor) {
        ImportService.Page page = imports.list(limit, cursor);
        return Response.ok(
                        new ImportJobPageDto()
                                .items(
                                        page.items().stream()
                                                .map(
                                                        job ->
                                                                ImportMapper.toDto(
                                                                        new ImportService.View(
                                                                                job, List.of())))
                                                .toList())
                                .nextCursor(page.nextCursor()))
                .build();
    }

    @Override
    @PermissionsAllowed(Permissions.CREATE_IMPORT)
    public Response createImport(FileUpload file) {
        ImportService.View view =
                imports.create(
                        file == null
                                ? null
                                : new ImportService.Upload(
                                        file.uploadedFile(), file.fileName(), file.size()));
        return Response.accepted(ImportMapper.toDto(view))
                .location(UriBuilder.fromPath("/api/v1/imports/{id}").build(view.job().id))
                .build();
    }

    @Override
    @PermissionsAllowed(Permissions.GET_IMPORT_TEMPLATE)
    public Response getImportTemplate(String format) {
        String f = format == null ? "xlsx" : format;
        if (!f.equals("xlsx") && !f.equals("csv")) {
            throw ValidationProblem.of("format", "format.invalid", "Use xlsx or csv.");
        }
        return Response.ok(
                        ImportFiles.template(f),
                        f.equals("csv") ? "text/csv; charset=UTF-8" : ImportFiles.XLSX)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"customer-import-template." + f + "\"")
                .build();
    }

    @Override
    @PermissionsAllowed(Permissions.GET_IMPORT)
    public Response getImport(UUID importId) {
        return Response.ok(ImportMapper.toDto(imports.get(importId))).build();
    }

    @Override
    @PermissionsAllowed(Permissions.GET_IMPORT_ERRORS)
    public Response getImportErrors(UUID importId) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        imports.writeErrors(importId, out);
        StreamingOutput body = o -> out.writeTo(o);
        return Response.ok(body, ImportFiles.XLSX)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"import-errors-" + importId + ".xlsx\"")
                .build();
    }

    @Override
    @PermissionsAllowed(Permissions.COMMIT_IMPORT)
    public Response commitImport(UUID importId) {
        return Response.ok(ImportMapper.toDto(imports.commit(importId))).build();
    }

    @Override
    @PermissionsAllowed(Permissions.REVERT_IMPORT)
    public Response revertImport(UUID importId) {
        return Response.ok(ImportMapper.toDto(imports.revert(importId))).build();
    }
}
