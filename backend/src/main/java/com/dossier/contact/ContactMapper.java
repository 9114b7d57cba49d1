package com.dossier.contact;

import com.dossier.api.model.ContactCreateDto;
import com.dossier.api.model.ContactDto;
import com.dossier.api.model.DecisionRoleDto;
import java.time.ZoneOffset;

/** Entity ↔ contract DTO. */
final class ContactMapper {
    private ContactMapper() {}

    static ContactDto toDto(Contact c) {
        return new ContactDto()
                .id(c.id)
                .customerId(c.customerId)
                .name(c.name)
                .title(c.title)
                .department(c.department)
                .mobile(c.mobile)
                .phone(c.phone)
                .email(c.email)
                .birthday(c.birthday)
                .decisionRole(
                        c.decisionRole == null ? null : DecisionRoleDto.fromValue(c.decisionRole))
                .hobbies(c.hobbies)
                .notes(c.notes)
                .primary(c.primary)
                .active(c.active)
                .version(c.version)
                .createdAt(c.createdAt.atOffset(ZoneOffset.UTC))
                .updatedAt(c.updatedAt.atOffset(ZoneOffset.UTC));
    }

    static void copy(ContactCreateDto from, Contact to) {
        to.name = from.getName().trim();
        to.title = blankToNull(from.getTitle());
        to.department = blankToNull(from.getDepartment());
        to.mobile = blankToNull(from.getMobile());
        to.phone = blankToNull(from.getPhone());
        to.email = blankToNull(from.getEmail());
        to.birthday = from.getBirthday();
        to.decisionRole = from.getDecisionRole() == null ? null : from.getDecisionRole().toString();
        to.hobbies = blankToNull(from.getHobbies());
        to.notes = blankToNull(from.getNotes());
        to.primary = Boolean.TRUE.equals(from.getPrimary());
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
