package com.dossier.product;

import com.dossier.api.model.ProductCreateDto;
import com.dossier.audit.AuditWriter;
import com.dossier.audit.FieldChanges;
import com.dossier.shared.config.DossierConfig;
import com.dossier.shared.error.ConflictProblem;
import com.dossier.shared.error.NotFoundProblem;
import com.dossier.shared.error.ValidationProblem;
import com.dossier.shared.web.Cursor;
import com.dossier.shared.web.ETags;
import com.dossier.shared.web.MergePatch;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.exception.ConstraintViolationException;

/** The managed product list: codes unique regardless of case, never deleted. */
@ApplicationScoped
public class ProductService {
    public static final String PRODUCT = "PRODUCT";
    static final Set<String> EDITABLE = Set.of("code", "name", "category", "unit", "active");
    static final Set<String> SERVER_OWNED = Set.of("id", "version", "createdAt", "updatedAt");
    private static final String SORT = "code";

    private final ProductRepository repository;
    private final DossierConfig config;
    private final AuditWriter audit;

    ProductService(ProductRepository repository, DossierConfig config, AuditWriter audit) {
        this.repository = repository;
        this.config = config;
        this.audit = audit;
    }

    public record Page(List<Product> items, String nextCursor) {}

    public Page list(String q, boolean includeInactive, Integer limit, String cursor) {
        int size = limit == null ? config.paging().defaultLimit() : limit;
        if (size < 1 || size > config.paging().maxLimit()) {
            throw ValidationProblem.of(
                    "limit", "limit.range", "Between 1 and " + config.paging().maxLimit() + ".");
        }
        Cursor after = Cursor.decode(cursor, SORT);
        String query = q == null || q.isBlank() ? null : q.trim();
        List<Product> rows =
                repository.list(
                        query,
                        includeInactive,
                        after == null ? null : after.key(),
                        after == null ? null : after.id(),
                        size);
        if (rows.size() <= size) {
            return new Page(rows, null);
        }
        Product last = rows.get(size - 1);
        return new Page(rows.subList(0, size), new Cursor(SORT, last.code, last.id).encode());
    }

    public Product get(UUID id) {
        return repository
                .findByIdOptional(id)
                .orElseThrow(() -> new NotFoundProblem("No product with this id."));
    }

    /** The products with these ids that exist, by id (for transaction lines). */
    public Map<UUID, Product> byIds(Collection<UUID> ids) {
        return repository.findAllById(ids).stream()
                .collect(Collectors.toMap(p -> p.id, Function.identity()));
    }

    @Transactional
    public Product create(ProductCreateDto input) {
        Product product = new Product();
        product.id = UUID.randomUUID();
        product.code = required("code", input.getCode());
        product.name = required("name", input.getName());
        product.category = ProductMapper.blankToNull(input.getCategory());
        product.unit = ProductMapper.blankToNull(input.getUnit());
        product.active = true;
        rejectTakenCode(product.code, null);
        persist(product);
        audit.record(
                PRODUCT,
                product.id,
                null,
                AuditWriter.CREATE,
                FieldChanges.created(snapshot(product)));
        return product;
    }

    @Transactional
    public Product update(UUID id, ObjectNode body, String ifMatch) {
        Product product = get(id);
        ETags.requireMatch(ifMatch, product.version);
        Map<String, Object> before = snapshot(product);
        MergePatch patch = MergePatch.of(body, EDITABLE, SERVER_OWNED);
        if (patch.has("code")) {
            String code = patch.requiredText("code", 40);
            if (code != null && code.isBlank()) {
                patch.reject("code", "code.required", "A code is required.");
            } else if (code != null) {
                product.code = code.trim();
            }
        }
        if (patch.has("name")) {
            String name = patch.requiredText("name", 200);
            if (name != null && name.isBlank()) {
                patch.reject("name", "name.required", "A name is required.");
            } else if (name != null) {
                product.name = name.trim();
            }
        }
        if (patch.has("category")) {
            product.category = ProductMapper.blankToNull(patch.text("category", 100));
        }
        if (patch.has("unit")) {
            product.unit = ProductMapper.blankToNull(patch.text("unit", 20));
        }
        if (patch.has("active")) {
            Boolean active = patch.bool("active");
            product.active = active == null ? product.active : active;
        }
        patch.check();
        if (!product.code.equals(before.get("code"))) {
            rejectTakenCode(product.code, product.id);
        }
        try {
            repository.flush();
        } catch (PersistenceException e) {
            throw takenOnRace(e);
        }
        var changes = FieldChanges.between(before, snapshot(product));
        if (!changes.isEmpty()) {
            audit.record(PRODUCT, product.id, null, AuditWriter.UPDATE, changes);
        }
        return product;
    }

    private void persist(Product product) {
        try {
            repository.persistAndFlush(product);
        } catch (PersistenceException e) {
            throw takenOnRace(e);
        }
    }

    private void rejectTakenCode(String code, UUID self) {
        repository
                .findByCode(code)
                .filter(other -> !other.id.equals(self))
                .ifPresent(
                        other -> {
                            throw codeTaken(code);
                        });
    }

    /** Two writers took the same code at once: the unique index decided. */
    private static RuntimeException takenOnRace(PersistenceException e) {
        ConstraintViolationException violation =
                e instanceof ConstraintViolationException direct
                        ? direct
                        : e.getCause() instanceof ConstraintViolationException cause ? cause : null;
        if (violation != null && "uq_product_code".equals(violation.getConstraintName())) {
            return codeTaken(null);
        }
        return e;
    }

    private static ConflictProblem codeTaken(String code) {
        return new ConflictProblem(
                "product-code-taken",
                "Product code taken",
                code == null
                        ? "Another product has this code; choose another code."
                        : "Another product has the code " + code + "; choose another code.");
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ValidationProblem.of(field, field + ".required", "This field is required.");
        }
        return value.trim();
    }

    private static Map<String, Object> snapshot(Product p) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("code", p.code);
        fields.put("name", p.name);
        fields.put("category", p.category);
        fields.put("unit", p.unit);
        fields.put("active", p.active);
        return fields;
    }
}
