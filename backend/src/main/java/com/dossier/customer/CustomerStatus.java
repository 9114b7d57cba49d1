package com.dossier.customer;

/** Lifecycle of an archive record. */
public enum CustomerStatus {
    DRAFT,
    PENDING_APPROVAL,
    APPROVED,
    ARCHIVED
}
