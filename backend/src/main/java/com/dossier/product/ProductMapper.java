package com.dossier.product;

import com.dossier.api.model.ProductDto;
import java.time.ZoneOffset;

/** Entity ↔ contract DTO. */
final class ProductMapper {
    private ProductMapper() {}

    static ProductDto toDto(Product p) {
        return new ProductDto()
                .id(p.id)
                .code(p.code)
                .name(p.name)
                .category(p.category)
                .unit(p.unit)
                .active(p.active)
                .version(p.version)
                .createdAt(p.createdAt.atOffset(ZoneOffset.UTC))
                .updatedAt(p.updatedAt.atOffset(ZoneOffset.UTC));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
