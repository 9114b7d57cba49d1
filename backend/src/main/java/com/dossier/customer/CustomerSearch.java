package com.dossier.customer;

/** Filters of a customer search; null means "any". */
public record CustomerSearch(
        String q,
        String kind,
        CustomerStatus status,
        String ownerId,
        String team,
        String nature,
        String industry,
        String region) {}
