package com.dossier.customer;

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
