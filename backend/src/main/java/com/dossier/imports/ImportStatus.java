package com.dossier.imports;

/** Where an import job stands; see the contract's ImportStatus. */
public enum ImportStatus {
    VALIDATING,
    VALIDATED,
    COMMITTING,
    COMMITTED,
    FAILED,
    REVERTED
}
