package com.dossier.customer;

import com.dossier.api.model.CustomerCreateDto;
import com.dossier.api.model.CustomerKindDto;
import com.dossier.api.model.CustomerNatureDto;
import com.dossier.audit.AuditWriter;
import com.dossier.audit.FieldChanges;
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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** Rules and transactions of customer archives. */
@ApplicationScoped
public class CustomerService {
    static final Set<String> EDITABLE =
            Set.of(
                    "name",
                    "shortName",
                    "creditCode",
                    "nature",
                    "industry",
                    "region",
                    "address",
                    "phone",
                    "email",
                    "notes");
    static final Set<String> SERVER_OWNED =
            Set.of(
                    "id",
                    "archiveNo",
                    "kind",
                    "ownerId",
                    "team",
                    "status",
                    "version",
                    "createdAt",
                    "updatedAt");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 ()\\-]{4,38}$");

    private final CustomerRepository repository;
    private final ArchiveNumberGenerator archiveNumbers;
    private final Caller caller;
    private final DossierConfig config;
    private final AuditWriter audit;

    CustomerService(
            CustomerRepository repository,
            ArchiveNumberGenerator archiveNumbers,
            Caller caller,
            DossierConfig config,
            AuditWriter audit) {
        this.repository = repository;
        this.archiveNumbers = archiveNumbers;
        this.caller = caller;
        this.config = config;
        this.audit = audit;
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
                        search,
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

    @Transactional
    public Customer create(CustomerCreateDto input) {
        List<FieldError> errors = new ArrayList<>();
        boolean organisation = input.getKind() == CustomerKindDto.ORGANIZATION;
        if (input.getName() == null || input.getName().isBlank()) {
            errors.add(new FieldError("name", "name.required", "A name is required."));
        }
        checkCreditCode(input.getCreditCode(), organisation, errors);
        checkContact(input.getPhone(), input.getEmail(), errors);
        if (!errors.isEmpty()) {
            throw new ValidationProblem(errors);
        }
        Customer customer = new Customer();
        CustomerMapper.copyProfile(input, customer);
        rejectDuplicateCreditCode(customer.creditCode, null);
        customer.id = UUID.randomUUID();
        customer.status = CustomerStatus.DRAFT;
        if (!caller.isPartner()) {
            customer.ownerId = caller.subject();
            customer.team = caller.firstTeam();
        }
        customer.archiveNo = archiveNumbers.next();
        repository.persistAndFlush(customer);
        audit.record(
                AuditWriter.CUSTOMER,
                customer.id,
                customer.id,
                AuditWriter.CREATE,
                FieldChanges.created(snapshot(customer)));
        return customer;
    }

    @Transactional
    public Customer update(UUID id, ObjectNode body, String ifMatch) {
        Customer customer = get(id);
        ETags.requireMatch(ifMatch, customer.version);
        Map<String, Object> before = snapshot(customer);
        if (customer.status == CustomerStatus.APPROVED
                || customer.status == CustomerStatus.ARCHIVED) {
            throw new ConflictProblem(
                    "not-editable",
                    "Archive cannot be edited",
                    customer.status == CustomerStatus.APPROVED
                            ? "This archive is approved; file a correction instead of editing it."
                            : "This archive is archived; restore it before editing.");
        }
        MergePatch patch = MergePatch.of(body, EDITABLE, SERVER_OWNED);
        if (patch.has("name")) {
            String name = patch.requiredText("name", 200);
            customer.name = name == null ? customer.name : name.trim();
        }
        if (patch.has("shortName")) {
            customer.shortName = CustomerMapper.blankToNull(patch.text("shortName", 100));
        }
        if (patch.has("creditCode")) {
            customer.creditCode = CustomerMapper.blankToNull(patch.text("creditCode", 18));
        }
        if (patch.has("nature")) {
            CustomerNatureDto nature = patch.enumValue("nature", CustomerNatureDto::fromValue);
            customer.nature = nature == null ? customer.nature : nature.toString();
        }
        if (patch.has("industry")) {
            customer.industry = CustomerMapper.blankToNull(patch.text("industry", 100));
        }
        if (patch.has("region")) {
            customer.region = CustomerMapper.blankToNull(patch.text("region", 200));
        }
        if (patch.has("address")) {
            customer.address = CustomerMapper.blankToNull(patch.text("address", 300));
        }
        if (patch.has("phone")) {
            customer.phone = CustomerMapper.blankToNull(patch.text("phone", 40));
        }
        if (patch.has("email")) {
            customer.email = CustomerMapper.blankToNull(patch.email("email", 200));
        }
        if (patch.has("notes")) {
            customer.notes = CustomerMapper.blankToNull(patch.text("notes", 4000));
        }
        patch.check();
        List<FieldError> errors = new ArrayList<>();
        if (patch.has("creditCode")) {
            checkCreditCode(customer.creditCode, "ORGANIZATION".equals(customer.kind), errors);
        }
        if (patch.has("phone")) {
            checkContact(customer.phone, null, errors);
        }
        if (!errors.isEmpty()) {
            throw new ValidationProblem(errors);
        }
        if (patch.has("creditCode")) {
            rejectDuplicateCreditCode(customer.creditCode, customer.id);
        }
        repository.flush();
        var changes = FieldChanges.between(before, snapshot(customer));
        if (!changes.isEmpty()) {
            audit.record(
                    AuditWriter.CUSTOMER, customer.id, customer.id, AuditWriter.UPDATE, changes);
        }
        return customer;
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
        audit.record(
                AuditWriter.CUSTOMER,
                customer.id,
                customer.id,
                AuditWriter.ARCHIVE,
                FieldChanges.between(before, snapshot(customer)));
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
        audit.record(
                AuditWriter.CUSTOMER,
                customer.id,
                customer.id,
                AuditWriter.RESTORE,
                FieldChanges.between(before, snapshot(customer)));
        return customer;
    }

    /** The audited fields, named as in the contract. */
    private static Map<String, Object> snapshot(Customer c) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("archiveNo", c.archiveNo);
        fields.put("kind", c.kind);
        fields.put("name", c.name);
        fields.put("shortName", c.shortName);
        fields.put("creditCode", c.creditCode);
        fields.put("nature", c.nature);
        fields.put("industry", c.industry);
        fields.put("region", c.region);
        fields.put("address", c.address);
        fields.put("phone", c.phone);
        fields.put("email", c.email);
        fields.put("notes", c.notes);
        fields.put("ownerId", c.ownerId);
        fields.put("team", c.team);
        fields.put("status", c.status);
        return fields;
    }

    private static void checkCreditCode(
            String code, boolean organisation, List<FieldError> errors) {
        if (code == null || code.isBlank()) {
            return;
        }
        if (!organisation) {
            errors.add(
                    new FieldError(
                            "creditCode",
                            "creditCode.organisationOnly",
                            "Only organisations have a unified social credit code."));
        } else if (code.trim().length() != 18) {
            errors.add(
                    new FieldError("creditCode", "creditCode.length", "Must have 18 characters."));
        } else if (!CreditCode.isValid(code.trim())) {
            errors.add(
                    new FieldError(
                            "creditCode",
                            "creditCode.checkCharacter",
                            "The check character of the unified social credit code is wrong."));
        }
    }

    private static void checkContact(String phone, String email, List<FieldError> errors) {
        if (phone != null && !phone.isBlank() && !PHONE.matcher(phone.trim()).matches()) {
            errors.add(new FieldError("phone", "phone.format", "This is not a phone number."));
        }
        if (email != null && !email.isBlank() && !EMAIL.matcher(email.trim()).matches()) {
            errors.add(new FieldError("email", "email.format", "This is not an e-mail address."));
        }
    }

    /** The duplicate check deliberately ignores scope: a code must be unique company-wide. */
    private void rejectDuplicateCreditCode(String creditCode, UUID self) {
        if (creditCode == null) {
            return;
        }
        repository
                .findByCreditCode(creditCode)
                .filter(existing -> !existing.id.equals(self))
                .ifPresent(
                        existing -> {
                            throw new ConflictProblem(
                                    "duplicate-credit-code",
                                    "Duplicate credit code",
                                    "Customer archive "
                                            + existing.archiveNo
                                            + " already has this credit code.");
                        });
    }
}
