package com.dossier.contact;

import com.dossier.api.model.ContactCreateDto;
import com.dossier.api.model.DecisionRoleDto;
import com.dossier.audit.AuditWriter;
import com.dossier.audit.FieldChange;
import com.dossier.audit.FieldChanges;
import com.dossier.customer.CustomerService;
import com.dossier.shared.config.DossierConfig;
import com.dossier.shared.error.FieldError;
import com.dossier.shared.error.NotFoundProblem;
import com.dossier.shared.error.ValidationProblem;
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
import java.util.Set;
import java.util.UUID;

/** Rules of contacts. The customer is always resolved through the caller's data scope first. */
@ApplicationScoped
public class ContactService {
    static final Set<String> EDITABLE =
            Set.of(
                    "name",
                    "title",
                    "department",
                    "mobile",
                    "phone",
                    "email",
                    "birthday",
                    "decisionRole",
                    "hobbies",
                    "notes",
                    "primary");
    static final Set<String> SERVER_OWNED =
            Set.of("id", "customerId", "active", "version", "createdAt", "updatedAt");
    private static final String SORT = "primary,name";

    private final ContactRepository repository;
    private final CustomerService customers;
    private final DossierConfig config;
    private final AuditWriter audit;

    ContactService(
            ContactRepository repository,
            CustomerService customers,
            DossierConfig config,
            AuditWriter audit) {
        this.repository = repository;
        this.customers = customers;
        this.config = config;
        this.audit = audit;
    }

    public record Page(List<Contact> items, String nextCursor) {}

    public Page list(UUID customerId, boolean includeInactive, Integer limit, String cursor) {
        customers.getForReading(customerId);
        int size = limit == null ? config.paging().defaultLimit() : limit;
        if (size < 1 || size > config.paging().maxLimit()) {
            throw ValidationProblem.of(
                    "limit", "limit.range", "Between 1 and " + config.paging().maxLimit() + ".");
        }
        Cursor after = Cursor.decode(cursor, SORT);
        ContactRepository.ContactKey key = null;
        if (after != null) {
            String[] parts = after.key().split(":", 2);
            if (parts.length != 2 || !(parts[0].equals("0") || parts[0].equals("1"))) {
                throw ValidationProblem.of("cursor", "cursor.invalid", "The cursor is invalid.");
            }
            key =
                    new ContactRepository.ContactKey(
                            Integer.parseInt(parts[0]), parts[1], after.id());
        }
        List<Contact> rows = repository.list(customerId, includeInactive, key, size);
        if (rows.size() <= size) {
            return new Page(rows, null);
        }
        Contact last = rows.get(size - 1);
        String lastKey = (last.primary ? "0" : "1") + ":" + last.name;
        return new Page(rows.subList(0, size), new Cursor(SORT, lastKey, last.id).encode());
    }

    /** Reading: the customer may be visible through an access grant. */
    public Contact get(UUID customerId, UUID contactId) {
        customers.getForReading(customerId);
        return find(customerId, contactId);
    }

    /** Changing: the customer must be in the caller's own scope (a grant is read-only). */
    private Contact getForChange(UUID customerId, UUID contactId) {
        customers.get(customerId);
        return find(customerId, contactId);
    }

    private Contact find(UUID customerId, UUID contactId) {
        return repository
                .findOf(customerId, contactId)
                .orElseThrow(() -> new NotFoundProblem("No contact with this id."));
    }

    @Transactional
    public Contact create(UUID customerId, ContactCreateDto input) {
        customers.get(customerId);
        if (input.getName() == null || input.getName().isBlank()) {
            throw ValidationProblem.of("name", "name.required", "A name is required.");
        }
        Contact contact = new Contact();
        ContactMapper.copy(input, contact);
        contact.id = UUID.randomUUID();
        contact.customerId = customerId;
        List<Contact> formerPrimaries =
                contact.primary ? clearPrimary(customerId, contact.id) : List.of();
        repository.persistAndFlush(contact);
        audit.record(
                AuditWriter.CONTACT,
                contact.id,
                customerId,
                AuditWriter.CREATE,
                FieldChanges.created(snapshot(contact)));
        auditPrimaryCleared(formerPrimaries);
        return contact;
    }

    /**
     * A contact from an import row for a customer the same import just created, in the caller's
     * transaction: its audit event (CREATE) names the import. The import checked the values with
     * {@link #checkImported}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Contact createImported(
            UUID customerId,
            String name,
            String mobile,
            String title,
            boolean primary,
            UUID importId) {
        Contact contact = new Contact();
        contact.id = UUID.randomUUID();
        contact.customerId = customerId;
        contact.name = name.trim();
        contact.mobile = ContactMapper.blankToNull(mobile);
        contact.title = ContactMapper.blankToNull(title);
        contact.primary = primary;
        repository.persist(contact);
        Map<String, Object> created = new java.util.LinkedHashMap<>(snapshot(contact));
        created.put("importId", importId.toString());
        audit.record(
                AuditWriter.CONTACT,
                contact.id,
                customerId,
                AuditWriter.CREATE,
                FieldChanges.created(created));
        return contact;
    }

    /**
     * The errors of an imported contact's values under the rules of {@link #create}, named {@code
     * contactName}, {@code contactMobile}, {@code contactTitle}; empty if valid.
     */
    public static List<FieldError> checkImported(String name, String mobile, String title) {
        List<FieldError> errors = new java.util.ArrayList<>();
        boolean any = !isBlank(name) || !isBlank(mobile) || !isBlank(title);
        if (any && isBlank(name)) {
            errors.add(
                    new FieldError(
                            "contactName", "contactName.required", "A contact needs a name."));
        } else if (!isBlank(name) && name.trim().length() > 100) {
            errors.add(new FieldError("contactName", "maxLength", "At most 100 characters."));
        }
        if (!isBlank(mobile) && mobile.trim().length() > 40) {
            errors.add(new FieldError("contactMobile", "maxLength", "At most 40 characters."));
        }
        if (!isBlank(title) && title.trim().length() > 100) {
            errors.add(new FieldError("contactTitle", "maxLength", "At most 100 characters."));
        }
        return errors;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    @Transactional
    public Contact update(UUID customerId, UUID contactId, ObjectNode body, String ifMatch) {
        Contact contact = getForChange(customerId, contactId);
        ETags.requireMatch(ifMatch, contact.version);
        Map<String, Object> before = snapshot(contact);
        MergePatch patch = MergePatch.of(body, EDITABLE, SERVER_OWNED);
        if (patch.has("name")) {
            String name = patch.requiredText("name", 100);
            contact.name = name == null ? contact.name : name.trim();
        }
        if (patch.has("title")) contact.title = ContactMapper.blankToNull(patch.text("title", 100));
        if (patch.has("department")) {
            contact.department = ContactMapper.blankToNull(patch.text("department", 100));
        }
        if (patch.has("mobile"))
            contact.mobile = ContactMapper.blankToNull(patch.text("mobile", 40));
        if (patch.has("phone")) contact.phone = ContactMapper.blankToNull(patch.text("phone", 40));
        if (patch.has("email"))
            contact.email = ContactMapper.blankToNull(patch.email("email", 200));
        if (patch.has("birthday")) contact.birthday = patch.date("birthday");
        if (patch.has("decisionRole")) {
            DecisionRoleDto role = patch.enumValue("decisionRole", DecisionRoleDto::fromValue);
            contact.decisionRole = role == null ? contact.decisionRole : role.toString();
        }
        if (patch.has("hobbies"))
            contact.hobbies = ContactMapper.blankToNull(patch.text("hobbies", 500));
        if (patch.has("notes"))
            contact.notes = ContactMapper.blankToNull(patch.text("notes", 4000));
        Boolean primary = patch.has("primary") ? patch.bool("primary") : null;
        patch.check();
        List<Contact> formerPrimaries = List.of();
        if (Boolean.TRUE.equals(primary) && !contact.primary) {
            if (!contact.active) {
                throw ValidationProblem.of(
                        "primary", "primary.inactive", "A contact who has left cannot be primary.");
            }
            formerPrimaries = clearPrimary(customerId, contact.id);
        }
        if (primary != null) {
            contact.primary = primary;
        }
        repository.flush();
        var changes = FieldChanges.between(before, snapshot(contact));
        if (!changes.isEmpty()) {
            audit.record(AuditWriter.CONTACT, contact.id, customerId, AuditWriter.UPDATE, changes);
        }
        auditPrimaryCleared(formerPrimaries);
        return contact;
    }

    /** Marks the contact as having left; it is kept, and stops being primary. */
    @Transactional
    public void deactivate(UUID customerId, UUID contactId, String ifMatch) {
        Contact contact = getForChange(customerId, contactId);
        ETags.requireMatch(ifMatch, contact.version);
        if (!contact.active) {
            return;
        }
        Map<String, Object> before = snapshot(contact);
        contact.active = false;
        contact.primary = false;
        repository.flush();
        audit.record(
                AuditWriter.CONTACT,
                contact.id,
                customerId,
                AuditWriter.MARK_LEFT,
                FieldChanges.between(before, snapshot(contact)));
    }

    /** Clears the customer's other primary contacts; returns those it changed. */
    private List<Contact> clearPrimary(UUID customerId, UUID except) {
        // Through managed entities, so each former primary's version (and ETag) moves too.
        List<Contact> cleared = new ArrayList<>();
        for (Contact previous : repository.primariesOf(customerId)) {
            if (!previous.id.equals(except)) {
                previous.primary = false;
                cleared.add(previous);
            }
        }
        repository.flush();
        return cleared;
    }

    /** A contact that stops being primary because another became so is a change of its own. */
    private void auditPrimaryCleared(List<Contact> formerPrimaries) {
        for (Contact former : formerPrimaries) {
            audit.record(
                    AuditWriter.CONTACT,
                    former.id,
                    former.customerId,
                    AuditWriter.UPDATE,
                    List.of(new FieldChange("primary", "true", "false")));
        }
    }

    /** The audited fields, named as in the contract. */
    private static Map<String, Object> snapshot(Contact c) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", c.name);
        fields.put("title", c.title);
        fields.put("department", c.department);
        fields.put("mobile", c.mobile);
        fields.put("phone", c.phone);
        fields.put("email", c.email);
        fields.put("birthday", c.birthday);
        fields.put("decisionRole", c.decisionRole);
        fields.put("hobbies", c.hobbies);
        fields.put("notes", c.notes);
        fields.put("primary", c.primary);
        fields.put("active", c.active);
        return fields;
    }
}
