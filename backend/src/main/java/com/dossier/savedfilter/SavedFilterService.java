package com.dossier.savedfilter;

import com.dossier.api.model.SavedFilterCreateDto;
import com.dossier.api.model.SavedFilterPatchDto;
import com.dossier.audit.AuditWriter;
import com.dossier.audit.FieldChanges;
import com.dossier.shared.error.ConflictProblem;
import com.dossier.shared.error.FieldError;
import com.dossier.shared.error.NotFoundProblem;
import com.dossier.shared.error.ValidationProblem;
import com.dossier.shared.security.Caller;
import com.dossier.shared.web.ETags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Rules of saved filters: each belongs to the user who saved it and nobody else sees it (another
 * user's id is the 404 of a missing one). Changes are audited like any other.
 */
@ApplicationScoped
public class SavedFilterService {
    static final String ENTITY = "SAVED_FILTER";
    static final int MAX_PER_USER = 50;
    static final int MAX_NAME = 100;
    static final int MAX_QUERY = 2000;

    private final SavedFilterRepository repository;
    private final Caller caller;
    private final AuditWriter audit;

    SavedFilterService(SavedFilterRepository repository, Caller caller, AuditWriter audit) {
        this.repository = repository;
        this.caller = caller;
        this.audit = audit;
    }

    public List<SavedFilter> list() {
        return repository.listOf(caller.subject());
    }

    @Transactional
    public SavedFilter create(SavedFilterCreateDto input) {
        List<FieldError> errors = new ArrayList<>();
        String name = checkName(input.getName(), errors);
        String query = checkQuery(input.getQuery(), errors);
        if (!errors.isEmpty()) {
            throw new ValidationProblem(errors);
        }
        if (repository.countOf(caller.subject()) >= MAX_PER_USER) {
            throw new ConflictProblem(
                    "too-many",
                    "Too many saved filters",
                    "You already keep " + MAX_PER_USER + " saved filters; delete one first.");
        }
        rejectTakenName(name, null);
        SavedFilter filter = new SavedFilter();
        filter.id = UUID.randomUUID();
        filter.ownerId = caller.subject();
        filter.name = name;
        filter.query = query;
        repository.persistAndFlush(filter);
        audit.record(
                ENTITY,
                filter.id,
                null,
                AuditWriter.CREATE,
                FieldChanges.created(snapshot(filter)));
        return filter;
    }

    @Transactional
    public SavedFilter update(UUID id, SavedFilterPatchDto patch, String ifMatch) {
        SavedFilter filter = get(id);
        ETags.requireMatch(ifMatch, filter.version);
        Map<String, Object> before = snapshot(filter);
        List<FieldError> errors = new ArrayList<>();
        String name = patch.getName() == null ? null : checkName(patch.getName(), errors);
        String query = patch.getQuery() == null ? null : checkQuery(patch.getQuery(), errors);
        if (!errors.isEmpty()) {
            throw new ValidationProblem(errors);
        }
        if (name != null) {
            rejectTakenName(name, filter.id);
            filter.name = name;
        }
        if (query != null) {
            filter.query = query;
        }
        var changes = FieldChanges.between(before, snapshot(filter));
        if (!changes.isEmpty()) {
            repository.flush();
            audit.record(ENTITY, filter.id, null, AuditWriter.UPDATE, changes);
        }
        return filter;
    }

    @Transactional
    public void delete(UUID id) {
        SavedFilter filter = get(id);
        Map<String, Object> before = snapshot(filter);
        repository.delete(filter);
        repository.flush();
        audit.record(ENTITY, id, null, DELETE, FieldChanges.between(before, Map.of()));
    }

    static final String DELETE = "DELETE";

    private SavedFilter get(UUID id) {
        return repository
                .findOwned(id, caller.subject())
                .orElseThrow(() -> new NotFoundProblem("No saved filter with this id."));
    }

    private void rejectTakenName(String name, UUID self) {
        if (repository.nameTaken(caller.subject(), name, self)) {
            throw new ConflictProblem(
                    "duplicate-name",
                    "Duplicate name",
                    "You already have a saved filter named \"" + name + "\".");
        }
    }

    private static String checkName(String raw, List<FieldError> errors) {
        String name = raw == null ? "" : raw.strip();
        if (name.isEmpty()) {
            errors.add(new FieldError("name", "name.required", "A name is required."));
        } else if (name.length() > MAX_NAME) {
            errors.add(
                    new FieldError("name", "name.length", "At most " + MAX_NAME + " characters."));
        }
        return name;
    }

    /** An URL-encoded query string (a=b&c=d) without a leading '?', at most 2000 characters. */
    private static String checkQuery(String raw, List<FieldError> errors) {
        String query = raw == null ? "" : raw.strip();
        if (query.length() > MAX_QUERY) {
            errors.add(
                    new FieldError(
                            "query", "query.length", "At most " + MAX_QUERY + " characters."));
            return query;
        }
        boolean valid = !query.startsWith("?") && query.chars().noneMatch(Character::isWhitespace);
        if (valid) {
            try {
                for (String part : query.split("&")) {
                    URLDecoder.decode(part, StandardCharsets.UTF_8);
                }
            } catch (IllegalArgumentException e) {
                valid = false;
            }
        }
        if (!valid) {
            errors.add(
                    new FieldError(
                            "query",
                            "query.format",
                            "Must be an URL-encoded query string without a leading '?'."));
        }
        return query;
    }

    private static Map<String, Object> snapshot(SavedFilter f) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("ownerId", f.ownerId);
        fields.put("name", f.name);
        fields.put("query", f.query);
        return fields;
    }
}
