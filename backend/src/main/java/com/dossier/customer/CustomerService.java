package com.dossier.customer;

import com.dossier.api.model.CustomerCreateDto;
import com.dossier.audit.AuditWriter;
import com.dossier.audit.FieldChange;
import com.dossier.audit.FieldChanges;
import com.dossier.profiletemplate.CustomValues;
import com.dossier.profiletemplate.ProfileTemplateService;
import com.dossier.shared.config.DossierConfig;
import com.dossier.shared.error.ConflictProblem;
import com.dossier.shared.error.FieldError;
import com.dossier.shared.error.NotFoundProblem;
import com.dossier.shared.error.ValidationProblem;
import com.dossier.shared.security.Caller;
import com.dossier.shared.security.DataScope;
import com.dossier.shared.web.Cursor;
import com.dossier.shared.web.ETags;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/** Rules and transactions of customer archives. */
@ApplicationScoped
public class CustomerService {
    private final CustomerRepository repository;
    private final ArchiveNumberGenerator archiveNumbers;
    private final Caller caller;
    private final DossierConfig config;
    private final AuditWriter audit;
    private final CustomerPatcher patcher;
    private final ObjectMapper json;
    private final ProfileTemplateService templates;
    private final StatusHistory statusHistory;
    @Inject CustomerSearchKeys searchKeys;

    CustomerService(
            CustomerRepository repository,
            ArchiveNumberGenerator archiveNumbers,
            Caller caller,
            DossierConfig config,
            AuditWriter audit,
            CustomerPatcher patcher,
            ObjectMapper json,
            ProfileTemplateService templates,
            StatusHistory statusHistory) {
        this.repository = repository;
        this.archiveNumbers = archiveNumbers;
        this.caller = caller;
        this.config = config;
        this.audit = audit;
        this.patcher = patcher;
        this.json = json;
        this.templates = templates;
        this.statusHistory = statusHistory;
    }

    /** A customer in the caller's scope; out of scope and absent are the same 404. */
    public Customer get(UUID id) {
        return repository
                .findInScope(id, caller.scope())
                .orElseThrow(() -> new NotFoundProblem("No customer with this id."));
    }

    /**
     * A customer the caller may read: its scope plus its valid access grants. For read-only paths
     * (detail and child lists); anything that changes data uses {@link #get(UUID)}, so a grant
     * alone answers 404 there, exactly as without it.
     */
    public Customer getForReading(UUID id) {
        return repository
                .findInScope(id, caller.readScope())
                .orElseThrow(() -> new NotFoundProblem("No customer with this id."));
    }

    /**
     * The caller's own scope (grants left aside) as a JPQL predicate on a {@code Customer} alias
     * {@code c}, for features that list their records across customers (documents about to expire,
     * …); {@code params} receives its parameter values.
     */
    public String scopePredicate(Map<String, Object> params) {
        return CustomerRepository.scopePredicate(caller.scope(), params);
    }

    /** Whether the customer is in the caller's own scope, grants left aside. */
    public boolean isInOwnScope(UUID id) {
        return repository.findInScope(id, caller.scope()).isPresent();
    }

    /**
     * The id of the customer with this exact id or archive number, whatever the caller's scope, for
     * access requests: the caller already knows the identifier, and learns nothing more.
     */
    public UUID resolveExisting(UUID id, String archiveNo) {
        Optional<Customer> found =
                id != null
                        ? repository.findByIdOptional(id)
                        : repository.findByArchiveNo(archiveNo.trim());
        return found.map(c -> c.id)
                .orElseThrow(
                        () ->
                                new NotFoundProblem(
                                        id != null
                                                ? "No customer with this id."
                                                : "No customer with this archive number."));
    }

    /**
     * 404 unless the customer exists, whatever the caller's scope: for roles that oversee every
     * archive without reading its data (auditors reading its access log).
     */
    public void requireExists(UUID id) {
        if (repository.findByIdOptional(id).isEmpty()) {
            throw new NotFoundProblem("No customer with this id.");
        }
    }

    public record Page(List<Customer> items, String nextCursor) {}

    public Page search(CustomerSearch search, String sortParam, Integer limit, String cursor) {
        CustomerSort sort = CustomerSort.fromParam(sortParam == null ? "-createdAt" : sortParam);
        if (sort == null) {
            throw ValidationProblem.of("sort", "sort.invalid", "Unknown sort key.");
        }
        int size = limit == null ? config.paging().defaultLimit() : limit;
        if (size < 1 || size > config.paging().maxLimit()) {
            throw ValidationProblem.of(
                    "limit", "limit.range", "Between 1 and " + config.paging().maxLimit() + ".");
        }
        Cursor after = Cursor.decode(cursor, sort.param);
        Object afterKey = null;
        if (after != null) {
            try {
                afterKey = sort.parseKey(after.key());
            } catch (RuntimeException e) {
                throw ValidationProblem.of("cursor", "cursor.invalid", "The cursor is invalid.");
            }
        }
        List<Customer> rows =
                repository.search(
                        withCustomProbes(search),
                        caller.scope(),
                        sort,
                        afterKey,
                        after == null ? null : after.id(),
                        size);
        if (rows.size() <= size) {
            return new Page(rows, null);
        }
        Customer last = rows.get(size - 1);
        return new Page(
                rows.subList(0, size), new Cursor(sort.param, sort.keyOf(last), last.id).encode());
    }

    /**
     * Every customer of the caller's scope that {@code search} finds, in {@code sortParam} order,
     * handed to {@code sink} a batch at a time (keyset over the sort key and the id). The
     * persistence context is cleared after each batch, so memory stays bounded whatever the number
     * of rows: the sink must not keep the entities.
     */
    public void forEachInScope(
            CustomerSearch search, String sortParam, int batchSize, Consumer<List<Customer>> sink) {
        CustomerSort sort = CustomerSort.fromParam(sortParam == null ? "-createdAt" : sortParam);
        if (sort == null) {
            throw ValidationProblem.of("sort", "sort.invalid", "Unknown sort key.");
        }
        CustomerSearch probes = withCustomProbes(search);
        DataScope scope = caller.scope();
        Object afterKey = null;
        UUID afterId = null;
        while (true) {
            List<Customer> rows =
                    repository.search(probes, scope, sort, afterKey, afterId, batchSize);
            List<Customer> batch = rows.size() > batchSize ? rows.subList(0, batchSize) : rows;
            if (!batch.isEmpty()) {
                sink.accept(batch);
                Customer last = batch.get(batch.size() - 1);
                afterKey = sort.parseKey(sort.keyOf(last));
                afterId = last.id;
            }
            repository.getEntityManager().clear();
            if (rows.size() <= batchSize) {
                return;
            }
        }
    }

    /**
     * Turns each custom filter {@code key:value} into the JSON the archive's custom values must
     * contain, typed by the field's template (a list for MULTI_CHOICE, a number for NUMBER).
     */
    private CustomerSearch withCustomProbes(CustomerSearch search) {
        CustomerSearch.Profile profile = search.profile();
        if (profile == null || profile.custom().isEmpty()) {
            return search;
        }
        List<String> probes = new ArrayList<>();
        for (String filter : profile.custom()) {
            int colon = filter.indexOf(':');
            String key = colon < 1 ? null : filter.substring(0, colon);
            String type = key == null ? null : templates.fieldType(key).orElse(null);
            if (type == null) {
                throw ValidationProblem.of(
                        "custom",
                        "custom.unknownKey",
                        "Expected key:value with the key of a profile template field.");
            }
            Object value;
            try {
                value = CustomValues.filterValue(type, filter.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw ValidationProblem.of(
                        "custom", "custom.invalidValue", "The field " + key + " holds numbers.");
            }
            ObjectNode probe = json.createObjectNode();
            probe.set(key, json.valueToTree(value));
            probes.add(probe.toString());
        }
        return new CustomerSearch(
                search.q(),
                search.kind(),
                search.status(),
                search.ownerId(),
                search.team(),
                search.nature(),
                search.industry(),
                search.region(),
                new CustomerSearch.Profile(
                        profile.province(),
                        profile.city(),
                        profile.district(),
                        profile.area(),
                        profile.urbanRural(),
                        profile.sourceChannel(),
                        profile.businessCategory(),
                        profile.gender(),
                        profile.incomeBand(),
                        profile.profileTemplateId(),
                        probes));
    }

    @Transactional
    public Customer create(CustomerCreateDto input) {
        Customer customer = new Customer();
        customer.id = UUID.randomUUID();
        customer.kind = input.getKind().toString();
        customer.status = CustomerStatus.DRAFT;
        patcher.applyNew(customer, createBody(input));
        if (!caller.isPartner()) {
            customer.ownerId = caller.subject();
            customer.team = caller.firstTeam();
        }
        customer.archiveNo = archiveNumbers.next();
        repository.persistAndFlush(customer);
        searchKeys.refresh(customer);
        audit.record(
                AuditWriter.CUSTOMER,
                customer.id,
                customer.id,
                AuditWriter.CREATE,
                Masking.changes(FieldChanges.created(patcher.snapshot(customer))));
        statusHistory.record(customer, null, customer.status, null);
        return customer;
    }

    /** The create body as a merge patch of an empty archive: absent and empty values dropped. */
    private ObjectNode createBody(CustomerCreateDto input) {
        ObjectNode body = json.valueToTree(input);
        body.remove("kind");
        List<String> empty = new ArrayList<>();
        body.fields()
                .forEachRemaining(
                        e -> {
                            JsonNode value = e.getValue();
                            if (value.isNull()
                                    || (value.isContainerNode() && value.isEmpty())
                                    || (value.isTextual() && value.textValue().isBlank())) {
                                empty.add(e.getKey());
                            }
                        });
        body.remove(empty);
        return body;
    }

    /**
     * Edits a draft archive; the changes go through {@link CustomerPatcher}, which checks every
     * rule and names what it changed.
     */
    @Transactional
    public Customer update(UUID id, ObjectNode body, String ifMatch) {
        Customer customer = get(id);
        ETags.requireMatch(ifMatch, customer.version);
        if (customer.status != CustomerStatus.DRAFT) {
            throw new ConflictProblem(
                    "not-editable",
                    "Archive cannot be edited",
                    switch (customer.status) {
                        case APPROVED ->
                                "This archive is approved; propose a correction"
                                        + " (POST /api/v1/customers/{id}/corrections) instead"
                                        + " of editing it.";
                        case PENDING_APPROVAL ->
                                "This archive awaits approval; it can be edited again once a"
                                        + " sales director rejects it back to draft.";
                        default -> "This archive is archived; restore it before editing.";
                    });
        }
        apply(customer, body, AuditWriter.UPDATE);
        return customer;
    }

    /**
     * Applies an accepted correction of an approved archive as a JSON merge patch, with exactly the
     * checks of PATCH and a per-field audit event (action CORRECT). Joins the caller's transaction,
     * so a refused value (400) leaves nothing changed, the correction included.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Customer applyCorrection(UUID id, ObjectNode patch) {
        Customer customer = get(id);
        if (customer.status != CustomerStatus.APPROVED) {
            throw new ConflictProblem(
                    "not-approved",
                    "Archive is not approved",
                    customer.status == CustomerStatus.ARCHIVED
                            ? "This archive is archived; restore it before correcting it."
                            : "Only approved archives are corrected; edit this one directly.");
        }
        apply(customer, patch, AuditWriter.CORRECT);
        return customer;
    }

    /** Writes pending changes of the current transaction, so the version (ETag) is current. */
    public void flush() {
        repository.flush();
    }

    /** The properties a merge patch (and so a correction) may change. */
    public static Set<String> editableFields() {
        return CustomerPatcher.EDITABLE;
    }

    /** The patch through every rule, then one audit event with each change. */
    private void apply(Customer customer, ObjectNode body, String action) {
        var changes = patcher.apply(customer, body);
        repository.flush();
        if (!changes.isEmpty()) {
            audit.record(AuditWriter.CUSTOMER, customer.id, customer.id, action, changes);
        }
        // The pinyin keys derive from the names only: most edits leave them as they are.
        if (changes.stream()
                .anyMatch(c -> c.field().equals("name") || c.field().equals("shortName"))) {
            searchKeys.refresh(customer);
        }
    }

    @Transactional
    public Customer archive(UUID id, String ifMatch) {
        Customer customer = get(id);
        ETags.requireMatch(ifMatch, customer.version);
        if (customer.status == CustomerStatus.ARCHIVED) {
            throw new ConflictProblem(
                    "invalid-transition", "Already archived", "This archive is already archived.");
        }
        Map<String, Object> before = snapshot(customer);
        customer.statusBeforeArchive = customer.status;
        customer.status = CustomerStatus.ARCHIVED;
        repository.flush();
        statusHistory.record(customer, customer.statusBeforeArchive, customer.status, null);
        audit.record(
                AuditWriter.CUSTOMER,
                customer.id,
                customer.id,
                AuditWriter.ARCHIVE,
                Masking.changes(FieldChanges.between(before, snapshot(customer))));
        return customer;
    }

    @Transactional
    public Customer restore(UUID id, String ifMatch) {
        Customer customer = get(id);
        ETags.requireMatch(ifMatch, customer.version);
        if (customer.status != CustomerStatus.ARCHIVED) {
            throw new ConflictProblem(
                    "invalid-transition",
                    "Not archived",
                    "Only an archived archive can be restored.");
        }
        Map<String, Object> before = snapshot(customer);
        customer.status =
                customer.statusBeforeArchive == null
                        ? CustomerStatus.DRAFT
                        : customer.statusBeforeArchive;
        customer.statusBeforeArchive = null;
        repository.flush();
        statusHistory.record(customer, CustomerStatus.ARCHIVED, customer.status, null);
        audit.record(
                AuditWriter.CUSTOMER,
                customer.id,
                customer.id,
                AuditWriter.RESTORE,
                Masking.changes(FieldChanges.between(before, snapshot(customer))));
        return customer;
    }

    /**
     * Archives a duplicate merged into {@code target} (the merge's transaction): status ARCHIVED
     * through the status history, the pointer to the target, and an audit event (MERGE) on it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void archiveMerged(Customer source, Customer target, String reason) {
        Map<String, Object> before = snapshot(source);
        CustomerStatus from = source.status;
        if (from != CustomerStatus.ARCHIVED) {
            source.statusBeforeArchive = from;
            source.status = CustomerStatus.ARCHIVED;
        }
        source.mergedInto = target.id;
        source.mergedAt = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        repository.flush();
        String note = "Merged into " + target.archiveNo + ": " + reason;
        statusHistory.record(
                source,
                from,
                CustomerStatus.ARCHIVED,
                note.length() > 1000 ? note.substring(0, 1000) : note);
        List<com.dossier.audit.FieldChange> changes =
                new ArrayList<>(FieldChanges.between(before, snapshot(source)));
        changes.add(new com.dossier.audit.FieldChange("mergedInto", null, target.id.toString()));
        changes.add(
                new com.dossier.audit.FieldChange("mergedIntoArchiveNo", null, target.archiveNo));
        changes.add(new com.dossier.audit.FieldChange("reason", null, reason));
        audit.record(AuditWriter.CUSTOMER, source.id, source.id, AuditWriter.MERGE, changes);
    }

    /**
     * A new version (ETag) of an archive whose related records changed while its own fields did not
     * (the target of a merge), written at once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void touch(Customer customer) {
        customer.updatedAt = java.time.Instant.now();
        repository.flush();
    }

    /**
     * The rules of {@link #create} for a would-be archive of {@code kind} from {@code body} (a
     * create body as a merge patch, blank values left out), without writing anything: the field
     * errors, empty when it could be created. A credit code another archive has is an error of
     * {@code creditCode}. For imports' dry runs.
     */
    public List<FieldError> check(String kind, ObjectNode body) {
        Customer customer = new Customer();
        customer.id = UUID.randomUUID();
        customer.kind = kind;
        try {
            patcher.applyNew(customer, body);
            return List.of();
        } catch (ValidationProblem e) {
            return e.errors();
        } catch (ConflictProblem e) {
            return List.of(new FieldError("creditCode", "creditCode.duplicate", e.getMessage()));
        }
    }

    /**
     * Creates a draft archive from an import row exactly as {@link #create} does (same rules, owner
     * the caller, archive number, search keys, status history), in the caller's transaction; its
     * audit event (CREATE) also names the import. A refused value throws as in create, and the
     * caller's transaction ends with nothing written.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Customer createImported(String kind, ObjectNode body, UUID importId) {
        Customer customer = new Customer();
        customer.id = UUID.randomUUID();
        customer.kind = kind;
        customer.status = CustomerStatus.DRAFT;
        patcher.applyNew(customer, body);
        customer.ownerId = caller.subject();
        customer.team = caller.firstTeam();
        customer.archiveNo = archiveNumbers.next();
        repository.persistAndFlush(customer);
        searchKeys.refresh(customer);
        Map<String, Object> created = patcher.snapshot(customer);
        created.put("importId", importId.toString());
        audit.record(
                AuditWriter.CUSTOMER,
                customer.id,
                customer.id,
                AuditWriter.CREATE,
                FieldChanges.created(created));
        statusHistory.record(customer, null, customer.status, null);
        return customer;
    }

    /** Writes the pending changes of the current transaction (versions become final). */
    public void flushAll() {
        repository.flush();
    }

    /**
     * Archives the archives an import created, all or none: refused with 409 naming every archive
     * that is no longer the draft at the version the import left (edited, submitted, transferred,
     * archived…). Runs in the caller's transaction; each archive gets an ARCHIVE audit event that
     * names the import, and a status change.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int archiveImported(Map<UUID, Long> versions, UUID importId) {
        List<Customer> customers = repository.list("id in ?1", List.copyOf(versions.keySet()));
        List<String> changed = new ArrayList<>();
        for (Customer customer : customers) {
            if (customer.status != CustomerStatus.DRAFT
                    || customer.version != versions.get(customer.id)) {
                changed.add(customer.archiveNo);
            }
        }
        if (!changed.isEmpty() || customers.size() != versions.size()) {
            changed.sort(null);
            throw new ConflictProblem(
                    "import-changed",
                    "Imported archives changed",
                    "These archives were changed since the import, so it cannot be reverted: "
                            + String.join(", ", changed)
                            + ". Archive or correct them one by one instead.");
        }
        for (Customer customer : customers) {
            Map<String, Object> before = snapshot(customer);
            customer.statusBeforeArchive = customer.status;
            customer.status = CustomerStatus.ARCHIVED;
            statusHistory.record(customer, customer.statusBeforeArchive, customer.status, null);
            var changes = new ArrayList<>(FieldChanges.between(before, snapshot(customer)));
            changes.add(new FieldChange("importId", null, importId.toString()));
            audit.record(
                    AuditWriter.CUSTOMER, customer.id, customer.id, AuditWriter.ARCHIVE, changes);
        }
        repository.flush();
        return customers.size();
    }

    private Map<String, Object> snapshot(Customer c) {
        return patcher.snapshot(c);
    }
}
