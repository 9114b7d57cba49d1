package com.dossier.customer.lifecycle;

import com.dossier.api.model.ReviewCreateDto;
import com.dossier.audit.AuditWriter;
import com.dossier.audit.FieldChange;
import com.dossier.customer.Customer;
import com.dossier.customer.CustomerService;
import com.dossier.customer.CustomerStatus;
import com.dossier.shared.config.DossierConfig;
import com.dossier.shared.error.ConflictProblem;
import com.dossier.shared.error.ValidationProblem;
import com.dossier.shared.security.Caller;
import com.dossier.shared.web.Cursor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Periodic review: the queue of archives due, recording a review and the next due date. */
@ApplicationScoped
public class ReviewService {
    private static final String HISTORY_SORT = "-reviewedAt";
    private static final String QUEUE_SORT = "nextReviewOn";

    private final CustomerReviewRepository repository;
    private final CustomerService customers;
    private final ReviewSchedule schedule;
    private final Caller caller;
    private final AuditWriter audit;
    private final DossierConfig config;

    ReviewService(
            CustomerReviewRepository repository,
            CustomerService customers,
            ReviewSchedule schedule,
            Caller caller,
            AuditWriter audit,
            DossierConfig config) {
        this.repository = repository;
        this.customers = customers;
        this.schedule = schedule;
        this.caller = caller;
        this.audit = audit;
        this.config = config;
    }

    @Transactional
    public CustomerReview record(UUID customerId, ReviewCreateDto input) {
        Customer customer = customers.get(customerId);
        if (customer.status != CustomerStatus.APPROVED) {
            throw new ConflictProblem(
                    "not-approved",
                    "Archive is not approved",
                    "Only approved archives are reviewed periodically; this one is "
                            + customer.status
                            + ".");
        }
        if (input.getChecked() == null) {
            throw ValidationProblem.of("checked", "checked.required", "Expected true or false.");
        }
        CustomerReview review = new CustomerReview();
        review.id = UUID.randomUUID();
        review.customerId = customer.id;
        review.checked = input.getChecked();
        review.findings = blankToNull(input.getFindings());
        review.tier = blankToNull(input.getTier());
        review.reviewerId = caller.subject();
        review.reviewerUsername = caller.username();
        review.reviewedOn = schedule.today();
        review.reviewedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        review.nextReviewOn = schedule.nextFromToday();
        repository.persist(review);
        LocalDate before = customer.nextReviewOn;
        customer.nextReviewOn = review.nextReviewOn;
        customers.flush();
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange("reviewId", null, review.id.toString()));
        changes.add(new FieldChange("checked", null, String.valueOf(review.checked)));
        if (review.findings != null) {
            changes.add(new FieldChange("findings", null, review.findings));
        }
        if (review.tier != null) {
            changes.add(new FieldChange("tier", null, review.tier));
        }
        changes.add(
                new FieldChange(
                        "nextReviewOn",
                        Objects.toString(before, null),
                        review.nextReviewOn.toString()));
        audit.record(AuditWriter.CUSTOMER, customer.id, customer.id, AuditWriter.REVIEW, changes);
        return review;
    }

    public record ReviewPage(List<CustomerReview> items, String nextCursor) {}

    public ReviewPage history(UUID customerId, Integer limit, String cursor) {
        Customer customer = customers.getForReading(customerId);
        int size = size(limit);
        Cursor after = Cursor.decode(cursor, HISTORY_SORT);
        Instant afterAt = after == null ? null : parse(after, Instant::parse);
        List<CustomerReview> rows =
                repository.page(customer.id, afterAt, after == null ? null : after.id(), size);
        if (rows.size() <= size) {
            return new ReviewPage(rows, null);
        }
        CustomerReview last = rows.get(size - 1);
        return new ReviewPage(
                rows.subList(0, size),
                new Cursor(HISTORY_SORT, last.reviewedAt.toString(), last.id).encode());
    }

    public record QueuePage(List<Customer> items, String nextCursor) {}

    /** Approved archives in the caller's scope due within {@code withinDays} days from today. */
    public QueuePage due(Integer withinDays, Integer limit, String cursor) {
        int days = withinDays == null ? 0 : withinDays;
        if (days < 0 || days > 366) {
            throw ValidationProblem.of("withinDays", "withinDays.range", "Between 0 and 366.");
        }
        int size = size(limit);
        Cursor after = Cursor.decode(cursor, QUEUE_SORT);
        LocalDate afterDate = after == null ? null : parse(after, LocalDate::parse);
        List<Customer> rows =
                repository.due(
                        caller.scope(),
                        schedule.today().plusDays(days),
                        afterDate,
                        after == null ? null : after.id(),
                        size);
        if (rows.size() <= size) {
            return new QueuePage(rows, null);
        }
        Customer last = rows.get(size - 1);
        return new QueuePage(
                rows.subList(0, size),
                new Cursor(QUEUE_SORT, last.nextReviewOn.toString(), last.id).encode());
    }

    private int size(Integer limit) {
        int size = limit == null ? config.paging().defaultLimit() : limit;
        if (size < 1 || size > config.paging().maxLimit()) {
            throw ValidationProblem.of(
                    "limit", "limit.range", "Between 1 and " + config.paging().maxLimit() + ".");
        }
        return size;
    }

    private static <T> T parse(Cursor cursor, java.util.function.Function<String, T> parser) {
        try {
            return parser.apply(cursor.key());
        } catch (RuntimeException e) {
            throw ValidationProblem.of("cursor", "cursor.invalid", "The cursor is invalid.");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
