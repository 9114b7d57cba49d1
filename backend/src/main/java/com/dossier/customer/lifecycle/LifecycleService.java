package com.dossier.customer.lifecycle;

import com.dossier.audit.AuditWriter;
import com.dossier.audit.FieldChange;
import com.dossier.customer.Customer;
import com.dossier.customer.CustomerService;
import com.dossier.customer.CustomerStatus;
import com.dossier.customer.StatusHistory;
import com.dossier.shared.error.ConflictProblem;
import com.dossier.shared.error.ValidationProblem;
import com.dossier.shared.security.Caller;
import com.dossier.shared.security.Roles;
import com.dossier.shared.web.ETags;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The approval lifecycle of an archive: DRAFT → submit → PENDING_APPROVAL → approve → APPROVED, or
 * reject (with a reason) → DRAFT. Archiving and restoring stay with {@link CustomerService}. Each
 * transition is checked against the archive's status (409 saying what to do instead), recorded in
 * the status history and audited, in one transaction.
 */
@ApplicationScoped
public class LifecycleService {
    static final int MAX_REASON = 1000;

    private final CustomerService customers;
    private final StatusHistory history;
    private final ReviewSchedule schedule;
    private final Caller caller;
    private final AuditWriter audit;

    LifecycleService(
            CustomerService customers,
            StatusHistory history,
            ReviewSchedule schedule,
            Caller caller,
            AuditWriter audit) {
        this.customers = customers;
        this.history = history;
        this.schedule = schedule;
        this.caller = caller;
        this.audit = audit;
    }

    @Transactional
    public Customer submit(UUID id, String ifMatch) {
        Customer customer = customers.get(id);
        ETags.requireMatch(ifMatch, customer.version);
        if (customer.status != CustomerStatus.DRAFT) {
            throw invalid(
                    customer,
                    switch (customer.status) {
                        case PENDING_APPROVAL ->
                                "It is already submitted and awaits a sales director's decision.";
                        case APPROVED ->
                                "It is already approved; propose a correction to change it.";
                        default -> "It is archived; restore it first.";
                    });
        }
        boolean onlyRep =
                caller.roles().contains(Roles.SALES_REP)
                        && caller.roles().stream().noneMatch(SUPERIORS::contains);
        if (onlyRep && !Objects.equals(caller.subject(), customer.ownerId)) {
            throw new ForbiddenException(
                    "Only the owner, its supervisor or a director submits this archive.");
        }
        return transition(customer, CustomerStatus.PENDING_APPROVAL, null, AuditWriter.SUBMIT);
    }

    @Transactional
    public Customer approve(UUID id, String ifMatch) {
        Customer customer = pending(id, ifMatch, "approved");
        customer.nextReviewOn = schedule.nextFromToday();
        return transition(customer, CustomerStatus.APPROVED, null, AuditWriter.APPROVE);
    }

    @Transactional
    public Customer reject(UUID id, String reason, String ifMatch) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > MAX_REASON) {
            throw ValidationProblem.of(
                    "reason",
                    "reason.required",
                    "Tell the owner what to fix (1–" + MAX_REASON + " characters).");
        }
        Customer customer = pending(id, ifMatch, "rejected");
        return transition(customer, CustomerStatus.DRAFT, text, AuditWriter.REJECT);
    }

    private static final List<String> SUPERIORS =
            List.of(Roles.ADMIN, Roles.GENERAL_MANAGER, Roles.SALES_DIRECTOR, Roles.SUPERVISOR);

    /** An archive awaiting approval, which the caller did not submit itself. */
    private Customer pending(UUID id, String ifMatch, String verb) {
        Customer customer = customers.get(id);
        ETags.requireMatch(ifMatch, customer.version);
        if (customer.status != CustomerStatus.PENDING_APPROVAL) {
            throw invalid(
                    customer,
                    switch (customer.status) {
                        case DRAFT ->
                                "Only a submitted archive is "
                                        + verb
                                        + "; the owner submits it first.";
                        case APPROVED -> "It is already approved; changes go through a correction.";
                        default -> "It is archived; restore it first.";
                    });
        }
        String submitter =
                history.lastActorInto(customer.id, CustomerStatus.PENDING_APPROVAL).orElse(null);
        if (submitter != null && submitter.equals(caller.subject())) {
            throw new ForbiddenException("Nobody decides on an archive they submitted themselves.");
        }
        return customer;
    }

    private Customer transition(
            Customer customer, CustomerStatus to, String reason, String action) {
        CustomerStatus from = customer.status;
        LocalDate reviewBefore = customer.nextReviewOn;
        customer.status = to;
        customers.flush();
        history.record(customer, from, to, reason);
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange("status", from.name(), to.name()));
        if (!Objects.equals(reviewBefore, customer.nextReviewOn)) {
            changes.add(
                    new FieldChange(
                            "nextReviewOn",
                            Objects.toString(reviewBefore, null),
                            Objects.toString(customer.nextReviewOn, null)));
        }
        if (reason != null) {
            changes.add(new FieldChange("reason", null, reason));
        }
        audit.record(AuditWriter.CUSTOMER, customer.id, customer.id, action, changes);
        return customer;
    }

    private static ConflictProblem invalid(Customer customer, String whatInstead) {
        return new ConflictProblem(
                "invalid-transition",
                "Archive is " + customer.status.name().toLowerCase().replace('_', ' '),
                "This archive is " + customer.status.name() + ". " + whatInstead);
    }
}
