package com.dossier.customer;

import com.dossier.api.model.CustomerKindDto;
import com.dossier.api.model.CustomerStatusDto;
import com.dossier.api.model.GenderDto;
import com.dossier.api.model.IncomeBandDto;
import com.dossier.api.model.RegionAreaDto;
import com.dossier.api.model.UrbanRuralDto;
import java.util.List;
import java.util.UUID;

/**
 * Filters of a customer search; null means "any". {@code custom} holds the custom-field filters as
 * JSON documents the archive's custom values must contain (see CustomerService#search).
 */
public record CustomerSearch(
        String q,
        String kind,
        CustomerStatus status,
        String ownerId,
        String team,
        String nature,
        String industry,
        String region,
        Profile profile) {

    /** The filters on profile fields and templates (see CustomerPatcher). */
    public record Profile(
            String province,
            String city,
            String district,
            String area,
            String urbanRural,
            String sourceChannel,
            String businessCategory,
            String gender,
            String incomeBand,
            UUID profileTemplateId,
            List<String> custom) {
        public static final Profile NONE =
                new Profile(null, null, null, null, null, null, null, null, null, null, List.of());
    }

    /** The list's query parameters (shared by the customer list and its export). */
    public static CustomerSearch fromQuery(
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
            List<String> custom) {
        var profile =
                new Profile(
                        province,
                        city,
                        district,
                        area == null ? null : area.toString(),
                        urbanRural == null ? null : urbanRural.toString(),
                        sourceChannel,
                        businessCategory,
                        gender == null ? null : gender.toString(),
                        incomeBand == null ? null : incomeBand.toString(),
                        profileTemplateId,
                        custom == null ? List.of() : custom);
        return new CustomerSearch(
                q,
                kind == null ? null : kind.toString(),
                status == null ? null : CustomerStatus.valueOf(status.toString()),
                ownerId,
                team,
                nature,
                industry,
                region,
                profile);
    }

    /** A search without profile filters. */
    public CustomerSearch(
            String q,
            String kind,
            CustomerStatus status,
            String ownerId,
            String team,
            String nature,
            String industry,
            String region) {
        this(q, kind, status, ownerId, team, nature, industry, region, Profile.NONE);
    }
}
