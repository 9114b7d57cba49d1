package com.dossier.imports;

import com.dossier.api.model.ImportJobDto;
import com.dossier.api.model.ImportRowErrorDto;
import com.dossier.api.model.ImportStatusDto;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

final class ImportMapper {
    private ImportMapper() {}

    static ImportJobDto toDto(ImportService.View view) {
        ImportJob job = view.job();
        List<ImportRowErrorDto> errors = new ArrayList<>();
        for (ImportJobRepository.StoredRow row : view.errorRows()) {
            for (var error : row.errors()) {
                if (errors.size() == ImportService.SHOWN_ERRORS) {
                    break;
                }
                errors.add(
                        new ImportRowErrorDto()
                                .row(row.rowNo())
                                .field(error.field())
                                .code(error.code())
                                .message(error.message()));
            }
        }
        return new ImportJobDto()
                .id(job.id)
                .fileName(job.fileName)
                .status(ImportStatusDto.fromValue(job.status.name()))
                .totalRows(job.totalRows)
                .processedRows(job.processedRows)
                .errorCount(job.errorCount)
                .customerCount(job.customerCount)
                .ownerId(job.ownerId)
                .failure(job.failure)
                .createdAt(at(job.createdAt))
                .committedAt(at(job.committedAt))
                .revertedAt(at(job.revertedAt))
                .errors(errors);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
