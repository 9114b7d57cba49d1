package com.dossier.customer;

import com.dossier.api.model.CustomerCreateDto;
import com.dossier.api.model.CustomerDto;
import com.dossier.api.model.CustomerKindDto;
import com.dossier.api.model.CustomerNatureDto;
import com.dossier.api.model.CustomerStatusDto;
import java.time.ZoneOffset;

/** Entity ↔ contract DTO. */
public final class CustomerMapper {
    private CustomerMapper() {}

    public static CustomerDto toDto(Customer c) {
        return new CustomerDto()
                .id(c.id)
                .archiveNo(c.archiveNo)
                .kind(CustomerKindDto.fromValue(c.kind))
                .name(c.name)
                .shortName(c.shortName)
                .creditCode(c.creditCode)
                .nature(c.nature == null ? null : CustomerNatureDto.fromValue(c.nature))
                .industry(c.industry)
                .region(c.region)
                .address(c.address)
                .phone(c.phone)
                .email(c.email)
                .notes(c.notes)
                .ownerId(c.ownerId)
                .team(c.team)
                .status(CustomerStatusDto.fromValue(c.status.name()))
                .nextReviewOn(c.nextReviewOn)
                .version(c.version)
                .createdAt(c.createdAt.atOffset(ZoneOffset.UTC))
                .updatedAt(c.updatedAt.atOffset(ZoneOffset.UTC));
    }

    static void copyProfile(CustomerCreateDto from, Customer to) {
        to.kind = from.getKind().toString();
        to.name = from.getName().trim();
        to.shortName = blankToNull(from.getShortName());
        to.creditCode = blankToNull(from.getCreditCode());
        to.nature = from.getNature() == null ? null : from.getNature().toString();
        to.industry = blankToNull(from.getIndustry());
        to.region = blankToNull(from.getRegion());
        to.address = blankToNull(from.getAddress());
        to.phone = blankToNull(from.getPhone());
        to.email = blankToNull(from.getEmail());
        to.notes = blankToNull(from.getNotes());
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
