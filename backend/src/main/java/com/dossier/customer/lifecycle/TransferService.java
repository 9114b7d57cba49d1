package com.dossier.customer.lifecycle;

import com.dossier.api.model.TransferCreateDto;
import com.dossier.audit.AuditWriter;
import com.dossier.audit.FieldChange;
import com.dossier.customer.Customer;
import com.dossier.shared.error.FieldError;
import com.dossier.shared.error.ValidationProblem;
import com.dossier.shared.security.Caller;
import com.dossier.shared.security.DataScope;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Handover of customers from one owner to another, all or nothing. The new owner is a Keycloak user
 * id taken as given: the backend keeps no user directory to check it against.
 */
@ApplicationScoped
public class TransferService {
    private final CustomerTransferRepository repository;
    private final Caller caller;
    private final AuditWriter audit;
    private final ObjectMapper json;

    TransferService(
            CustomerTransferRepository repository,
            Caller caller,
            AuditWriter audit,
            ObjectMapper json) {
        this.repository = repository;
        this.caller = caller;
        this.audit = audit;
        this.json = json;
    }

    @Transactional
    public CustomerTransfer transfer(TransferCreateDto input) {
        List<FieldError> errors = new ArrayList<>();
        String from = required(input.getFromOwnerId(), "fromOwnerId", errors);
        String to = required(input.getToOwnerId(), "toOwnerId", errors);
        String reason = required(input.getReason(), "reason", errors);
        if (from != null && from.equals(to)) {
            errors.add(
                    new FieldError(
                            "toOwnerId", "toOwnerId.same", "The new owner is the current owner."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationProblem(errors);
        }
        DataScope scope = caller.scope();
        String toTeam = blankToNull(input.getToTeam());
        if (toTeam != null && !scope.all()) {
            throw new ForbiddenException(
                    "A supervisor hands customers over within its team; a director changes teams.");
        }
        // A supervisor moves only customers of its own teams (not those shared with it).
        Set<String> teams = scope.all() ? null : new LinkedHashSet<>(scope.teams());
        String teamFilter = blankToNull(input.getTeam());
        if (teamFilter != null) {
            if (teams != null && !teams.contains(teamFilter)) {
                teams = Set.of();
            } else {
                teams = Set.of(teamFilter);
            }
        }
        List<UUID> ids =
                input.getCustomerIds() == null || input.getCustomerIds().isEmpty()
                        ? null
                        : List.copyOf(new LinkedHashSet<>(input.getCustomerIds()));
        List<Customer> moving =
                teams != null && teams.isEmpty()
                        ? List.of()
                        : repository.ownedBy(from, scope, teams, ids);
        if (ids != null && moving.size() != ids.size()) {
            Set<UUID> found = new LinkedHashSet<>();
            moving.forEach(c -> found.add(c.id));
            List<FieldError> missing = new ArrayList<>();
            for (int i = 0; i < input.getCustomerIds().size(); i++) {
                if (!found.contains(input.getCustomerIds().get(i))) {
                    missing.add(
                            new FieldError(
                                    "customerIds[" + i + "]",
                                    "customerIds.notMovable",
                                    "Not a customer of fromOwnerId that you may hand over."));
                }
            }
            throw new ValidationProblem(missing);
        }
        CustomerTransfer transfer = new CustomerTransfer();
        transfer.id = UUID.randomUUID();
        transfer.fromOwnerId = from;
        transfer.toOwnerId = to;
        transfer.toTeam = toTeam;
        transfer.teamFilter = teamFilter;
        transfer.customerIds = ids == null ? null : toJson(ids);
        transfer.reason = reason;
        transfer.moved = moving.size();
        transfer.actorId = caller.subject();
        transfer.actorUsername = caller.username();
        transfer.transferredAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        repository.persist(transfer);
        for (Customer customer : moving) {
            List<FieldChange> changes = new ArrayList<>();
            changes.add(new FieldChange("ownerId", customer.ownerId, to));
            if (toTeam != null && !Objects.equals(toTeam, customer.team)) {
                changes.add(new FieldChange("team", customer.team, toTeam));
                customer.team = toTeam;
            }
            changes.add(new FieldChange("transferId", null, transfer.id.toString()));
            changes.add(new FieldChange("reason", null, reason));
            customer.ownerId = to;
            audit.record(
                    AuditWriter.CUSTOMER, customer.id, customer.id, AuditWriter.TRANSFER, changes);
        }
        repository.flush();
        return transfer;
    }

    private String toJson(List<UUID> ids) {
        try {
            return json.writeValueAsString(ids);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String required(String value, String field, List<FieldError> errors) {
        String text = blankToNull(value);
        if (text == null) {
            errors.add(new FieldError(field, field + ".required", "This field is required."));
        }
        return text;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
