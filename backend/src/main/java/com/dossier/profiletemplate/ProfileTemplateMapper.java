package com.dossier.profiletemplate;

import com.dossier.api.model.CustomerKindDto;
import com.dossier.api.model.ProfileTemplateDto;
import com.dossier.api.model.ProfileTemplateFieldDto;
import com.dossier.api.model.ProfileTemplateFieldTypeDto;
import com.dossier.api.model.ProfileTemplateOptionDto;
import java.time.ZoneOffset;

/** Entity ↔ contract DTO. */
final class ProfileTemplateMapper {
    private ProfileTemplateMapper() {}

    static ProfileTemplateDto toDto(ProfileTemplate t) {
        return new ProfileTemplateDto()
                .id(t.id)
                .name(t.name)
                .nameEn(t.nameEn)
                .description(t.description)
                .customerKind(
                        t.customerKind == null ? null : CustomerKindDto.fromValue(t.customerKind))
                .businessLine(t.businessLine)
                .active(t.active)
                .fields(t.fields.stream().map(ProfileTemplateMapper::toDto).toList())
                .version(t.version)
                .createdAt(t.createdAt.atOffset(ZoneOffset.UTC))
                .updatedAt(t.updatedAt.atOffset(ZoneOffset.UTC));
    }

    private static ProfileTemplateFieldDto toDto(TemplateField f) {
        return new ProfileTemplateFieldDto()
                .key(f.key())
                .labelZh(f.labelZh())
                .labelEn(f.labelEn())
                .type(ProfileTemplateFieldTypeDto.fromValue(f.type()))
                .options(
                        f.options().stream()
                                .map(
                                        o ->
                                                new ProfileTemplateOptionDto()
                                                        .value(o.value())
                                                        .labelZh(o.labelZh())
                                                        .labelEn(o.labelEn()))
                                .toList())
                .required(f.required())
                .order(f.order());
    }
}
