package com.dossier.customer.merge;

import com.dossier.api.DuplicatesApi;
import com.dossier.api.model.CustomerKindDto;
import com.dossier.api.model.DuplicateListDto;
import com.dossier.api.model.MergeRequestDto;
import com.dossier.customer.Customer;
import com.dossier.customer.CustomerDuplicates;
import com.dossier.customer.CustomerMapper;
import com.dossier.shared.security.Caller;
import com.dossier.shared.security.Permissions;
import com.dossier.shared.web.ETags;
import io.quarkus.security.PermissionsAllowed;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/** HTTP face of the duplicate check and of merging duplicate archives. */
public class MergeResource implements DuplicatesApi {
    private final CustomerDuplicates duplicates;
    private final MergeService merges;
    private final Caller caller;

    MergeResource(CustomerDuplicates duplicates, MergeService merges, Caller caller) {
        this.duplicates = duplicates;
        this.merges = merges;
        this.caller = caller;
    }

    @Override
    @PermissionsAllowed(Permissions.FIND_DUPLICATE_CUSTOMERS)
    public Response findDuplicateCustomers(
            String name, String creditCode, String phone, String email, CustomerKindDto kind) {
        var found =
                duplicates.find(
                        new CustomerDuplicates.Probe(
                                name,
                                creditCode,
                                phone,
                                email,
                                kind == null ? null : kind.toString(),
                                null));
        return Response.ok(
                        new DuplicateListDto()
                                .items(found.stream().map(CustomerMapper::toDto).toList()))
                .build();
    }

    @Override
    @PermissionsAllowed(Permissions.MERGE_CUSTOMER)
    public Response mergeCustomer(UUID id, MergeRequestDto body, String ifMatch) {
        Customer target = merges.merge(id, body.getSourceId(), body.getReason(), ifMatch);
        return Response.ok(CustomerMapper.toDto(target, caller.seesSensitiveFields()))
                .header("ETag", ETags.of(target.version))
                .build();
    }
}
