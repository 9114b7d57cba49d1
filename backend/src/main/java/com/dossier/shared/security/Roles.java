package com.dossier.shared.security;

import java.util.List;
import java.util.Set;

/** Keycloak realm roles (SPEC §9), see Permissions for who may call what. */
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

    /** Every product realm role, in SPEC §9's order. */
    public static final List<String> ALL =
            List.of(
                    ADMIN,
                    GENERAL_MANAGER,
                    SALES_DIRECTOR,
                    SUPERVISOR,
                    SALES_REP,
                    ARCHIVIST,
                    SERVICE_AGENT,
                    QUALITY,
                    AUDITOR,
                    PARTNER);

    /**
     * Roles whose data scope is every customer. Not quality: it co-handles quality complaints and
     * sees only the customers shared with it or granted to it.
     */
    public static final Set<String> SEE_ALL =
            Set.of(ADMIN, GENERAL_MANAGER, SALES_DIRECTOR, ARCHIVIST, SERVICE_AGENT, PARTNER);

    /**
     * Roles that see sensitive customer fields (ID numbers, personal phones, bank accounts) in
     * clear: the people responsible for the customer. Their data scope still applies. Everyone else
     * (admin, archivist, service-agent, quality, partner, auditor) gets them masked in responses,
     * exports and the audit trail.
     */
    public static final Set<String> SEE_SENSITIVE =
            Set.of(GENERAL_MANAGER, SALES_DIRECTOR, SUPERVISOR, SALES_REP);

    private Roles() {}
}
