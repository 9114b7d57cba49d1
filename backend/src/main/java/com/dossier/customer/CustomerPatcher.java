package com.dossier.customer;

import com.dossier.audit.FieldChange;
import com.dossier.audit.FieldChanges;
import com.dossier.profiletemplate.CustomValues;
import com.dossier.profiletemplate.ProfileTemplateService;
import com.dossier.profiletemplate.TemplateField;
import com.dossier.shared.error.ConflictProblem;
import com.dossier.shared.error.FieldError;
import com.dossier.shared.error.ValidationProblem;
import com.dossier.shared.web.MergePatch;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The one place where a customer's profile changes: applies a JSON Merge Patch (RFC 7396) of the
 * contract's CustomerPatch to a customer, checks every rule (formats, kind-specific fields, custom
 * fields against their templates, unique credit code) and returns the per-field changes for the
 * audit trail. Creating a customer goes through it too (the create body as a patch of an empty
 * archive), and so can anything else that changes a profile, such as an accepted correction.
 *
 * <p>It does not check the archive's status, the ETag or the caller's scope, and it writes no audit
 * event: callers do, in their transaction.
 */
@ApplicationScoped
public class CustomerPatcher {
    /** Where a field may carry a value. */
    enum Scope {
        COMMON,
        ORGANIZATION,
        INDIVIDUAL
    }

    /** The properties of CustomerPatch; anything else is refused. */
    public static final Set<String> EDITABLE;

    /** Properties only the server sets. */
    public static final Set<String> SERVER_OWNED =
            Set.of(
                    "id",
                    "archiveNo",
                    "kind",
                    "ownerId",
                    "team",
                    "status",
                    "nextReviewOn",
                    "version",
                    "createdAt",
                    "updatedAt");

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    private static final Pattern AMOUNT = Pattern.compile("^[0-9]{1,16}(\\.[0-9]{1,2})?$");
    private static final Set<String> NATURES =
            Set.of(
                    "GOVERNMENT",
                    "PUBLIC_INSTITUTION",
                    "STATE_OWNED",
                    "ENTERPRISE",
                    "SPECIAL_RELATIONSHIP",
                    "SELF_EMPLOYED",
                    "TRADING_PARTNER");
    private static final Set<String> AREAS = Set.of("EAST", "WEST", "SOUTH", "NORTH");
    private static final Set<String> URBAN_RURAL = Set.of("URBAN", "RURAL");
    private static final Set<String> GENDERS = Set.of("MALE", "FEMALE");
    static final String RESIDENT_ID = "RESIDENT_ID";
    private static final Set<String> ID_TYPES =
            Set.of(
                    RESIDENT_ID,
                    "PASSPORT",
                    "HK_MACAO_PERMIT",
                    "TAIWAN_PERMIT",
                    "FOREIGN_PERMANENT_RESIDENT_ID",
                    "OTHER");
    private static final Set<String> INCOME_BANDS =
            Set.of("BELOW_5K", "FROM_5K_TO_10K", "FROM_10K_TO_20K", "FROM_20K_TO_50K", "ABOVE_50K");

    /** A plain text field: its name, length, who may have it, an optional format check. */
    private record Text(
            String name,
            int max,
            Scope scope,
            Function<Customer, String> get,
            BiConsumer<Customer, String> set,
            Format format) {}

    private enum Format {
        NONE,
        PHONE,
        LANDLINE,
        EMAIL,
        POSTCODE,
        WEBSITE
    }

    /** An enumerated field. */
    private record Choice(
            String name,
            Scope scope,
            Set<String> values,
            Function<Customer, String> get,
            BiConsumer<Customer, String> set) {}

    /** A date field; {@code past} refuses dates after today. */
    private record Day(
            String name,
            Scope scope,
            LocalDate earliest,
            Function<Customer, LocalDate> get,
            BiConsumer<Customer, LocalDate> set) {}

    private static final List<Text> TEXTS =
            List.of(
                    text(
                            "shortName",
                            100,
                            Scope.COMMON,
                            c -> c.shortName,
                            (c, v) -> c.shortName = v),
                    text("industry", 100, Scope.COMMON, c -> c.industry, (c, v) -> c.industry = v),
                    text("province", 50, Scope.COMMON, c -> c.province, (c, v) -> c.province = v),
                    text("city", 50, Scope.COMMON, c -> c.city, (c, v) -> c.city = v),
                    text("district", 50, Scope.COMMON, c -> c.district, (c, v) -> c.district = v),
                    text("address", 300, Scope.COMMON, c -> c.address, (c, v) -> c.address = v),
                    new Text(
                            "postcode",
                            6,
                            Scope.COMMON,
                            c -> c.postcode,
                            (c, v) -> c.postcode = v,
                            Format.POSTCODE),
                    new Text(
                            "phone",
                            40,
                            Scope.COMMON,
                            c -> c.phone,
                            (c, v) -> c.phone = v,
                            Format.PHONE),
                    new Text(
                            "email",
                            200,
                            Scope.COMMON,
                            c -> c.email,
                            (c, v) -> c.email = v,
                            Format.EMAIL),
                    text("notes", 4000, Scope.COMMON, c -> c.notes, (c, v) -> c.notes = v),
                    text(
                            "sourceChannel",
                            100,
                            Scope.COMMON,
                            c -> c.sourceChannel,
                            (c, v) -> c.sourceChannel = v),
                    text(
                            "businessCategory",
                            100,
                            Scope.COMMON,
                            c -> c.businessCategory,
                            (c, v) -> c.businessCategory = v),
                    text(
                            "noVisitTimes",
                            500,
                            Scope.COMMON,
                            c -> c.noVisitTimes,
                            (c, v) -> c.noVisitTimes = v),
                    new Text(
                            "fax",
                            40,
                            Scope.ORGANIZATION,
                            c -> c.fax,
                            (c, v) -> c.fax = v,
                            Format.LANDLINE),
                    new Text(
                            "website",
                            300,
                            Scope.ORGANIZATION,
                            c -> c.website,
                            (c, v) -> c.website = v,
                            Format.WEBSITE),
                    text(
                            "legalRepresentative",
                            100,
                            Scope.ORGANIZATION,
                            c -> c.legalRepresentative,
                            (c, v) -> c.legalRepresentative = v),
                    text(
                            "mainShareholders",
                            1000,
                            Scope.ORGANIZATION,
                            c -> c.mainShareholders,
                            (c, v) -> c.mainShareholders = v),
                    text(
                            "businessScope",
                            2000,
                            Scope.ORGANIZATION,
                            c -> c.businessScope,
                            (c, v) -> c.businessScope = v),
                    text(
                            "mainProducts",
                            1000,
                            Scope.ORGANIZATION,
                            c -> c.mainProducts,
                            (c, v) -> c.mainProducts = v),
                    text(
                            "bankName",
                            200,
                            Scope.ORGANIZATION,
                            c -> c.bankName,
                            (c, v) -> c.bankName = v),
                    text(
                            "bankAccount",
                            40,
                            Scope.ORGANIZATION,
                            c -> c.bankAccount,
                            (c, v) -> c.bankAccount = v),
                    text(
                            "serviceArea",
                            1000,
                            Scope.ORGANIZATION,
                            c -> c.serviceArea,
                            (c, v) -> c.serviceArea = v),
                    text(
                            "salesCapability",
                            1000,
                            Scope.ORGANIZATION,
                            c -> c.salesCapability,
                            (c, v) -> c.salesCapability = v),
                    text(
                            "growthPotential",
                            1000,
                            Scope.ORGANIZATION,
                            c -> c.growthPotential,
                            (c, v) -> c.growthPotential = v),
                    text(
                            "culture",
                            1000,
                            Scope.ORGANIZATION,
                            c -> c.culture,
                            (c, v) -> c.culture = v),
                    text(
                            "policies",
                            1000,
                            Scope.ORGANIZATION,
                            c -> c.policies,
                            (c, v) -> c.policies = v),
                    text(
                            "idNumber",
                            40,
                            Scope.INDIVIDUAL,
                            c -> c.idNumber,
                            (c, v) -> c.idNumber = v == null ? null : v.toUpperCase()),
                    new Text(
                            "personalPhone",
                            40,
                            Scope.INDIVIDUAL,
                            c -> c.personalPhone,
                            (c, v) -> c.personalPhone = v,
                            Format.PHONE),
                    text(
                            "employer",
                            200,
                            Scope.INDIVIDUAL,
                            c -> c.employer,
                            (c, v) -> c.employer = v),
                    text(
                            "hometown",
                            100,
                            Scope.INDIVIDUAL,
                            c -> c.hometown,
                            (c, v) -> c.hometown = v),
                    text(
                            "preferences",
                            2000,
                            Scope.INDIVIDUAL,
                            c -> c.preferences,
                            (c, v) -> c.preferences = v));

    private static final List<Choice> CHOICES =
            List.of(
                    new Choice(
                            "nature",
                            Scope.ORGANIZATION,
                            NATURES,
                            c -> c.nature,
                            (c, v) -> c.nature = v),
                    new Choice("area", Scope.COMMON, AREAS, c -> c.area, (c, v) -> c.area = v),
                    new Choice(
                            "urbanRural",
                            Scope.COMMON,
                            URBAN_RURAL,
                            c -> c.urbanRural,
                            (c, v) -> c.urbanRural = v),
                    new Choice(
                            "gender",
                            Scope.INDIVIDUAL,
                            GENDERS,
                            c -> c.gender,
                            (c, v) -> c.gender = v),
                    new Choice(
                            "idType",
                            Scope.INDIVIDUAL,
                            ID_TYPES,
                            c -> c.idType,
                            (c, v) -> c.idType = v),
                    new Choice(
                            "incomeBand",
                            Scope.INDIVIDUAL,
                            INCOME_BANDS,
                            c -> c.incomeBand,
                            (c, v) -> c.incomeBand = v));

    private static final List<Day> DAYS =
            List.of(
                    new Day(
                            "establishedDate",
                            Scope.ORGANIZATION,
                            LocalDate.of(1800, 1, 1),
                            c -> c.establishedDate,
                            (c, v) -> c.establishedDate = v),
                    new Day(
                            "firstTransactionDate",
                            Scope.COMMON,
                            LocalDate.of(1900, 1, 1),
                            c -> c.firstTransactionDate,
                            (c, v) -> c.firstTransactionDate = v),
                    new Day(
                            "birthDate",
                            Scope.INDIVIDUAL,
                            EARLIEST_BIRTH,
                            c -> c.birthDate,
                            (c, v) -> c.birthDate = v));

    /** Fields only organisations, resp. individuals, may carry (a value on the other is a 400). */
    private static final Map<String, Scope> SCOPES = new LinkedHashMap<>();

    static {
        SCOPES.put("name", Scope.COMMON);
        SCOPES.put("creditCode", Scope.ORGANIZATION);
        SCOPES.put("region", Scope.COMMON);
        TEXTS.forEach(t -> SCOPES.put(t.name(), t.scope()));
        CHOICES.forEach(c -> SCOPES.put(c.name(), c.scope()));
        DAYS.forEach(d -> SCOPES.put(d.name(), d.scope()));
        SCOPES.put("registeredCapital", Scope.ORGANIZATION);
        SCOPES.put("annualRevenue", Scope.ORGANIZATION);
        SCOPES.put("employeeCount", Scope.ORGANIZATION);
        SCOPES.put("distanceKm", Scope.COMMON);
        SCOPES.put("greetingDates", Scope.INDIVIDUAL);
        SCOPES.put("profileTemplateIds", Scope.COMMON);
        SCOPES.put("customFields", Scope.COMMON);
        EDITABLE = Set.copyOf(SCOPES.keySet());
    }

    private final CustomerRepository repository;
    private final ProfileTemplateService templates;
    private final ObjectMapper json;

    CustomerPatcher(
            CustomerRepository repository, ProfileTemplateService templates, ObjectMapper json) {
        this.repository = repository;
        this.templates = templates;
        this.json = json;
    }

    /**
     * Applies {@code patch} to {@code customer} (whose {@code kind} is set) and returns the changed
     * fields, named as in the contract (custom fields as {@code customFields.<key>}). Throws a 400
     * {@link ValidationProblem} naming every offending field, or a 409 when another archive has the
     * credit code; the customer may be partly changed then, so callers must roll back (every caller
     * runs in a transaction that the exception ends).
     */
    public List<FieldChange> apply(Customer customer, ObjectNode input) {
        Map<String, Object> before = snapshot(customer);
        ObjectNode patch = withoutMaskedEchoes(customer, input);
        MergePatch merge = MergePatch.of(patch, EDITABLE, SERVER_OWNED);
        List<FieldError> errors = new ArrayList<>();
        refuseOtherKind(customer.kind, patch, errors);
        if (!errors.isEmpty()) {
            // A field of the other kind is named alone: its format does not matter.
            errors.forEach(e -> merge.reject(e.field(), e.code(), e.message()));
            merge.check();
        }

        if (patch.has("name")) {
            String name = merge.requiredText("name", 200);
            if (name != null && !name.isBlank()) {
                customer.name = name.trim();
            }
        }
        if (patch.has("creditCode")) {
            String code = blankToNull(merge.text("creditCode", 18));
            customer.creditCode = code == null ? null : code.toUpperCase();
            checkCreditCode(customer.creditCode, errors);
        }
        for (Text field : TEXTS) {
            if (patch.has(field.name())) {
                String value = blankToNull(merge.text(field.name(), field.max()));
                if (value != null && !matches(field.format(), value)) {
                    errors.add(formatError(field.name(), field.format()));
                }
                field.set().accept(customer, value);
            }
        }
        for (Choice field : CHOICES) {
            if (patch.has(field.name())) {
                String value = merge.text(field.name(), 64);
                if (value != null && !field.values().contains(value)) {
                    errors.add(
                            new FieldError(
                                    field.name(), "invalidValue", "This value is not allowed."));
                } else {
                    field.set().accept(customer, value);
                }
            }
        }
        LocalDate today = LocalDate.now(CHINA);
        for (Day field : DAYS) {
            if (patch.has(field.name())) {
                LocalDate value = merge.date(field.name());
                if (value != null && value.isAfter(today)) {
                    errors.add(
                            new FieldError(
                                    field.name(),
                                    field.name() + ".future",
                                    "This date cannot be in the future."));
                } else if (value != null && value.isBefore(field.earliest())) {
                    errors.add(
                            new FieldError(
                                    field.name(),
                                    field.name() + ".tooEarly",
                                    "This date is before " + field.earliest() + "."));
                }
                field.set().accept(customer, value);
            }
        }
        if (patch.has("region")) {
            applyRegion(customer, patch, merge, errors);
        }
        customer.region = joinRegion(customer);
        if (patch.has("registeredCapital")) {
            Money money = money("registeredCapital", patch.get("registeredCapital"), errors);
            customer.registeredCapital = money == null ? null : money.amount();
            customer.registeredCapitalCurrency = money == null ? null : money.currency();
        }
        if (patch.has("annualRevenue")) {
            Money money = money("annualRevenue", patch.get("annualRevenue"), errors);
            customer.annualRevenue = money == null ? null : money.amount();
            customer.annualRevenueCurrency = money == null ? null : money.currency();
        }
        if (patch.has("employeeCount")) {
            customer.employeeCount = employeeCount(patch.get("employeeCount"), errors);
        }
        if (patch.has("distanceKm")) {
            customer.distanceKm = distance(patch.get("distanceKm"), errors);
        }
        if (patch.has("greetingDates")) {
            customer.greetingDates = greetingDates(patch.get("greetingDates"), errors);
        }
        if (patch.has("idNumber") || patch.has("idType")) {
            checkIdNumber(customer, errors);
        }
        if (patch.has("profileTemplateIds") || patch.has("customFields")) {
            applyCustomFields(customer, patch, errors);
        }
        errors.forEach(e -> merge.reject(e.field(), e.code(), e.message()));
        merge.check();
        if (patch.has("creditCode")) {
            rejectDuplicateCreditCode(customer.creditCode, customer.id);
        }
        Map<String, Object> after = snapshot(customer);
        before.keySet().forEach(key -> after.putIfAbsent(key, null));
        return Masking.changes(FieldChanges.between(before, after));
    }

    /**
     * A caller who sees sensitive fields masked gets them back masked and may send the whole
     * profile again: a sensitive field whose value is exactly the masked form of the stored value
     * means "unchanged" and is dropped from the patch. Any other value with a mask character is
     * refused (400 {@code <field>.masked}), so a masked value is never stored and a write never
     * reveals whether a guess was right.
     */
    private static ObjectNode withoutMaskedEchoes(Customer customer, ObjectNode input) {
        ObjectNode patch = input.deepCopy();
        List<FieldError> errors = new ArrayList<>();
        for (String field : SensitiveFields.NAMES) {
            JsonNode value = patch.get(field);
            if (value == null || !value.isTextual() || !Masking.looksMasked(value.asText())) {
                continue;
            }
            String stored = storedSensitive(customer, field);
            if (stored != null && value.asText().equals(Masking.mask(field, stored))) {
                patch.remove(field);
            } else {
                errors.add(
                        new FieldError(
                                field,
                                field + ".masked",
                                "A masked value cannot be stored; send the full value, or the"
                                        + " masked value unchanged to keep the stored one."));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationProblem(errors);
        }
        return patch;
    }

    private static String storedSensitive(Customer customer, String field) {
        return switch (field) {
            case SensitiveFields.ID_NUMBER -> customer.idNumber;
            case SensitiveFields.PERSONAL_PHONE -> customer.personalPhone;
            default -> customer.bankAccount;
        };
    }

    /** A new archive: the create body applied as a patch, with a name required. */
    public List<FieldChange> applyNew(Customer customer, ObjectNode body) {
        if (!body.hasNonNull("name") || body.get("name").asText().isBlank()) {
            throw ValidationProblem.of("name", "name.required", "A name is required.");
        }
        return apply(customer, body);
    }

    /** The audited fields, named as in the contract; custom fields one entry per key. */
    public Map<String, Object> snapshot(Customer c) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("archiveNo", c.archiveNo);
        fields.put("kind", c.kind);
        fields.put("name", c.name);
        fields.put("creditCode", c.creditCode);
        fields.put("region", c.region);
        for (Text field : TEXTS) {
            fields.put(field.name(), field.get().apply(c));
        }
        for (Choice field : CHOICES) {
            fields.put(field.name(), field.get().apply(c));
        }
        for (Day field : DAYS) {
            fields.put(field.name(), field.get().apply(c));
        }
        fields.put("registeredCapital", money(c.registeredCapital, c.registeredCapitalCurrency));
        fields.put("annualRevenue", money(c.annualRevenue, c.annualRevenueCurrency));
        fields.put("employeeCount", c.employeeCount);
        fields.put("distanceKm", c.distanceKm == null ? null : c.distanceKm.toPlainString());
        fields.put(
                "greetingDates",
                c.greetingDates == null || c.greetingDates.isEmpty()
                        ? null
                        : write(c.greetingDates));
        fields.put(
                "profileTemplateIds",
                c.profileTemplateIds == null || c.profileTemplateIds.isEmpty()
                        ? null
                        : String.join(",", c.profileTemplateIds));
        if (c.customFields != null) {
            c.customFields.forEach(
                    (key, value) ->
                            fields.put(
                                    "customFields." + key,
                                    value instanceof String text ? text : write(value)));
        }
        fields.put("ownerId", c.ownerId);
        fields.put("team", c.team);
        fields.put("status", c.status);
        fields.put("nextReviewOn", c.nextReviewOn);
        return fields;
    }

    private static void refuseOtherKind(String kind, ObjectNode patch, List<FieldError> errors) {
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            Scope scope = SCOPES.get(entry.getKey());
            JsonNode value = entry.getValue();
            if (scope == null || scope == Scope.COMMON || value.isNull()) {
                continue;
            }
            if (scope == Scope.ORGANIZATION && !"ORGANIZATION".equals(kind)) {
                errors.add(
                        new FieldError(
                                entry.getKey(),
                                entry.getKey() + ".organisationOnly",
                                "Only organisations have this field."));
            } else if (scope == Scope.INDIVIDUAL && !"INDIVIDUAL".equals(kind)) {
                errors.add(
                        new FieldError(
                                entry.getKey(),
                                entry.getKey() + ".individualOnly",
                                "Only individuals have this field."));
            }
        }
    }

    private static void checkCreditCode(String code, List<FieldError> errors) {
        if (code == null) {
            return;
        }
        if (code.length() != 18) {
            errors.add(
                    new FieldError("creditCode", "creditCode.length", "Must have 18 characters."));
        } else if (!CreditCode.isValid(code)) {
            errors.add(
                    new FieldError(
                            "creditCode",
                            "creditCode.checkCharacter",
                            "The check character of the unified social credit code is wrong."));
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

    private static boolean matches(Format format, String value) {
        return switch (format) {
            case NONE -> true;
            case PHONE -> ProfileFormats.isPhone(value);
            case LANDLINE -> ProfileFormats.isLandline(value);
            case EMAIL -> ProfileFormats.isEmail(value);
            case POSTCODE -> ProfileFormats.isPostcode(value);
            case WEBSITE -> ProfileFormats.isWebsite(value);
        };
    }

    private static FieldError formatError(String field, Format format) {
        String message =
                switch (format) {
                    case PHONE -> "Not a Chinese mobile (13800138000) or landline (021-58880000).";
                    case LANDLINE -> "Not a Chinese landline number (021-58880000).";
                    case EMAIL -> "This is not an e-mail address.";
                    case POSTCODE -> "A postcode has 6 digits.";
                    case WEBSITE -> "Not a web address (https://www.example.cn).";
                    case NONE -> "Invalid.";
                };
        // E-mail keeps the code the contract's format: email check gives on create.
        return new FieldError(
                field, field + (format == Format.EMAIL ? ".email" : ".format"), message);
    }

    private static void applyRegion(
            Customer customer, ObjectNode patch, MergePatch merge, List<FieldError> errors) {
        if (patch.has("province") || patch.has("city") || patch.has("district")) {
            errors.add(
                    new FieldError(
                            "region",
                            "region.conflict",
                            "Send either region or province/city/district, not both."));
            return;
        }
        String region = blankToNull(merge.text("region", 200));
        String[] parts = region == null ? new String[0] : region.split("/", -1);
        if (parts.length > 3) {
            errors.add(
                    new FieldError(
                            "region",
                            "region.format",
                            "At most three parts: province/city/district."));
            return;
        }
        customer.province = parts.length > 0 ? part(parts[0], 50, errors) : null;
        customer.city = parts.length > 1 ? part(parts[1], 50, errors) : null;
        customer.district = parts.length > 2 ? part(parts[2], 50, errors) : null;
        if (parts.length == 2 && isMunicipality(customer.province)) {
            // 上海市/浦东新区: a municipality is its own city; the second part is the district.
            customer.district = customer.city;
            customer.city = customer.province;
        }
    }

    private static String part(String value, int max, List<FieldError> errors) {
        String trimmed = blankToNull(value);
        if (trimmed != null && trimmed.length() > max) {
            errors.add(
                    new FieldError(
                            "region", "region.size", "Each part has at most " + max + " chars."));
        }
        return trimmed;
    }

    /** A province-level municipality (北京市, 上海市, 天津市, 重庆市) ends in 市. */
    private static boolean isMunicipality(String province) {
        return province != null && province.endsWith("市");
    }

    /** province/city/district for display and the region filter; a municipality's city once. */
    static String joinRegion(Customer c) {
        List<String> parts = new ArrayList<>();
        for (String part : new String[] {c.province, c.city, c.district}) {
            if (part != null && (parts.isEmpty() || !parts.get(parts.size() - 1).equals(part))) {
                parts.add(part);
            }
        }
        return parts.isEmpty() ? null : String.join("/", parts);
    }

    private record Money(BigDecimal amount, String currency) {}

    private static Money money(String field, JsonNode node, List<FieldError> errors) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            errors.add(
                    new FieldError(field, "invalidType", "Expected {\"amount\", \"currency\"}."));
            return null;
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!name.equals("amount") && !name.equals("currency")) {
                errors.add(
                        new FieldError(
                                field + "." + name,
                                "unknownProperty",
                                "This property is not accepted here."));
            }
        }
        JsonNode amount = node.get("amount");
        JsonNode currency = node.get("currency");
        BigDecimal value = null;
        if (amount == null || !amount.isTextual()) {
            errors.add(
                    new FieldError(
                            field + ".amount",
                            "invalidType",
                            "Send the amount as a decimal string, e.g. \"5000000.00\"."));
        } else if (!AMOUNT.matcher(amount.textValue()).matches()) {
            errors.add(
                    new FieldError(
                            field + ".amount",
                            field + ".amount.format",
                            "Not negative, at most 16 digits and 2 decimals."));
        } else {
            value = new BigDecimal(amount.textValue()).setScale(2, RoundingMode.UNNECESSARY);
        }
        String code = null;
        if (currency == null || !currency.isTextual()) {
            errors.add(
                    new FieldError(
                            field + ".currency", "invalidType", "An ISO 4217 code, e.g. CNY."));
        } else if (!isCurrency(currency.textValue())) {
            errors.add(
                    new FieldError(
                            field + ".currency",
                            field + ".currency.unknown",
                            "Not an ISO 4217 currency code."));
        } else {
            code = currency.textValue();
        }
        return value == null || code == null ? null : new Money(value, code);
    }

    private static boolean isCurrency(String code) {
        if (!code.matches("^[A-Z]{3}$")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String money(BigDecimal amount, String currency) {
        return amount == null ? null : amount.toPlainString() + " " + currency;
    }

    private static Integer employeeCount(JsonNode node, List<FieldError> errors) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            errors.add(new FieldError("employeeCount", "invalidType", "Expected a whole number."));
            return null;
        }
        if (node.intValue() < 0) {
            errors.add(
                    new FieldError(
                            "employeeCount", "employeeCount.negative", "Cannot be negative."));
            return null;
        }
        return node.intValue();
    }

    private static BigDecimal distance(JsonNode node, List<FieldError> errors) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber()) {
            errors.add(new FieldError("distanceKm", "invalidType", "Expected a number."));
            return null;
        }
        BigDecimal value = node.decimalValue();
        if (value.signum() < 0) {
            errors.add(new FieldError("distanceKm", "distanceKm.negative", "Cannot be negative."));
            return null;
        }
        if (value.compareTo(BigDecimal.valueOf(100_000)) > 0) {
            errors.add(new FieldError("distanceKm", "distanceKm.range", "At most 100000 km."));
            return null;
        }
        return value.setScale(1, RoundingMode.HALF_UP);
    }

    private static List<GreetingDate> greetingDates(JsonNode node, List<FieldError> errors) {
        List<GreetingDate> dates = new ArrayList<>();
        if (node == null || node.isNull()) {
            return dates;
        }
        if (!node.isArray()) {
            errors.add(new FieldError("greetingDates", "invalidType", "Expected a list."));
            return dates;
        }
        if (node.size() > 20) {
            errors.add(new FieldError("greetingDates", "greetingDates.size", "At most 20."));
            return dates;
        }
        for (int i = 0; i < node.size(); i++) {
            String path = "greetingDates[" + i + "]";
            JsonNode item = node.get(i);
            if (!item.isObject()) {
                errors.add(new FieldError(path, "invalidType", "Expected {\"label\", \"date\"}."));
                continue;
            }
            for (Iterator<String> it = item.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!name.equals("label") && !name.equals("date")) {
                    errors.add(
                            new FieldError(
                                    path + "." + name,
                                    "unknownProperty",
                                    "This property is not accepted here."));
                }
            }
            JsonNode label = item.get("label");
            JsonNode date = item.get("date");
            String labelText = null;
            if (label == null || !label.isTextual() || label.textValue().isBlank()) {
                errors.add(new FieldError(path + ".label", "required", "A label is required."));
            } else if (label.textValue().length() > 50) {
                errors.add(new FieldError(path + ".label", "size", "At most 50 characters."));
            } else {
                labelText = label.textValue().trim();
            }
            String day = null;
            if (date == null || !date.isTextual()) {
                errors.add(
                        new FieldError(
                                path + ".date", "required", "A date (YYYY-MM-DD) is needed."));
            } else {
                try {
                    day = LocalDate.parse(date.textValue()).toString();
                } catch (DateTimeParseException e) {
                    errors.add(
                            new FieldError(
                                    path + ".date",
                                    "invalidValue",
                                    "Expected a date (YYYY-MM-DD)."));
                }
            }
            if (labelText != null && day != null) {
                dates.add(new GreetingDate(labelText, day));
            }
        }
        return dates;
    }

    private static void checkIdNumber(Customer customer, List<FieldError> errors) {
        if (customer.idNumber == null) {
            return;
        }
        if (customer.idType == null) {
            errors.add(
                    new FieldError(
                            "idType",
                            "idType.required",
                            "Say which document the ID number belongs to."));
        } else if (RESIDENT_ID.equals(customer.idType)
                && !ProfileFormats.isResidentId(customer.idNumber)) {
            errors.add(
                    new FieldError(
                            "idNumber",
                            "idNumber.residentId",
                            "Not a valid resident ID number (18 characters, birth date, check"
                                    + " character)."));
        }
    }

    /**
     * Applies the templates and custom values of the patch: templates must exist, be active when
     * newly applied and fit the kind; values must belong to an applied template's field and match
     * its type and options; required fields of the applied templates must have values.
     */
    private void applyCustomFields(Customer customer, ObjectNode patch, List<FieldError> errors) {
        List<String> current =
                customer.profileTemplateIds == null ? List.of() : customer.profileTemplateIds;
        List<String> ids = new ArrayList<>(current);
        if (patch.has("profileTemplateIds")) {
            ids = templateIds(patch.get("profileTemplateIds"), current, customer.kind, errors);
        }
        Map<String, TemplateField> fields = new LinkedHashMap<>();
        for (String id : ids) {
            templates
                    .applicable(UUID.fromString(id))
                    .ifPresent(t -> t.fields().forEach(f -> fields.putIfAbsent(f.key(), f)));
        }
        Map<String, Object> values =
                new LinkedHashMap<>(
                        customer.customFields == null ? Map.of() : customer.customFields);
        if (patch.has("profileTemplateIds")) {
            // The values of a template no longer applied go with it.
            Set<String> dropped = new HashSet<>();
            for (String id : current) {
                if (!ids.contains(id)) {
                    templates
                            .applicable(UUID.fromString(id))
                            .ifPresent(t -> t.fields().forEach(f -> dropped.add(f.key())));
                }
            }
            dropped.removeAll(fields.keySet());
            values.keySet().removeAll(dropped);
        }
        JsonNode custom = patch.get("customFields");
        Set<String> invalid = new HashSet<>();
        if (custom != null && !custom.isNull() && !custom.isObject()) {
            errors.add(new FieldError("customFields", "invalidType", "Expected an object."));
        } else if (custom != null && custom.isNull()) {
            values.clear();
        } else if (custom != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = custom.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                String key = entry.getKey();
                String path = "customFields." + key;
                if (entry.getValue().isNull()) {
                    values.remove(key);
                    continue;
                }
                TemplateField field = fields.get(key);
                if (field == null) {
                    errors.add(
                            new FieldError(
                                    path,
                                    "customFields.unknown",
                                    "No applied profile template has this field."));
                    continue;
                }
                Object value = CustomValues.check(field, entry.getValue(), path, errors);
                if (value != null) {
                    values.put(key, value);
                } else {
                    invalid.add(key);
                }
            }
        }
        for (TemplateField field : fields.values()) {
            if (field.required()
                    && !invalid.contains(field.key())
                    && !CustomValues.isPresent(values.get(field.key()))) {
                errors.add(
                        new FieldError(
                                "customFields." + field.key(),
                                "customFields.required",
                                "This field of the profile template is required."));
            }
        }
        customer.profileTemplateIds = ids;
        customer.customFields = values;
    }

    private List<String> templateIds(
            JsonNode node, List<String> current, String kind, List<FieldError> errors) {
        if (node == null || node.isNull()) {
            return new ArrayList<>();
        }
        if (!node.isArray()) {
            errors.add(
                    new FieldError("profileTemplateIds", "invalidType", "Expected a list of ids."));
            return new ArrayList<>(current);
        }
        if (node.size() > 10) {
            errors.add(
                    new FieldError("profileTemplateIds", "profileTemplateIds.size", "At most 10."));
            return new ArrayList<>(current);
        }
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String path = "profileTemplateIds[" + i + "]";
            UUID id = uuid(node.get(i));
            if (id == null) {
                errors.add(new FieldError(path, "invalidType", "Expected a template id."));
                continue;
            }
            Optional<ProfileTemplateService.Applicable> template = templates.applicable(id);
            if (template.isEmpty()) {
                errors.add(
                        new FieldError(
                                path,
                                "profileTemplateIds.unknown",
                                "No profile template with this id."));
            } else if (!template.get().fits(kind)) {
                errors.add(
                        new FieldError(
                                path,
                                "profileTemplateIds.kind",
                                "This template is for another kind of customer."));
            } else if (!template.get().active() && !current.contains(id.toString())) {
                errors.add(
                        new FieldError(
                                path,
                                "profileTemplateIds.inactive",
                                "This template is inactive and cannot be applied."));
            } else {
                ids.add(id.toString());
            }
        }
        return new ArrayList<>(ids);
    }

    private static UUID uuid(JsonNode node) {
        if (node == null || !node.isTextual()) {
            return null;
        }
        try {
            return UUID.fromString(node.textValue());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Text text(
            String name,
            int max,
            Scope scope,
            Function<Customer, String> get,
            BiConsumer<Customer, String> set) {
        return new Text(name, max, scope, get, set, Format.NONE);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
