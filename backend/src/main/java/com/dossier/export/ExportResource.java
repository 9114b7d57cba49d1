package com.dossier.export;

import com.dossier.api.ExportsApi;
import com.dossier.api.model.CustomerKindDto;
import com.dossier.api.model.CustomerStatusDto;
import com.dossier.api.model.GenderDto;
import com.dossier.api.model.IncomeBandDto;
import com.dossier.api.model.RegionAreaDto;
import com.dossier.api.model.UrbanRuralDto;
import com.dossier.customer.CustomerSearch;
import com.dossier.shared.security.Permissions;
import io.quarkus.security.PermissionsAllowed;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** HTTP face of exports: the workbook is streamed from its temporary file, then deleted. */
public class ExportResource implements ExportsApi {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final CustomerExportService exports;

    ExportResource(CustomerExportService exports) {
        this.exports = exports;
    }

    @Override
    @PermissionsAllowed(Permissions.EXPORT_CUSTOMERS)
    public Response exportCustomers(
            String q,
            CustomerKindDto kind,
            CustomerStatusDto status,
            String ownerId,
            String team,
            String nature,
            String industry,
            String region,
            String province,
            String city,
            String district,
            RegionAreaDto area,
            UrbanRuralDto urbanRural,
            String sourceChannel,
            String businessCategory,
            GenderDto gender,
            IncomeBandDto incomeBand,
            UUID profileTemplateId,
            List<String> custom,
            String sort) {
        CustomerSearch search =
                CustomerSearch.fromQuery(
                        q,
                        kind,
                        status,
                        ownerId,
                        team,
                        nature,
                        industry,
                        region,
                        province,
                        city,
                        district,
                        area,
                        urbanRural,
                        sourceChannel,
                        businessCategory,
                        gender,
                        incomeBand,
                        profileTemplateId,
                        custom);
        List<String> filter = new ArrayList<>();
        add(filter, "q", q);
        add(filter, "kind", kind);
        add(filter, "status", status);
        add(filter, "ownerId", ownerId);
        add(filter, "team", team);
        add(filter, "nature", nature);
        add(filter, "industry", industry);
        add(filter, "region", region);
        add(filter, "province", province);
        add(filter, "city", city);
        add(filter, "district", district);
        add(filter, "area", area);
        add(filter, "urbanRural", urbanRural);
        add(filter, "sourceChannel", sourceChannel);
        add(filter, "businessCategory", businessCategory);
        add(filter, "gender", gender);
        add(filter, "incomeBand", incomeBand);
        add(filter, "profileTemplateId", profileTemplateId);
        if (custom != null) {
            custom.forEach(c -> add(filter, "custom", c));
        }
        add(filter, "sort", sort);
        CustomerExportService.ExportFile file =
                exports.exportCustomers(search, sort, String.join("&", filter));
        StreamingOutput body =
                out -> {
                    try {
                        Files.copy(file.path(), out);
                    } finally {
                        CustomerExportService.delete(file.path());
                    }
                };
        String name = "customers-" + FILE_TIME.format(file.exportedAt().atOffset(ZoneOffset.UTC));
        return Response.ok(body, XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"")
                .build();
    }

    private static void add(List<String> filter, String name, Object value) {
        if (value != null && !value.toString().isEmpty()) {
            filter.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
    }
}
