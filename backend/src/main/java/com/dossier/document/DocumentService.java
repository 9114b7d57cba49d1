package com.dossier.document;

import com.dossier.api.model.DocumentStatusDto;
import com.dossier.api.model.DocumentTypeDto;
import com.dossier.audit.AuditWriter;
import com.dossier.audit.FieldChange;
import com.dossier.audit.FieldChanges;
import com.dossier.customer.CustomerService;
import com.dossier.shared.config.DossierConfig;
import com.dossier.shared.error.ConflictProblem;
import com.dossier.shared.error.FieldError;
import com.dossier.shared.error.NotFoundProblem;
import com.dossier.shared.error.ValidationProblem;
import com.dossier.shared.security.Caller;
import com.dossier.shared.web.Cursor;
import com.dossier.shared.web.ETags;
import com.dossier.shared.web.MergePatch;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Rules of documents: uploads (size, sniffed type, SHA-256), versions, metadata edits and
 * withdrawal, downloads verified against their checksum. The customer is always resolved through
 * the caller's data scope first: reads through {@link CustomerService#getForReading}, changes
 * through {@link CustomerService#get}.
 */
@ApplicationScoped
public class DocumentService {
    private static final Logger LOG = Logger.getLogger(DocumentService.class);
    static final Set<String> EDITABLE =
            Set.of(
                    "type",
                    "title",
                    "documentDate",
                    "pageCount",
                    "position",
                    "validUntil",
                    "status");
    static final Set<String> SERVER_OWNED =
            Set.of(
                    "id",
                    "customerId",
                    "expired",
                    "currentVersion",
                    "file",
                    "versions",
                    "version",
                    "createdAt",
                    "updatedAt");
    static final int MAX_NUMBER = 100_000;
    private static final int MAX_FILE_NAME = 255;
    private static final String SORT = "position";
    private static final String EXPIRY_SORT = "validUntil";

    private final DocumentRepository repository;
    private final CustomerService customers;
    private final ContentSniffer sniffer;
    private final DocumentsConfig documents;
    private final DossierConfig config;
    private final AuditWriter audit;
    private final Caller caller;

    DocumentService(
            DocumentRepository repository,
            CustomerService customers,
            ContentSniffer sniffer,
            DocumentsConfig documents,
            DossierConfig config,
            AuditWriter audit,
            Caller caller) {
        this.repository = repository;
        this.customers = customers;
        this.sniffer = sniffer;
        this.documents = documents;
        this.config = config;
        this.audit = audit;
        this.caller = caller;
    }

    /** A file as it arrived: a temporary file, the client's name and declared type. */
    public record IncomingFile(Path path, String fileName, String declaredType, long size) {}

    /** A document with its versions, newest first. */
    public record View(Document document, List<DocumentVersion> versions) {}

    public record Page(List<View> items, String nextCursor) {}

    public record Download(DocumentVersion version, byte[] bytes) {}

    public record ExpiringPage(List<DocumentRepository.Expiring> items, String nextCursor) {}

    /** The metadata fields of an upload, as the form sent them (text). */
    public record UploadFields(
            String type,
            String title,
            String documentDate,
            String pageCount,
            String position,
            String validUntil) {}

    /** A file that passed every check, ready to store. */
    private record Accepted(
            byte[] bytes, String sha256, String contentType, String fileName, long size) {}

    // -----------------------------------------------------------------------------------------
    // Reading
    // -----------------------------------------------------------------------------------------

    public Page list(
            UUID customerId,
            DocumentTypeDto type,
            boolean includeWithdrawn,
            Integer limit,
            String cursor) {
        customers.getForReading(customerId);
        int size = pageSize(limit);
        Cursor after = Cursor.decode(cursor, SORT);
        Integer afterPosition = null;
        if (after != null) {
            try {
                afterPosition = Integer.parseInt(after.key());
            } catch (NumberFormatException e) {
                throw ValidationProblem.of("cursor", "cursor.invalid", "The cursor is invalid.");
            }
        }
        List<Document> rows =
                repository.list(
                        customerId,
                        type == null ? null : type.toString(),
                        includeWithdrawn,
                        afterPosition,
                        after == null ? null : after.id(),
                        size);
        String next = null;
        if (rows.size() > size) {
            rows = rows.subList(0, size);
            Document last = rows.get(size - 1);
            next = new Cursor(SORT, String.valueOf(last.position), last.id).encode();
        }
        return new Page(views(rows), next);
    }

    public View get(UUID customerId, UUID documentId) {
        customers.getForReading(customerId);
        return views(List.of(find(customerId, documentId))).get(0);
    }

    /**
     * The bytes of a version, after checking them against the SHA-256 stored at upload. A mismatch
     * (or bytes gone missing) is logged and audited, and nothing is served.
     */
    public Download download(UUID customerId, UUID documentId, Integer number) {
        customers.getForReading(customerId);
        Document document = find(customerId, documentId);
        int wanted = number == null ? document.currentVersion : number;
        DocumentVersion version =
                repository
                        .version(document.id, wanted)
                        .orElseThrow(
                                () -> new NotFoundProblem("No such version of this document."));
        byte[] bytes = repository.content(version.id).map(c -> c.bytes).orElse(null);
        String actual = bytes == null ? null : sha256(bytes);
        if (bytes == null || bytes.length != version.size || !version.sha256.equals(actual)) {
            recordIntegrityFailure(document, version, actual, bytes == null ? -1 : bytes.length);
            throw new DocumentProblems.IntegrityFailure();
        }
        return new Download(version, bytes);
    }

    /** Documents expiring within {@code withinDays} of the customers in the caller's scope. */
    public ExpiringPage expiring(
            int withinDays,
            DocumentTypeDto type,
            boolean includeExpired,
            Integer limit,
            String cursor) {
        if (withinDays < 0 || withinDays > 366) {
            throw ValidationProblem.of("withinDays", "withinDays.range", "Between 0 and 366.");
        }
        int size = pageSize(limit);
        Cursor after = Cursor.decode(cursor, EXPIRY_SORT);
        LocalDate afterDate = null;
        if (after != null) {
            try {
                afterDate = LocalDate.parse(after.key());
            } catch (DateTimeParseException e) {
                throw ValidationProblem.of("cursor", "cursor.invalid", "The cursor is invalid.");
            }
        }
        LocalDate today = today();
        Map<String, Object> params = new LinkedHashMap<>();
        String scope = customers.scopePredicate(params);
        List<DocumentRepository.Expiring> rows =
                repository.expiring(
                        scope,
                        params,
                        includeExpired ? null : today,
                        today.plusDays(withinDays),
                        type == null ? null : type.toString(),
                        afterDate,
                        after == null ? null : after.id(),
                        size);
        if (rows.size() <= size) {
            return new ExpiringPage(rows, null);
        }
        Document last = rows.get(size - 1).document();
        return new ExpiringPage(
                rows.subList(0, size),
                new Cursor(EXPIRY_SORT, last.validUntil.toString(), last.id).encode());
    }

    /** Today, in the server's zone: a document is valid through its `validUntil` day. */
    static LocalDate today() {
        return LocalDate.now();
    }

    // -----------------------------------------------------------------------------------------
    // Changing
    // -----------------------------------------------------------------------------------------

    @Transactional
    public View create(UUID customerId, UploadFields fields, IncomingFile file) {
        customers.get(customerId);
        checkSize(file);
        List<FieldError> errors = new ArrayList<>();
        if (file == null) {
            errors.add(new FieldError("file", "file.required", "A file is required."));
        }
        String type = documentType(fields.type(), errors);
        String title = fields.title() == null ? null : fields.title().trim();
        if (title == null || title.isEmpty()) {
            errors.add(new FieldError("title", "title.required", "A title is required."));
        } else if (title.length() > 200) {
            errors.add(new FieldError("title", "title.size", "At most 200 characters."));
        }
        LocalDate documentDate = date("documentDate", fields.documentDate(), errors);
        Integer pageCount = number("pageCount", fields.pageCount(), errors);
        Integer position = number("position", fields.position(), errors);
        LocalDate validUntil = date("validUntil", fields.validUntil(), errors);
        if (!errors.isEmpty()) {
            throw new ValidationProblem(errors);
        }
        Accepted accepted = accept(file);

        Document document = new Document();
        document.id = UUID.randomUUID();
        document.customerId = customerId;
        document.type = type;
        document.title = title;
        document.documentDate = documentDate;
        document.pageCount = pageCount;
        document.position = position != null ? position : repository.nextPosition(customerId);
        document.validUntil = validUntil;
        document.currentVersion = 1;
        repository.persist(document);
        DocumentVersion version = storeVersion(document, 1, accepted);
        repository.flush();
        audit.record(
                AuditWriter.DOCUMENT,
                document.id,
                customerId,
                AuditWriter.CREATE,
                FieldChanges.created(snapshot(document, version)));
        return new View(document, List.of(version));
    }

    /** Stores a new file as the document's next version; earlier versions stay. */
    @Transactional
    public View addVersion(
            UUID customerId,
            UUID documentId,
            String ifMatch,
            IncomingFile file,
            String pageCountText,
            String validUntilText) {
        customers.get(customerId);
        Document document = findForChange(customerId, documentId);
        ETags.requireMatch(ifMatch, document.version);
        if (Document.WITHDRAWN.equals(document.status)) {
            throw new ConflictProblem(
                    "document-withdrawn",
                    "Document withdrawn",
                    "A withdrawn document takes no new version; set its status to ACTIVE first.");
        }
        checkSize(file);
        List<FieldError> errors = new ArrayList<>();
        if (file == null) {
            errors.add(new FieldError("file", "file.required", "A file is required."));
        }
        Integer pageCount = number("pageCount", pageCountText, errors);
        LocalDate validUntil = date("validUntil", validUntilText, errors);
        if (!errors.isEmpty()) {
            throw new ValidationProblem(errors);
        }
        Accepted accepted = accept(file);
        DocumentVersion previous =
                repository.version(document.id, document.currentVersion).orElseThrow();
        Map<String, Object> before = snapshot(document, previous);

        int number = document.currentVersion + 1;
        DocumentVersion version = storeVersion(document, number, accepted);
        document.currentVersion = number;
        if (pageCount != null) {
            document.pageCount = pageCount;
        }
        if (validUntil != null) {
            document.validUntil = validUntil;
        }
        repository.flush();
        audit.record(
                AuditWriter.DOCUMENT,
                document.id,
                customerId,
                AuditWriter.UPLOAD_VERSION,
                FieldChanges.between(before, snapshot(document, version)));
        return views(List.of(document)).get(0);
    }

    @Transactional
    public View update(UUID customerId, UUID documentId, ObjectNode body, String ifMatch) {
        customers.get(customerId);
        Document document = findForChange(customerId, documentId);
        ETags.requireMatch(ifMatch, document.version);
        DocumentVersion current =
                repository.version(document.id, document.currentVersion).orElseThrow();
        Map<String, Object> before = snapshot(document, current);
        MergePatch patch = MergePatch.of(body, EDITABLE, SERVER_OWNED);
        if (patch.has("type")) {
            DocumentTypeDto type = patch.enumValue("type", DocumentTypeDto::fromValue);
            document.type = type == null ? document.type : type.toString();
        }
        if (patch.has("title")) {
            String title = patch.requiredText("title", 200);
            document.title = title == null || title.isBlank() ? document.title : title.trim();
        }
        if (patch.has("documentDate")) document.documentDate = patch.date("documentDate");
        if (patch.has("pageCount")) {
            document.pageCount = patch.integer("pageCount", 1, MAX_NUMBER, true);
        }
        if (patch.has("position")) {
            Integer position = patch.integer("position", 1, MAX_NUMBER, false);
            document.position = position == null ? document.position : position;
        }
        if (patch.has("validUntil")) document.validUntil = patch.date("validUntil");
        if (patch.has("status")) {
            DocumentStatusDto status = patch.enumValue("status", DocumentStatusDto::fromValue);
            document.status = status == null ? document.status : status.toString();
        }
        patch.check();
        repository.flush();
        var changes = FieldChanges.between(before, snapshot(document, current));
        if (!changes.isEmpty()) {
            boolean withdrawn =
                    !Document.WITHDRAWN.equals(before.get("status"))
                            && Document.WITHDRAWN.equals(document.status);
            audit.record(
                    AuditWriter.DOCUMENT,
                    document.id,
                    customerId,
                    withdrawn ? AuditWriter.WITHDRAW : AuditWriter.UPDATE,
                    changes);
        }
        return views(List.of(document)).get(0);
    }

    // -----------------------------------------------------------------------------------------
    // Helpers
    // -----------------------------------------------------------------------------------------

    private Document find(UUID customerId, UUID documentId) {
        return repository
                .findOf(customerId, documentId)
                .orElseThrow(() -> new NotFoundProblem("No document with this id."));
    }

    /** Locks the row, so concurrent changes with the same If-Match wait and then get 412. */
    private Document findForChange(UUID customerId, UUID documentId) {
        Document document = find(customerId, documentId);
        repository.getEntityManager().refresh(document, LockModeType.PESSIMISTIC_WRITE);
        return document;
    }

    private List<View> views(List<Document> rows) {
        Map<UUID, List<DocumentVersion>> versions =
                repository.versionsOf(rows.stream().map(d -> d.id).toList()).stream()
                        .collect(
                                Collectors.groupingBy(
                                        v -> v.documentId,
                                        LinkedHashMap::new,
                                        Collectors.toList()));
        return rows.stream().map(d -> new View(d, versions.getOrDefault(d.id, List.of()))).toList();
    }

    private int pageSize(Integer limit) {
        int size = limit == null ? config.paging().defaultLimit() : limit;
        if (size < 1 || size > config.paging().maxLimit()) {
            throw ValidationProblem.of(
                    "limit", "limit.range", "Between 1 and " + config.paging().maxLimit() + ".");
        }
        return size;
    }

    private void checkSize(IncomingFile file) {
        long max = documents.maxSize().asLongValue();
        if (file != null && file.size() > max) {
            throw new DocumentProblems.TooLarge(max);
        }
    }

    /** Reads the uploaded file and checks it: not empty, an accepted type, as declared. */
    private Accepted accept(IncomingFile file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long max = documents.maxSize().asLongValue();
        if (bytes.length > max) {
            throw new DocumentProblems.TooLarge(max);
        }
        if (bytes.length == 0) {
            throw ValidationProblem.of("file", "file.empty", "The file is empty.");
        }
        String detected = sniffer.detect(bytes);
        if (!ContentSniffer.ACCEPTED.contains(detected)) {
            throw new DocumentProblems.UnsupportedType(
                    "file.unsupportedType", "Files of type " + detected + " are not accepted.");
        }
        if (!ContentSniffer.agrees(file.declaredType(), detected)) {
            throw new DocumentProblems.UnsupportedType(
                    "file.typeMismatch",
                    "The file was declared as "
                            + file.declaredType()
                            + " but its content is "
                            + detected
                            + ".");
        }
        return new Accepted(
                bytes, sha256(bytes), detected, fileName(file.fileName()), bytes.length);
    }

    private DocumentVersion storeVersion(Document document, int number, Accepted file) {
        DocumentVersion version = new DocumentVersion();
        version.id = UUID.randomUUID();
        version.documentId = document.id;
        version.number = number;
        version.fileName = file.fileName();
        version.contentType = file.contentType();
        version.size = file.size();
        version.sha256 = file.sha256();
        version.uploadedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        version.uploadedById = caller.subject();
        version.uploadedBy = caller.username();
        DocumentContent content = new DocumentContent();
        content.versionId = version.id;
        content.bytes = file.bytes();
        repository.persistVersion(version, content);
        return version;
    }

    private void recordIntegrityFailure(
            Document document, DocumentVersion version, String actual, long actualSize) {
        LOG.errorf(
                "Document integrity failure: document %s version %d of customer %s: stored"
                        + " SHA-256 %s (%d bytes), computed %s (%d bytes); not served",
                document.id,
                version.number,
                document.customerId,
                version.sha256,
                version.size,
                actual,
                actualSize);
        List<FieldChange> changes =
                List.of(
                        new FieldChange("version", String.valueOf(version.number), null),
                        new FieldChange("sha256", version.sha256, actual),
                        new FieldChange(
                                "size", String.valueOf(version.size), String.valueOf(actualSize)));
        // Its own transaction: the request fails, the record of the incident must stay.
        QuarkusTransaction.requiringNew()
                .run(
                        () ->
                                audit.record(
                                        AuditWriter.DOCUMENT,
                                        document.id,
                                        document.customerId,
                                        AuditWriter.INTEGRITY_FAILURE,
                                        changes));
    }

    /** The file name without any client path, control characters or excess length. */
    static String fileName(String raw) {
        String name = raw == null ? "" : raw;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = "document";
        }
        if (name.length() > MAX_FILE_NAME) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_FILE_NAME - extension.length()) + extension;
        }
        return name;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String documentType(String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError("type", "type.required", "A document type is required."));
            return null;
        }
        try {
            return DocumentTypeDto.fromValue(value.trim()).toString();
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("type", "invalidValue", "This value is not allowed."));
            return null;
        }
    }

    private static LocalDate date(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "invalidValue", "Expected a date (YYYY-MM-DD)."));
            return null;
        }
    }

    private static Integer number(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= 1 && number <= MAX_NUMBER) {
                return number;
            }
            errors.add(
                    new FieldError(field, field + ".range", "Between 1 and " + MAX_NUMBER + "."));
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "invalidType", "Expected a whole number."));
        }
        return null;
    }

    /** The audited fields, named as in the contract. */
    private static Map<String, Object> snapshot(Document d, DocumentVersion v) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("type", d.type);
        fields.put("title", d.title);
        fields.put("documentDate", d.documentDate);
        fields.put("pageCount", d.pageCount);
        fields.put("position", d.position);
        fields.put("validUntil", d.validUntil);
        fields.put("status", d.status);
        fields.put("currentVersion", d.currentVersion);
        fields.put("fileName", v.fileName);
        fields.put("contentType", v.contentType);
        fields.put("size", v.size);
        fields.put("sha256", v.sha256);
        return fields;
    }
}
