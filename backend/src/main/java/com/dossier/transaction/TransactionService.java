package com.dossier.transaction;

import com.dossier.api.model.PaymentCreateDto;
import com.dossier.api.model.TransactionLineCreateDto;
import com.dossier.audit.AuditWriter;
import com.dossier.audit.FieldChange;
import com.dossier.audit.FieldChanges;
import com.dossier.customer.CustomerService;
import com.dossier.product.Product;
import com.dossier.product.ProductService;
import com.dossier.shared.config.DossierConfig;
import com.dossier.shared.error.ConflictProblem;
import com.dossier.shared.error.FieldError;
import com.dossier.shared.error.NotFoundProblem;
import com.dossier.shared.error.ValidationProblem;
import com.dossier.shared.security.Caller;
import com.dossier.shared.web.Cursor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Rules of transactions: amounts computed and checked with BigDecimal, payments never above what is
 * outstanding, nothing deleted. The customer is always resolved through the caller's scope first.
 */
@ApplicationScoped
public class TransactionService {
    public static final String TRANSACTION = "TRANSACTION";
    public static final String RECORD_PAYMENT = "RECORD_PAYMENT";
    public static final String VOID = "VOID";
    public static final String DEFAULT_CURRENCY = "CNY";

    /** The largest amount numeric(18,2) holds. */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999999.99");

    private static final String SORT = "-transactionDate";

    private final TransactionRepository repository;
    private final CustomerService customers;
    private final ProductService products;
    private final Caller caller;
    private final DossierConfig config;
    private final TransactionConfig transactionConfig;
    private final AuditWriter audit;

    TransactionService(
            TransactionRepository repository,
            CustomerService customers,
            ProductService products,
            Caller caller,
            DossierConfig config,
            TransactionConfig transactionConfig,
            AuditWriter audit) {
        this.repository = repository;
        this.customers = customers;
        this.products = products;
        this.caller = caller;
        this.config = config;
        this.transactionConfig = transactionConfig;
        this.audit = audit;
    }

    /** A transaction with everything its representation shows. */
    public record Full(
            CustomerTransaction transaction,
            List<TransactionLine> lines,
            List<TransactionPayment> payments,
            Map<UUID, Product> products,
            LocalDate today) {}

    public record Page(List<Full> items, String nextCursor) {}

    /** Today in the business time zone: the day overdue amounts are computed for. */
    public LocalDate today() {
        return LocalDate.now(transactionConfig.zone());
    }

    public Page list(UUID customerId, boolean overdueOnly, Integer limit, String cursor) {
        customers.getForReading(customerId);
        int size = limit == null ? config.paging().defaultLimit() : limit;
        if (size < 1 || size > config.paging().maxLimit()) {
            throw ValidationProblem.of(
                    "limit", "limit.range", "Between 1 and " + config.paging().maxLimit() + ".");
        }
        Cursor after = Cursor.decode(cursor, SORT);
        LocalDate afterDate = null;
        if (after != null) {
            try {
                afterDate = LocalDate.parse(after.key());
            } catch (DateTimeParseException e) {
                throw ValidationProblem.of("cursor", "cursor.invalid", "The cursor is invalid.");
            }
        }
        LocalDate today = today();
        List<CustomerTransaction> rows =
                repository.list(
                        customerId,
                        overdueOnly,
                        today,
                        afterDate,
                        after == null ? null : after.id(),
                        size);
        String next = null;
        if (rows.size() > size) {
            rows = rows.subList(0, size);
            CustomerTransaction last = rows.get(size - 1);
            next = new Cursor(SORT, last.transactionDate.toString(), last.id).encode();
        }
        return new Page(complete(rows, today), next);
    }

    /** Reading: the customer may be visible through an access grant. */
    public Full get(UUID customerId, UUID transactionId) {
        customers.getForReading(customerId);
        CustomerTransaction tx =
                repository
                        .findOf(customerId, transactionId)
                        .orElseThrow(TransactionService::noSuchTransaction);
        return complete(List.of(tx), today()).get(0);
    }

    public record Summary(
            UUID customerId,
            LocalDate asOf,
            List<TransactionRepository.CurrencyTotals> currencies) {}

    public Summary summary(UUID customerId) {
        customers.getForReading(customerId);
        LocalDate today = today();
        return new Summary(customerId, today, repository.totals(customerId, today));
    }

    /** A transaction under a customer in the caller's own scope. */
    @Transactional
    public Full create(UUID customerId, NewTransaction input) {
        customers.get(customerId);
        return createFor(customerId, input);
    }

    /**
     * The partner's way in: the customer named by exactly one of its id or archive number, in the
     * caller's own scope (a customer outside it answers as one that does not exist).
     */
    @Transactional
    public Full createNamed(UUID customerId, String archiveNo, NewTransaction input) {
        boolean byNumber = archiveNo != null && !archiveNo.isBlank();
        if ((customerId == null) == !byNumber) {
            String message = "Name the customer by exactly one of customerId or archiveNo.";
            throw new ValidationProblem(
                    List.of(
                            new FieldError("customerId", "customer.exactlyOne", message),
                            new FieldError("archiveNo", "customer.exactlyOne", message)));
        }
        UUID id;
        if (customerId != null) {
            id = customers.get(customerId).id;
        } else {
            id = customers.resolveExisting(null, archiveNo);
            if (!customers.isInOwnScope(id)) {
                throw new NotFoundProblem("No customer with this archive number.");
            }
        }
        return createFor(id, input);
    }

    private Full createFor(UUID customerId, NewTransaction input) {
        List<FieldError> errors = new ArrayList<>();
        String number = input.number() == null ? "" : input.number().trim();
        if (number.isEmpty()) {
            errors.add(new FieldError("number", "number.required", "A number is required."));
        }
        if (input.transactionDate() == null) {
            errors.add(
                    new FieldError(
                            "transactionDate", "transactionDate.required", "A date is required."));
        }
        Currency currency = currency(input.currency(), errors);
        int digits = currency == null ? 2 : currency.getDefaultFractionDigits();

        List<TransactionLineCreateDto> lineInputs =
                input.lineItems() == null ? List.of() : input.lineItems();
        if (lineInputs.isEmpty()) {
            errors.add(
                    new FieldError(
                            "lineItems", "lineItems.required", "At least one line is required."));
        }
        Map<UUID, Product> known =
                products.byIds(
                        lineInputs.stream()
                                .map(TransactionLineCreateDto::getProductId)
                                .filter(Objects::nonNull)
                                .collect(Collectors.toSet()));
        List<TransactionLine> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (int i = 0; i < lineInputs.size(); i++) {
            TransactionLineCreateDto in = lineInputs.get(i);
            String at = "lineItems[" + i + "]";
            Product product = in.getProductId() == null ? null : known.get(in.getProductId());
            if (product == null) {
                errors.add(
                        new FieldError(
                                at + ".productId",
                                "productId.unknown",
                                "There is no product with this id."));
            } else if (!product.active) {
                errors.add(
                        new FieldError(
                                at + ".productId",
                                "productId.inactive",
                                "This product is withdrawn and cannot be sold."));
            }
            BigDecimal quantity = decimal(at + ".quantity", in.getQuantity(), 3, errors);
            if (quantity != null && quantity.signum() <= 0) {
                errors.add(
                        new FieldError(
                                at + ".quantity",
                                "quantity.positive",
                                "The quantity must be more than zero."));
                quantity = null;
            }
            BigDecimal unitPrice = money(at + ".unitPrice", in.getUnitPrice(), digits, errors);
            BigDecimal sent = money(at + ".amount", in.getAmount(), digits, errors);
            if (quantity == null || unitPrice == null) {
                continue;
            }
            BigDecimal amount = quantity.multiply(unitPrice).setScale(2, RoundingMode.HALF_UP);
            if (amount.compareTo(MAX_AMOUNT) > 0) {
                errors.add(new FieldError(at + ".amount", "amount.tooLarge", "Too large."));
                continue;
            }
            if (amount.stripTrailingZeros().scale() > digits) {
                errors.add(
                        new FieldError(
                                at + ".amount",
                                "amount.scale",
                                "Quantity × unit price has more decimals than "
                                        + (currency == null
                                                ? "the currency"
                                                : currency.getCurrencyCode())
                                        + " allows."));
                continue;
            }
            if (sent != null && sent.compareTo(amount) != 0) {
                errors.add(
                        new FieldError(
                                at + ".amount",
                                "amount.mismatch",
                                "The amount must be quantity × unit price, "
                                        + amount.toPlainString()
                                        + "."));
            }
            TransactionLine line = new TransactionLine();
            line.lineNo = i + 1;
            line.productId = in.getProductId();
            line.quantity = quantity;
            line.unitPrice = unitPrice;
            line.amount = amount;
            lines.add(line);
            total = total.add(amount);
        }
        if (total.compareTo(MAX_AMOUNT) > 0) {
            errors.add(new FieldError("totalAmount", "totalAmount.tooLarge", "Too large."));
        }
        BigDecimal sentTotal = money("totalAmount", input.totalAmount(), digits, errors);
        if (sentTotal != null
                && lines.size() == lineInputs.size()
                && sentTotal.compareTo(total) != 0) {
            errors.add(
                    new FieldError(
                            "totalAmount",
                            "totalAmount.mismatch",
                            "The total must be the sum of the lines, "
                                    + total.toPlainString()
                                    + "."));
        }
        LocalDate dueDate = input.dueDate();
        String terms = input.paymentTerms() == null ? null : input.paymentTerms().toString();
        if (input.transactionDate() != null) {
            if (dueDate == null) {
                dueDate = dueFromTerms(input.transactionDate(), terms);
            } else if (dueDate.isBefore(input.transactionDate())) {
                errors.add(
                        new FieldError(
                                "dueDate",
                                "dueDate.beforeTransactionDate",
                                "The due date cannot be before the transaction date."));
            }
        }
        List<PaymentCreateDto> paymentInputs =
                input.payments() == null ? List.of() : input.payments();
        List<TransactionPayment> payments = new ArrayList<>();
        BigDecimal paid = BigDecimal.ZERO.setScale(2);
        for (int i = 0; i < paymentInputs.size(); i++) {
            TransactionPayment payment =
                    payment("payments[" + i + "].", paymentInputs.get(i), digits, errors);
            if (payment == null) {
                continue;
            }
            paid = paid.add(payment.amount);
            if (paid.compareTo(total) > 0) {
                errors.add(
                        new FieldError(
                                "payments[" + i + "].amount",
                                "amount.overpayment",
                                "Payments exceed the total of " + total.toPlainString() + "."));
            }
            payments.add(payment);
        }
        if (!errors.isEmpty()) {
            throw new ValidationProblem(errors);
        }
        if (repository.numberTaken(customerId, number)) {
            throw numberTaken(number);
        }

        CustomerTransaction tx = new CustomerTransaction();
        tx.id = UUID.randomUUID();
        tx.customerId = customerId;
        tx.number = number;
        tx.transactionDate = input.transactionDate();
        tx.currency = currency.getCurrencyCode();
        tx.totalAmount = total;
        tx.paidAmount = paid;
        tx.paymentTerms = terms;
        tx.dueDate = dueDate;
        tx.notes = input.notes() == null || input.notes().isBlank() ? null : input.notes().trim();
        tx.createdBy = who();
        try {
            repository.persistAndFlush(tx);
        } catch (PersistenceException e) {
            ConstraintViolationException violation =
                    e instanceof ConstraintViolationException direct
                            ? direct
                            : e.getCause() instanceof ConstraintViolationException cause
                                    ? cause
                                    : null;
            // Two requests with the same new number at once: the unique constraint decided.
            if (violation != null
                    && "uq_customer_transaction_number".equals(violation.getConstraintName())) {
                throw numberTaken(number);
            }
            throw e;
        }
        for (TransactionLine line : lines) {
            line.id = UUID.randomUUID();
            line.transactionId = tx.id;
            repository.persistLine(line);
        }
        Instant now = Instant.now();
        for (TransactionPayment payment : payments) {
            payment.transactionId = tx.id;
            payment.recordedAt = now;
            repository.persistPayment(payment);
        }
        repository.flush();
        Full full = new Full(tx, lines, payments, known, today());
        audit.record(
                TRANSACTION,
                tx.id,
                customerId,
                AuditWriter.CREATE,
                FieldChanges.created(snapshot(full)));
        return full;
    }

    /** Adds a payment; never more than what is outstanding, never on a voided transaction. */
    @Transactional
    public Full recordPayment(UUID customerId, UUID transactionId, PaymentCreateDto input) {
        customers.get(customerId);
        CustomerTransaction tx =
                repository
                        .lockOf(customerId, transactionId)
                        .orElseThrow(TransactionService::noSuchTransaction);
        if (tx.voided()) {
            throw new ConflictProblem(
                    "transaction-voided",
                    "Transaction voided",
                    "This transaction is voided and takes no payment; record it on the"
                            + " transaction that replaced it.");
        }
        List<FieldError> errors = new ArrayList<>();
        int digits = Currency.getInstance(tx.currency).getDefaultFractionDigits();
        TransactionPayment payment = payment("", input, digits, errors);
        if (payment != null && payment.amount.compareTo(tx.outstanding()) > 0) {
            errors.add(
                    new FieldError(
                            "amount",
                            "amount.overpayment",
                            "Only "
                                    + tx.outstanding().toPlainString()
                                    + " "
                                    + tx.currency
                                    + " is outstanding."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationProblem(errors);
        }
        BigDecimal before = tx.paidAmount;
        payment.transactionId = tx.id;
        payment.recordedAt = Instant.now();
        repository.persistPayment(payment);
        tx.paidAmount = tx.paidAmount.add(payment.amount);
        repository.flush();
        audit.record(
                TRANSACTION,
                tx.id,
                customerId,
                RECORD_PAYMENT,
                List.of(
                        new FieldChange("payment", null, describe(payment)),
                        new FieldChange(
                                "paidAmount",
                                before.toPlainString(),
                                tx.paidAmount.toPlainString())));
        return complete(List.of(tx), today()).get(0);
    }

    /** Takes a wrong transaction out of every total, keeping it and its number. */
    @Transactional
    public Full voidTransaction(UUID customerId, UUID transactionId, String reason) {
        customers.get(customerId);
        CustomerTransaction tx =
                repository
                        .lockOf(customerId, transactionId)
                        .orElseThrow(TransactionService::noSuchTransaction);
        String why = reason == null ? "" : reason.trim();
        if (why.length() < 5) {
            throw ValidationProblem.of(
                    "reason", "reason.tooShort", "Say in a few words why it is voided.");
        }
        if (tx.voided()) {
            throw new ConflictProblem(
                    "transaction-voided",
                    "Transaction voided",
                    "This transaction is already voided.");
        }
        String statusBefore = status(tx).toString();
        tx.voidedAt = Instant.now();
        tx.voidReason = why;
        tx.voidedBy = who();
        repository.flush();
        audit.record(
                TRANSACTION,
                tx.id,
                customerId,
                VOID,
                List.of(
                        new FieldChange("status", statusBefore, "VOIDED"),
                        new FieldChange("voidReason", null, why)));
        return complete(List.of(tx), today()).get(0);
    }

    static com.dossier.api.model.TransactionStatusDto status(CustomerTransaction tx) {
        if (tx.voided()) {
            return com.dossier.api.model.TransactionStatusDto.VOIDED;
        }
        return tx.paidAmount.compareTo(tx.totalAmount) >= 0
                ? com.dossier.api.model.TransactionStatusDto.PAID
                : com.dossier.api.model.TransactionStatusDto.OPEN;
    }

    private List<Full> complete(List<CustomerTransaction> rows, LocalDate today) {
        List<UUID> ids = rows.stream().map(t -> t.id).toList();
        Map<UUID, List<TransactionLine>> lines =
                repository.linesOf(ids).stream()
                        .collect(Collectors.groupingBy(l -> l.transactionId));
        Map<UUID, List<TransactionPayment>> payments =
                repository.paymentsOf(ids).stream()
                        .collect(Collectors.groupingBy(p -> p.transactionId));
        Map<UUID, Product> known =
                products.byIds(
                        lines.values().stream()
                                .flatMap(List::stream)
                                .map(l -> l.productId)
                                .collect(Collectors.toSet()));
        return rows.stream()
                .map(
                        t ->
                                new Full(
                                        t,
                                        lines.getOrDefault(t.id, List.of()),
                                        payments.getOrDefault(t.id, List.of()),
                                        known,
                                        today))
                .toList();
    }

    private TransactionPayment payment(
            String prefix, PaymentCreateDto in, int digits, List<FieldError> errors) {
        int before = errors.size();
        if (in.getPaymentDate() == null) {
            errors.add(
                    new FieldError(
                            prefix + "paymentDate", "paymentDate.required", "A date is required."));
        } else if (in.getPaymentDate().isAfter(today())) {
            errors.add(
                    new FieldError(
                            prefix + "paymentDate",
                            "paymentDate.future",
                            "A payment cannot be received in the future."));
        }
        BigDecimal amount = money(prefix + "amount", in.getAmount(), digits, errors);
        if (in.getAmount() == null) {
            errors.add(
                    new FieldError(prefix + "amount", "amount.required", "An amount is required."));
        } else if (amount != null && amount.signum() <= 0) {
            errors.add(
                    new FieldError(
                            prefix + "amount",
                            "amount.positive",
                            "A payment must be more than zero."));
        }
        if (errors.size() > before) {
            return null;
        }
        TransactionPayment payment = new TransactionPayment();
        payment.id = UUID.randomUUID();
        payment.paymentDate = in.getPaymentDate();
        payment.amount = amount.setScale(2);
        payment.method = in.getMethod() == null ? null : in.getMethod().toString();
        payment.reference =
                in.getReference() == null || in.getReference().isBlank()
                        ? null
                        : in.getReference().trim();
        payment.recordedBy = who();
        return payment;
    }

    private static Currency currency(String code, List<FieldError> errors) {
        String value = code == null ? DEFAULT_CURRENCY : code;
        if (!value.matches("[A-Z]{3}")) {
            errors.add(
                    new FieldError(
                            "currency",
                            "currency.invalid",
                            "Expected an ISO 4217 code such as CNY."));
            return null;
        }
        try {
            Currency currency = Currency.getInstance(value);
            if (currency.getDefaultFractionDigits() < 0
                    || currency.getDefaultFractionDigits() > 2) {
                errors.add(
                        new FieldError(
                                "currency",
                                "currency.unsupported",
                                "Only currencies with at most 2 decimals are kept."));
                return null;
            }
            return currency;
        } catch (IllegalArgumentException e) {
            errors.add(
                    new FieldError(
                            "currency", "currency.unknown", "This is not an ISO 4217 currency."));
            return null;
        }
    }

    /** A money string: not negative, at most {@code digits} decimals; null when absent. */
    private static BigDecimal money(
            String field, String value, int digits, List<FieldError> errors) {
        BigDecimal amount = decimal(field, value, 2, errors);
        if (amount == null) {
            return null;
        }
        if (amount.stripTrailingZeros().scale() > digits) {
            errors.add(
                    new FieldError(
                            field,
                            field.substring(field.lastIndexOf('.') + 1) + ".scale",
                            "At most " + digits + " decimals in this currency."));
            return null;
        }
        if (amount.compareTo(MAX_AMOUNT) > 0) {
            errors.add(
                    new FieldError(
                            field,
                            field.substring(field.lastIndexOf('.') + 1) + ".tooLarge",
                            "Too large."));
            return null;
        }
        return amount.setScale(2);
    }

    /** A non-negative decimal string with at most {@code scale} decimals; null when absent. */
    private static BigDecimal decimal(
            String field, String value, int scale, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        String name = field.substring(field.lastIndexOf('.') + 1);
        try {
            BigDecimal number = new BigDecimal(value.trim());
            if (number.signum() < 0) {
                errors.add(new FieldError(field, name + ".negative", "Cannot be negative."));
                return null;
            }
            if (number.scale() > scale) {
                errors.add(
                        new FieldError(field, name + ".scale", "At most " + scale + " decimals."));
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, name + ".invalid", "Expected a decimal number."));
            return null;
        }
    }

    static LocalDate dueFromTerms(LocalDate transactionDate, String terms) {
        if (terms == null) {
            return transactionDate;
        }
        return switch (terms) {
            case "NET_30" -> transactionDate.plusDays(30);
            case "NET_60" -> transactionDate.plusDays(60);
            case "NET_90" -> transactionDate.plusDays(90);
            default -> transactionDate;
        };
    }

    private String who() {
        String name = caller.isPartner() ? caller.clientId() : caller.username();
        return name == null ? caller.subject() : name;
    }

    private static NotFoundProblem noSuchTransaction() {
        return new NotFoundProblem("No transaction with this id.");
    }

    private static ConflictProblem numberTaken(String number) {
        return new ConflictProblem(
                "transaction-number-taken",
                "Transaction number taken",
                "This customer already has a transaction numbered "
                        + number
                        + "; a retry of the same transaction should reuse its Idempotency-Key.");
    }

    private static String describe(TransactionPayment p) {
        return p.paymentDate
                + " "
                + p.amount.toPlainString()
                + (p.method == null ? "" : " " + p.method)
                + (p.reference == null ? "" : " " + p.reference);
    }

    /** The audited fields of a new transaction, named as in the contract. */
    private static Map<String, Object> snapshot(Full full) {
        CustomerTransaction t = full.transaction();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("number", t.number);
        fields.put("transactionDate", t.transactionDate);
        fields.put("currency", t.currency);
        fields.put("totalAmount", t.totalAmount.toPlainString());
        fields.put("paidAmount", t.paidAmount.toPlainString());
        fields.put("paymentTerms", t.paymentTerms);
        fields.put("dueDate", t.dueDate);
        fields.put("notes", t.notes);
        fields.put(
                "lineItems",
                full.lines().stream()
                        .map(
                                l -> {
                                    Product p = full.products().get(l.productId);
                                    return (p == null ? l.productId.toString() : p.code)
                                            + " × "
                                            + l.quantity.toPlainString()
                                            + " @ "
                                            + l.unitPrice.toPlainString()
                                            + " = "
                                            + l.amount.toPlainString();
                                })
                        .collect(Collectors.joining("; ")));
        fields.put(
                "payments",
                full.payments().isEmpty()
                        ? null
                        : full.payments().stream()
                                .map(TransactionService::describe)
                                .collect(Collectors.joining("; ")));
        return fields;
    }
}
