package com.dossier.document;

import com.dossier.api.DocumentsApi;
import com.dossier.api.model.CustomerKindDto;
import com.dossier.api.model.DocumentChecklistListDto;
import com.dossier.api.model.DocumentChecklistUpdateDto;
import com.dossier.api.model.DocumentPageDto;
import com.dossier.api.model.DocumentTypeDto;
import com.dossier.api.model.ExpiringDocumentPageDto;
import com.dossier.shared.idempotency.Idempotency;
import com.dossier.shared.security.Permissions;
import com.dossier.shared.web.ETags;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.security.PermissionsAllowed;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * HTTP face of documents, checklists and completeness. The uploads are generated from the contract
 * like every other operation: the generator's form-parameter template is overridden so that the
 * file part arrives as a {@link FileUpload} (a temporary file, never the whole body in memory) and
 * the text fields as strings the service validates, naming the field.
 */
public class DocumentResource implements DocumentsApi {
    private final DocumentService documents;
    private final DocumentChecklistService checklists;
    private final Idempotency idempotency;

    DocumentResource(
            DocumentService documents,
            DocumentChecklistService checklists,
            Idempotency idempotency) {
        this.documents = documents;
        this.checklists = checklists;
        this.idempotency = idempotency;
    }

    @Override
    @PermissionsAllowed(Permissions.LIST_DOCUMENTS)
    public Response listDocuments(
            UUID id, DocumentTypeDto type, Boolean includeWithdrawn, Integer limit, String cursor) {
        DocumentService.Page page =
                documents.list(id, type, Boolean.TRUE.equals(includeWithdrawn), limit, cursor);
        return Response.ok(
                        new DocumentPageDto()
                                .items(page.items().stream().map(DocumentMapper::toDto).toList())
                                .nextCursor(page.nextCursor()))
                .build();
    }

    @Override
    @PermissionsAllowed(Permissions.CREATE_DOCUMENT)
    public Response createDocument(
            UUID id,
            FileUpload file,
            String type,
            String title,
            String idempotencyKey,
            String documentDate,
            String pageCount,
            String position,
            String validUntil) {
        DocumentService.UploadFields fields =
                new DocumentService.UploadFields(
                        type, title, documentDate, pageCount, position, validUntil);
        DocumentService.IncomingFile incoming = incoming(file);
        return idempotency.once(
                idempotencyKey,
                "POST",
                "/api/v1/customers/" + id + "/documents",
                idempotencyKey == null ? null : requestOf(fields, incoming),
                () -> {
                    DocumentService.View created = documents.create(id, fields, incoming);
                    return Response.created(
                                    UriBuilder.fromPath("/api/v1/customers/{id}/documents/{docId}")
                                            .build(id, created.document().id))
                            .header("ETag", ETags.of(created.document().version))
                            .entity(DocumentMapper.toDto(created))
                            .build();
                });
    }

    @Override
    @PermissionsAllowed(Permissions.GET_DOCUMENT)
    public Response getDocument(UUID id, UUID docId) {
        return withETag(documents.get(id, docId));
    }

    @Override
    @PermissionsAllowed(Permissions.UPDATE_DOCUMENT)
    public Response updateDocument(UUID id, UUID docId, ObjectNode body, String ifMatch) {
        return withETag(documents.update(id, docId, body, ifMatch));
    }

    @Override
    @PermissionsAllowed(Permissions.CREATE_DOCUMENT_VERSION)
    public Response createDocumentVersion(
            UUID id,
            UUID docId,
            FileUpload file,
            String ifMatch,
            String pageCount,
            String validUntil) {
        DocumentService.View view =
                documents.addVersion(id, docId, ifMatch, incoming(file), pageCount, validUntil);
        return Response.created(
                        UriBuilder.fromPath("/api/v1/customers/{id}/documents/{docId}/content")
                                .queryParam("version", view.document().currentVersion)
                                .build(id, docId))
                .header("ETag", ETags.of(view.document().version))
                .entity(DocumentMapper.toDto(view))
                .build();
    }

    @Override
    @PermissionsAllowed(Permissions.GET_DOCUMENT_CONTENT)
    public Response getDocumentContent(UUID id, UUID docId, Integer version) {
        DocumentService.Download download = documents.download(id, docId, version);
        DocumentVersion v = download.version();
        byte[] digest = HexFormat.of().parseHex(v.sha256);
        return Response.ok(download.bytes(), MediaType.valueOf(v.contentType))
                .header("Content-Disposition", ContentDisposition.attachment(v.fileName))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .header(
                        "Repr-Digest",
                        "sha-256=:" + Base64.getEncoder().encodeToString(digest) + ":")
                .build();
    }

    @Override
    @PermissionsAllowed(Permissions.GET_CUSTOMER_COMPLETENESS)
    public Response getCustomerCompleteness(UUID id) {
        return Response.ok(DocumentMapper.toDto(checklists.completeness(id))).build();
    }

    @Override
    @PermissionsAllowed(Permissions.LIST_EXPIRING_DOCUMENTS)
    public Response listExpiringDocuments(
            Integer withinDays,
            DocumentTypeDto type,
            Boolean includeExpired,
            Integer limit,
            String cursor) {
        DocumentService.ExpiringPage page =
                documents.expiring(
                        withinDays == null ? 30 : withinDays,
                        type,
                        Boolean.TRUE.equals(includeExpired),
                        limit,
                        cursor);
        return Response.ok(
                        new ExpiringDocumentPageDto()
                                .items(page.items().stream().map(DocumentMapper::toDto).toList())
                                .nextCursor(page.nextCursor()))
                .build();
    }

    @Override
    @PermissionsAllowed(Permissions.LIST_DOCUMENT_CHECKLISTS)
    public Response listDocumentChecklists() {
        return Response.ok(
                        new DocumentChecklistListDto()
                                .items(
                                        checklists.list().stream()
                                                .map(DocumentMapper::toDto)
                                                .toList()))
                .build();
    }

    @Override
    @PermissionsAllowed(Permissions.GET_DOCUMENT_CHECKLIST)
    public Response getDocumentChecklist(CustomerKindDto kind) {
        DocumentChecklist checklist = checklists.get(kind);
        return Response.ok(DocumentMapper.toDto(checklist))
                .header("ETag", ETags.of(checklist.version))
                .build();
    }

    @Override
    @PermissionsAllowed(Permissions.REPLACE_DOCUMENT_CHECKLIST)
    public Response replaceDocumentChecklist(
            CustomerKindDto kind, DocumentChecklistUpdateDto body, String ifMatch) {
        DocumentChecklist checklist = checklists.replace(kind, body.getRequiredTypes(), ifMatch);
        return Response.ok(DocumentMapper.toDto(checklist))
                .header("ETag", ETags.of(checklist.version))
                .build();
    }

    private static Response withETag(DocumentService.View view) {
        return Response.ok(DocumentMapper.toDto(view))
                .header("ETag", ETags.of(view.document().version))
                .build();
    }

    private static DocumentService.IncomingFile incoming(FileUpload file) {
        return file == null
                ? null
                : new DocumentService.IncomingFile(
                        file.uploadedFile(), file.fileName(), file.contentType(), file.size());
    }

    /** What identifies an upload for Idempotency-Key: the fields and the file's digest. */
    private static Map<String, Object> requestOf(
            DocumentService.UploadFields fields, DocumentService.IncomingFile file) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("type", fields.type());
        request.put("title", fields.title());
        request.put("documentDate", fields.documentDate());
        request.put("pageCount", fields.pageCount());
        request.put("position", fields.position());
        request.put("validUntil", fields.validUntil());
        if (file != null) {
            request.put("fileName", file.fileName());
            request.put("fileSha256", digestOf(file));
        }
        return request;
    }

    private static String digestOf(DocumentService.IncomingFile file) {
        try (InputStream in = Files.newInputStream(file.path())) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
