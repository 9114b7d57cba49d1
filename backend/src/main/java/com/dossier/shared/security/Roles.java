package com.dossier.shared.security;

import java.util.Set;

/** Keycloak realm roles (SPEC §9), and the role sets the contract's x-required-roles name. */
public final class Roles {
    public static final String ADMIN = "admin";
    public static final String GENERAL_MANAGER = "general-manager";
    public static final String SALES_DIRECTOR = "sales-director";
    public static final String SUPERVISOR = "supervisor";
    public static final String SALES_REP = "sales-rep";
    public static final String ARCHIVIST = "archivist";
    public static final String SERVICE_AGENT = "service-agent";
    public static final String QUALITY = "quality";
    public static final String AUDITOR = "auditor";
    public static final String PARTNER = "partner";

    /** Roles whose data scope is every customer. */
    public static final Set<String> SEE_ALL =
            Set.of(
                    ADMIN,
                    GENERAL_MANAGER,
                    SALES_DIRECTOR,
                    ARCHIVIST,
                    SERVICE_AGENT,
                    QUALITY,
                    PARTNER);

    private Roles() {}
}
