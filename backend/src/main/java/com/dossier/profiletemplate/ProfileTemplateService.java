package com.dossier.profiletemplate;

import com.dossier.api.model.ProfileTemplateCreateDto;
import com.dossier.audit.AuditWriter;
import com.dossier.audit.FieldChanges;
import com.dossier.shared.error.FieldError;
import com.dossier.shared.error.NotFoundProblem;
import com.dossier.shared.error.ValidationProblem;
import com.dossier.shared.web.ETags;
import com.dossier.shared.web.MergePatch;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Rules and transactions of profile templates, and what the customer archive needs of them: the
 * templates it may apply and the type of a custom field key.
 */
@ApplicationScoped
public class ProfileTemplateService {
    static final Set<String> EDITABLE =
            Set.of(
                    "name",
                    "nameEn",
                    "description",
                    "customerKind",
                    "businessLine",
                    "active",
                    "fields");
    static final Set<String> SERVER_OWNED = Set.of("id", "version", "createdAt", "updatedAt");
    private static final Set<String> KINDS = Set.of("ORGANIZATION", "INDIVIDUAL");

    /** A template as the customer archive sees it. */
    public record Applicable(
            UUID id, String customerKind, boolean active, List<TemplateField> fields) {
        public boolean fits(String kind) {
            return customerKind == null || customerKind.equals(kind);
        }
    }

    private final ProfileTemplateRepository repository;
    private final AuditWriter audit;
    private final ObjectMapper json;

    ProfileTemplateService(
            ProfileTemplateRepository repository, AuditWriter audit, ObjectMapper json) {
        this.repository = repository;
        this.audit = audit;
        this.json = json;
    }

    public List<ProfileTemplate> list(String customerKind, Boolean active) {
        return repository.list(customerKind, active);
    }

    public ProfileTemplate get(UUID id) {
        return repository
                .findByIdOptional(id)
                .orElseThrow(() -> new NotFoundProblem("No profile template with this id."));
    }

    public Optional<Applicable> applicable(UUID id) {
        return repository
                .findByIdOptional(id)
                .map(t -> new Applicable(t.id, t.customerKind, t.active, List.copyOf(t.fields)));
    }

    /** The type of the custom field with this key in any template, if the key exists. */
    public Optional<String> fieldType(String key) {
        return Optional.ofNullable(repository.findKey(key)).map(k -> k.type);
    }

    @Transactional
    public ProfileTemplate create(ProfileTemplateCreateDto input) {
        List<FieldError> errors = new ArrayList<>();
        ProfileTemplate template = new ProfileTemplate();
        template.id = UUID.randomUUID();
        template.name = requiredText("name", input.getName(), errors);
        template.nameEn = requiredText("nameEn", input.getNameEn(), errors);
        template.description = blankToNull(input.getDescription());
        template.customerKind =
                input.getCustomerKind() == null ? null : input.getCustomerKind().toString();
        template.businessLine = blankToNull(input.getBusinessLine());
        template.active = input.getActive() == null || input.getActive();
        template.fields = TemplateFieldParser.parse(json.valueToTree(input.getFields()), errors);
        checkKeys(template, errors);
        if (!errors.isEmpty()) {
            throw new ValidationProblem(errors);
        }
        template.fields = TemplateFieldParser.sorted(template.fields);
        repository.persist(template);
        registerKeys(template);
        repository.flush();
        audit.record(
                AuditWriter.PROFILE_TEMPLATE,
                template.id,
                null,
                AuditWriter.CREATE,
                FieldChanges.created(snapshot(template)));
        return template;
    }

    @Transactional
    public ProfileTemplate update(UUID id, ObjectNode body, String ifMatch) {
        ProfileTemplate template = get(id);
        ETags.requireMatch(ifMatch, template.version);
        Map<String, Object> before = snapshot(template);
        MergePatch patch = MergePatch.of(body, EDITABLE, SERVER_OWNED);
        if (patch.has("name")) {
            String name = patch.requiredText("name", 100);
            template.name = name == null || name.isBlank() ? template.name : name.trim();
        }
        if (patch.has("nameEn")) {
            String nameEn = patch.requiredText("nameEn", 100);
            template.nameEn = nameEn == null || nameEn.isBlank() ? template.nameEn : nameEn.trim();
        }
        if (patch.has("description")) {
            template.description = blankToNull(patch.text("description", 1000));
        }
        if (patch.has("businessLine")) {
            template.businessLine = blankToNull(patch.text("businessLine", 100));
        }
        if (patch.has("customerKind")) {
            String kind = patch.text("customerKind", 20);
            if (kind != null && !KINDS.contains(kind)) {
                patch.reject("customerKind", "invalidValue", "This value is not allowed.");
            } else {
                template.customerKind = kind;
            }
        }
        if (patch.has("active")) {
            Boolean active = patch.bool("active");
            template.active = active == null ? template.active : active;
        }
        List<FieldError> errors = new ArrayList<>();
        if (patch.has("fields")) {
            template.fields = TemplateFieldParser.parse(body.get("fields"), errors);
        }
        errors.forEach(e -> patch.reject(e.field(), e.code(), e.message()));
        patch.check();
        List<FieldError> keyErrors = new ArrayList<>();
        checkKeys(template, keyErrors);
        if (!keyErrors.isEmpty()) {
            throw new ValidationProblem(keyErrors);
        }
        template.fields = TemplateFieldParser.sorted(template.fields);
        registerKeys(template);
        repository.flush();
        var changes = FieldChanges.between(before, withRemoved(before, snapshot(template)));
        if (!changes.isEmpty()) {
            audit.record(
                    AuditWriter.PROFILE_TEMPLATE, template.id, null, AuditWriter.UPDATE, changes);
        }
        return template;
    }

    /**
     * A key names one field company-wide: taken by another template is refused, and a key keeps the
     * type it was registered with (values already stored depend on it).
     */
    private void checkKeys(ProfileTemplate template, List<FieldError> errors) {
        Map<String, ProfileFieldKey> registered = new HashMap<>();
        for (ProfileFieldKey key :
                repository.keysIn(template.fields.stream().map(TemplateField::key).toList())) {
            registered.put(key.key, key);
        }
        for (int i = 0; i < template.fields.size(); i++) {
            TemplateField field = template.fields.get(i);
            ProfileFieldKey existing = registered.get(field.key());
            if (existing == null) {
                continue;
            }
            String path = "fields[" + i + "]";
            if (!existing.templateId.equals(template.id)) {
                errors.add(
                        new FieldError(
                                path + ".key",
                                "fields.key.taken",
                                "Another profile template already has a field with this key."));
            } else if (!existing.type.equals(field.type())) {
                errors.add(
                        new FieldError(
                                path + ".type",
                                "fields.type.fixed",
                                "The type of an existing field cannot change (it was "
                                        + existing.type
                                        + ")."));
            }
        }
    }

    private void registerKeys(ProfileTemplate template) {
        for (TemplateField field : template.fields) {
            if (repository.findKey(field.key()) == null) {
                ProfileFieldKey key = new ProfileFieldKey();
                key.key = field.key();
                key.templateId = template.id;
                key.type = field.type();
                repository.persistKey(key);
            }
        }
    }

    /** Audited properties; each field definition is its own entry, named fields.<key>. */
    private Map<String, Object> snapshot(ProfileTemplate t) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", t.name);
        values.put("nameEn", t.nameEn);
        values.put("description", t.description);
        values.put("customerKind", t.customerKind);
        values.put("businessLine", t.businessLine);
        values.put("active", t.active);
        for (TemplateField field : t.fields) {
            try {
                values.put("fields." + field.key(), json.writeValueAsString(field));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return values;
    }

    private static Map<String, Object> withRemoved(
            Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> all = new LinkedHashMap<>(after);
        before.keySet().forEach(key -> all.putIfAbsent(key, null));
        return all;
    }

    private static String requiredText(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, field + ".required", "This field is required."));
            return null;
        }
        return value.trim();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
