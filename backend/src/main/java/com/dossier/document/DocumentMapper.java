package com.dossier.document;

import com.dossier.api.model.CompletenessDto;
import com.dossier.api.model.CustomerKindDto;
import com.dossier.api.model.DocumentChecklistDto;
import com.dossier.api.model.DocumentDto;
import com.dossier.api.model.DocumentStatusDto;
import com.dossier.api.model.DocumentTypeDto;
import com.dossier.api.model.DocumentVersionDto;
import com.dossier.api.model.ExpiringDocumentDto;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Entities ↔ contract DTOs. */
final class DocumentMapper {
    private DocumentMapper() {}

    static DocumentDto toDto(DocumentService.View view) {
        Document d = view.document();
        List<DocumentVersionDto> versions =
                view.versions().stream().map(DocumentMapper::toDto).toList();
        return new DocumentDto()
                .id(d.id)
                .customerId(d.customerId)
                .type(DocumentTypeDto.fromValue(d.type))
                .title(d.title)
                .documentDate(d.documentDate)
                .pageCount(d.pageCount)
                .position(d.position)
                .validUntil(d.validUntil)
                .status(DocumentStatusDto.fromValue(d.status))
                .expired(d.expiredOn(DocumentService.today()))
                .currentVersion(d.currentVersion)
                ._file(
                        versions.stream()
                                .filter(v -> v.getVersion() == d.currentVersion)
                                .findFirst()
                                .orElse(null))
                .versions(versions)
                .version(d.version)
                .createdAt(d.createdAt.atOffset(ZoneOffset.UTC))
                .updatedAt(d.updatedAt.atOffset(ZoneOffset.UTC));
    }

    static DocumentVersionDto toDto(DocumentVersion v) {
        return new DocumentVersionDto()
                .version(v.number)
                .fileName(v.fileName)
                .contentType(v.contentType)
                .size(v.size)
                .sha256(v.sha256)
                .uploadedAt(v.uploadedAt.atOffset(ZoneOffset.UTC))
                .uploadedBy(v.uploadedBy);
    }

    static ExpiringDocumentDto toDto(DocumentRepository.Expiring e) {
        Document d = e.document();
        return new ExpiringDocumentDto()
                .documentId(d.id)
                .customerId(d.customerId)
                .customerName(e.customerName())
                .archiveNo(e.archiveNo())
                .type(DocumentTypeDto.fromValue(d.type))
                .title(d.title)
                .validUntil(d.validUntil)
                .daysLeft((int) ChronoUnit.DAYS.between(DocumentService.today(), d.validUntil));
    }

    static DocumentChecklistDto toDto(DocumentChecklist c) {
        return new DocumentChecklistDto()
                .kind(CustomerKindDto.fromValue(c.kind))
                .requiredTypes(types(c.requiredTypes))
                .version(c.version)
                .updatedAt(c.updatedAt.atOffset(ZoneOffset.UTC));
    }

    static CompletenessDto toDto(DocumentChecklistService.Completeness c) {
        return new CompletenessDto()
                .customerId(c.customerId())
                .kind(CustomerKindDto.fromValue(c.kind()))
                .percentage(c.percentage())
                .required(types(c.required()))
                .present(types(c.present()))
                .missing(types(c.missing()))
                .expired(types(c.expired()));
    }

    private static List<DocumentTypeDto> types(List<String> types) {
        return types.stream().map(DocumentTypeDto::fromValue).toList();
    }
}
