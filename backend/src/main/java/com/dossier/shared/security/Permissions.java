package com.dossier.shared.security;

import static com.dossier.shared.security.Roles.ADMIN;
import static com.dossier.shared.security.Roles.ARCHIVIST;
import static com.dossier.shared.security.Roles.AUDITOR;
import static com.dossier.shared.security.Roles.GENERAL_MANAGER;
import static com.dossier.shared.security.Roles.PARTNER;
import static com.dossier.shared.security.Roles.SALES_DIRECTOR;
import static com.dossier.shared.security.Roles.SALES_REP;
import static com.dossier.shared.security.Roles.SUPERVISOR;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The permission matrix: which realm roles may call each operation of the contract, keyed by
 * operationId. It is the one source in Java: resource methods name their operation with
 * {@code @PermissionsAllowed(Permissions.X)}, {@link OperationPermissions} grants a caller the
 * operations its roles allow, and {@code GET /api/v1/me} lists them. Tests check it against the
 * contract's {@code x-required-roles} and the README table.
 */
public final class Permissions {
    public static final String LIST_CUSTOMERS = "listCustomers";
    public static final String EXPORT_CUSTOMERS = "exportCustomers";
    public static final String CREATE_CUSTOMER = "createCustomer";
    public static final String GET_CUSTOMER = "getCustomer";
    public static final String UPDATE_CUSTOMER = "updateCustomer";
    public static final String ARCHIVE_CUSTOMER = "archiveCustomer";
    public static final String RESTORE_CUSTOMER = "restoreCustomer";
    public static final String LIST_CONTACTS = "listContacts";
    public static final String CREATE_CONTACT = "createContact";
    public static final String GET_CONTACT = "getContact";
    public static final String UPDATE_CONTACT = "updateContact";
    public static final String DELETE_CONTACT = "deleteContact";
    public static final String LIST_CUSTOMER_SHARES = "listCustomerShares";
    public static final String SHARE_CUSTOMER = "shareCustomer";
    public static final String UNSHARE_CUSTOMER = "unshareCustomer";
    public static final String LIST_CUSTOMER_ACCESS_LOG = "listCustomerAccessLog";
    public static final String LIST_ACCESS_LOG = "listAccessLog";
    public static final String LIST_AUDIT_EVENTS = "listAuditEvents";
    public static final String VERIFY_AUDIT_CHAIN = "verifyAuditChain";
    public static final String LIST_ACCESS_GRANTS = "listAccessGrants";
    public static final String REQUEST_ACCESS_GRANT = "requestAccessGrant";
    public static final String GET_ACCESS_GRANT = "getAccessGrant";
    public static final String APPROVE_ACCESS_GRANT = "approveAccessGrant";
    public static final String REJECT_ACCESS_GRANT = "rejectAccessGrant";
    public static final String REVOKE_ACCESS_GRANT = "revokeAccessGrant";
    public static final String LIST_TRANSACTIONS = "listTransactions";
    public static final String CREATE_TRANSACTION = "createTransaction";
    public static final String GET_TRANSACTION = "getTransaction";
    public static final String RECORD_TRANSACTION_PAYMENT = "recordTransactionPayment";
    public static final String VOID_TRANSACTION = "voidTransaction";
    public static final String GET_TRANSACTION_SUMMARY = "getTransactionSummary";
    public static final String CREATE_PARTNER_TRANSACTION = "createPartnerTransaction";
    public static final String LIST_PRODUCTS = "listProducts";
    public static final String CREATE_PRODUCT = "createProduct";
    public static final String GET_PRODUCT = "getProduct";
    public static final String UPDATE_PRODUCT = "updateProduct";
    public static final String LIST_PROFILE_TEMPLATES = "listProfileTemplates";
    public static final String CREATE_PROFILE_TEMPLATE = "createProfileTemplate";
    public static final String GET_PROFILE_TEMPLATE = "getProfileTemplate";
    public static final String UPDATE_PROFILE_TEMPLATE = "updateProfileTemplate";
    public static final String GET_ME = "getMe";
    public static final String SUBMIT_CUSTOMER = "submitCustomer";
    public static final String APPROVE_CUSTOMER = "approveCustomer";
    public static final String REJECT_CUSTOMER = "rejectCustomer";
    public static final String LIST_CUSTOMER_STATUS_HISTORY = "listCustomerStatusHistory";
    public static final String LIST_CUSTOMER_CORRECTIONS = "listCustomerCorrections";
    public static final String PROPOSE_CORRECTION = "proposeCorrection";
    public static final String LIST_CORRECTIONS = "listCorrections";
    public static final String ACCEPT_CORRECTION = "acceptCorrection";
    public static final String REJECT_CORRECTION = "rejectCorrection";
    public static final String LIST_CUSTOMER_REVIEWS = "listCustomerReviews";
    public static final String RECORD_REVIEW = "recordReview";
    public static final String LIST_DUE_REVIEWS = "listDueReviews";
    public static final String TRANSFER_CUSTOMERS = "transferCustomers";
    public static final String LIST_CUSTOMER_TIMELINE = "listCustomerTimeline";
    public static final String LIST_SAVED_FILTERS = "listSavedFilters";
    public static final String CREATE_SAVED_FILTER = "createSavedFilter";
    public static final String UPDATE_SAVED_FILTER = "updateSavedFilter";
    public static final String DELETE_SAVED_FILTER = "deleteSavedFilter";
    public static final String FIND_DUPLICATE_CUSTOMERS = "findDuplicateCustomers";
    public static final String MERGE_CUSTOMER = "mergeCustomer";
    public static final String LIST_DOCUMENTS = "listDocuments";
    public static final String CREATE_DOCUMENT = "createDocument";
    public static final String GET_DOCUMENT = "getDocument";
    public static final String UPDATE_DOCUMENT = "updateDocument";
    public static final String CREATE_DOCUMENT_VERSION = "createDocumentVersion";
    public static final String GET_DOCUMENT_CONTENT = "getDocumentContent";
    public static final String GET_CUSTOMER_COMPLETENESS = "getCustomerCompleteness";
    public static final String LIST_EXPIRING_DOCUMENTS = "listExpiringDocuments";
    public static final String LIST_DOCUMENT_CHECKLISTS = "listDocumentChecklists";
    public static final String GET_DOCUMENT_CHECKLIST = "getDocumentChecklist";
    public static final String REPLACE_DOCUMENT_CHECKLIST = "replaceDocumentChecklist";
    public static final String LIST_IMPORTS = "listImports";
    public static final String CREATE_IMPORT = "createImport";
    public static final String GET_IMPORT_TEMPLATE = "getImportTemplate";
    public static final String GET_IMPORT = "getImport";
    public static final String GET_IMPORT_ERRORS = "getImportErrors";
    public static final String COMMIT_IMPORT = "commitImport";
    public static final String REVERT_IMPORT = "revertImport";

    /** Everyone who reads customer archives: all but the auditor, who reads only the logs. */
    private static final List<String> READERS = allBut(AUDITOR);

    /**
     * Staff who read a customer's original documents (contracts, licences, ID copies): every reader
     * of archives but integration partners, who exchange data, not scans.
     */
    private static final List<String> DOCUMENT_READERS = allBut(AUDITOR, PARTNER);

    /** Staff who maintain archive profiles and contacts (within their scope). */
    private static final List<String> EDITORS =
            List.of(ADMIN, GENERAL_MANAGER, SALES_DIRECTOR, SUPERVISOR, SALES_REP, ARCHIVIST);

    /** Archive lifecycle: not the rep, who would otherwise hide its own customers. */
    private static final List<String> LIFECYCLE =
            List.of(ADMIN, GENERAL_MANAGER, SALES_DIRECTOR, SUPERVISOR, ARCHIVIST);

    /** Who hands out visibility; a rep only for the customers it owns (checked by the service). */
    private static final List<String> SHARERS =
            List.of(ADMIN, GENERAL_MANAGER, SALES_DIRECTOR, SUPERVISOR, SALES_REP);

    /**
     * Staff who read archives may ask for access beyond their scope (not partners; not auditors,
     * who read no archive at all). Who sees or revokes which grant is checked by the service.
     */
    private static final List<String> GRANT_REQUESTERS = allBut(AUDITOR, PARTNER);

    /** Staff who search the customer list keep their own saved filters; partners have no list. */
    private static final List<String> LIST_USERS = allBut(AUDITOR, PARTNER);

    /**
     * Who exports customer lists (SPEC §9: exports are permissioned): the people responsible for
     * customers, each within its data scope, and archivists, who keep the register of archives
     * (they get sensitive fields masked). Not admin (configuration), service-agent and quality (who
     * handle cases, not customer lists), auditors or partners.
     */
    private static final List<String> EXPORTERS =
            List.of(GENERAL_MANAGER, SALES_DIRECTOR, SUPERVISOR, SALES_REP, ARCHIVIST);

    /** Who decides on access requests (SPEC §9). */
    public static final List<String> GRANT_APPROVERS = List.of(GENERAL_MANAGER, SALES_DIRECTOR);

    /**
     * Who reads a customer's transactions: readers of archives but not partners, who push
     * transactions without reading anyone's (every partner sees every customer).
     */
    private static final List<String> TRANSACTION_READERS = allBut(AUDITOR, PARTNER);

    /** Who maintains the product list. */
    private static final List<String> PRODUCT_MANAGERS = List.of(ADMIN, SALES_DIRECTOR);

    /**
     * Who submits archives for approval: the owning rep (checked by the service) and those above
     * it. Not archivists, who keep archives but do not sell to the customer.
     */
    private static final List<String> SUBMITTERS =
            List.of(ADMIN, GENERAL_MANAGER, SALES_DIRECTOR, SUPERVISOR, SALES_REP);

    /**
     * Who approves archives (由销售总监审批确认): the sales director, and the general manager above it. Not
     * the administrator, who runs the system rather than deciding on customers.
     */
    public static final List<String> ARCHIVE_APPROVERS = List.of(GENERAL_MANAGER, SALES_DIRECTOR);

    /** Who decides on corrections: supervisors (their teams' archives) and those above them. */
    public static final List<String> CORRECTION_DECIDERS =
            List.of(GENERAL_MANAGER, SALES_DIRECTOR, SUPERVISOR);

    /** Who hands customers over from one owner to another (SPEC §3, 员工调离). */
    private static final List<String> TRANSFERRERS =
            List.of(ADMIN, GENERAL_MANAGER, SALES_DIRECTOR, SUPERVISOR);

    /** Staff reading an archive's own history; not partners, and not auditors (logs only). */
    private static final List<String> HISTORY_READERS = allBut(AUDITOR, PARTNER);

    /**
     * Who merges a duplicate archive into another: those who hand customers over (a supervisor
     * within its teams, as both archives must be in the caller's scope); not archivists, who keep
     * archives without deciding which customer is which.
     */
    private static final List<String> MERGERS =
            List.of(ADMIN, GENERAL_MANAGER, SALES_DIRECTOR, SUPERVISOR);

    private static final Map<String, List<String>> MATRIX = new LinkedHashMap<>();

    static {
        MATRIX.put(LIST_CUSTOMERS, READERS);
        MATRIX.put(CREATE_CUSTOMER, concat(EDITORS, PARTNER));
        MATRIX.put(EXPORT_CUSTOMERS, EXPORTERS);
        MATRIX.put(GET_CUSTOMER, READERS);
        MATRIX.put(UPDATE_CUSTOMER, EDITORS);
        MATRIX.put(ARCHIVE_CUSTOMER, LIFECYCLE);
        MATRIX.put(RESTORE_CUSTOMER, LIFECYCLE);
        MATRIX.put(LIST_CONTACTS, READERS);
        MATRIX.put(CREATE_CONTACT, EDITORS);
        MATRIX.put(GET_CONTACT, READERS);
        MATRIX.put(UPDATE_CONTACT, EDITORS);
        MATRIX.put(DELETE_CONTACT, EDITORS);
        // A supervisor reads the access log of customers in its scope (checked by the service).
        MATRIX.put(LIST_CUSTOMER_ACCESS_LOG, List.of(GENERAL_MANAGER, SUPERVISOR, AUDITOR));
        MATRIX.put(LIST_ACCESS_LOG, List.of(GENERAL_MANAGER, AUDITOR));
        MATRIX.put(LIST_AUDIT_EVENTS, List.of(AUDITOR));
        MATRIX.put(VERIFY_AUDIT_CHAIN, List.of(AUDITOR));
        MATRIX.put(LIST_CUSTOMER_SHARES, SHARERS);
        MATRIX.put(SHARE_CUSTOMER, SHARERS);
        MATRIX.put(UNSHARE_CUSTOMER, SHARERS);
        MATRIX.put(LIST_ACCESS_GRANTS, GRANT_REQUESTERS);
        MATRIX.put(REQUEST_ACCESS_GRANT, GRANT_REQUESTERS);
        MATRIX.put(GET_ACCESS_GRANT, GRANT_REQUESTERS);
        MATRIX.put(APPROVE_ACCESS_GRANT, GRANT_APPROVERS);
        MATRIX.put(REJECT_ACCESS_GRANT, GRANT_APPROVERS);
        MATRIX.put(REVOKE_ACCESS_GRANT, GRANT_REQUESTERS);
        MATRIX.put(LIST_TRANSACTIONS, TRANSACTION_READERS);
        MATRIX.put(CREATE_TRANSACTION, EDITORS);
        MATRIX.put(GET_TRANSACTION, TRANSACTION_READERS);
        MATRIX.put(RECORD_TRANSACTION_PAYMENT, EDITORS);
        MATRIX.put(VOID_TRANSACTION, EDITORS);
        MATRIX.put(GET_TRANSACTION_SUMMARY, TRANSACTION_READERS);
        MATRIX.put(CREATE_PARTNER_TRANSACTION, concat(EDITORS, PARTNER));
        MATRIX.put(LIST_PRODUCTS, READERS);
        MATRIX.put(CREATE_PRODUCT, PRODUCT_MANAGERS);
        MATRIX.put(GET_PRODUCT, READERS);
        MATRIX.put(UPDATE_PRODUCT, PRODUCT_MANAGERS);
        // Templates shape every profile form: readers read them, administrators define them.
        MATRIX.put(LIST_PROFILE_TEMPLATES, READERS);
        MATRIX.put(CREATE_PROFILE_TEMPLATE, List.of(ADMIN));
        MATRIX.put(GET_PROFILE_TEMPLATE, READERS);
        MATRIX.put(UPDATE_PROFILE_TEMPLATE, List.of(ADMIN));
        MATRIX.put(LIST_DOCUMENTS, DOCUMENT_READERS);
        MATRIX.put(CREATE_DOCUMENT, EDITORS);
        MATRIX.put(GET_DOCUMENT, DOCUMENT_READERS);
        MATRIX.put(UPDATE_DOCUMENT, EDITORS);
        MATRIX.put(CREATE_DOCUMENT_VERSION, EDITORS);
        MATRIX.put(GET_DOCUMENT_CONTENT, DOCUMENT_READERS);
        MATRIX.put(GET_CUSTOMER_COMPLETENESS, DOCUMENT_READERS);
        MATRIX.put(LIST_EXPIRING_DOCUMENTS, DOCUMENT_READERS);
        MATRIX.put(LIST_DOCUMENT_CHECKLISTS, DOCUMENT_READERS);
        MATRIX.put(GET_DOCUMENT_CHECKLIST, DOCUMENT_READERS);
        MATRIX.put(REPLACE_DOCUMENT_CHECKLIST, List.of(ADMIN));
        MATRIX.put(GET_ME, Roles.ALL);
        MATRIX.put(SUBMIT_CUSTOMER, SUBMITTERS);
        MATRIX.put(APPROVE_CUSTOMER, ARCHIVE_APPROVERS);
        MATRIX.put(REJECT_CUSTOMER, ARCHIVE_APPROVERS);
        MATRIX.put(LIST_CUSTOMER_STATUS_HISTORY, HISTORY_READERS);
        MATRIX.put(LIST_CUSTOMER_TIMELINE, HISTORY_READERS);
        MATRIX.put(LIST_CUSTOMER_CORRECTIONS, HISTORY_READERS);
        MATRIX.put(PROPOSE_CORRECTION, EDITORS);
        MATRIX.put(LIST_CORRECTIONS, CORRECTION_DECIDERS);
        MATRIX.put(ACCEPT_CORRECTION, CORRECTION_DECIDERS);
        MATRIX.put(REJECT_CORRECTION, CORRECTION_DECIDERS);
        MATRIX.put(LIST_CUSTOMER_REVIEWS, HISTORY_READERS);
        // The review queue: archivists (all archives), owners and supervisors (their scope).
        MATRIX.put(RECORD_REVIEW, EDITORS);
        MATRIX.put(LIST_DUE_REVIEWS, EDITORS);
        MATRIX.put(TRANSFER_CUSTOMERS, TRANSFERRERS);
        MATRIX.put(FIND_DUPLICATE_CUSTOMERS, READERS);
        MATRIX.put(MERGE_CUSTOMER, MERGERS);
        MATRIX.put(LIST_SAVED_FILTERS, LIST_USERS);
        MATRIX.put(CREATE_SAVED_FILTER, LIST_USERS);
        MATRIX.put(UPDATE_SAVED_FILTER, LIST_USERS);
        MATRIX.put(DELETE_SAVED_FILTER, LIST_USERS);
        // Imports create archives as the importer: the editors; each job is its creator's own.
        MATRIX.put(LIST_IMPORTS, EDITORS);
        MATRIX.put(CREATE_IMPORT, EDITORS);
        MATRIX.put(GET_IMPORT_TEMPLATE, EDITORS);
        MATRIX.put(GET_IMPORT, EDITORS);
        MATRIX.put(GET_IMPORT_ERRORS, EDITORS);
        MATRIX.put(COMMIT_IMPORT, EDITORS);
        MATRIX.put(REVERT_IMPORT, EDITORS);
    }

    private Permissions() {}

    /** operationId → allowed realm roles, in the contract's order. */
    public static Map<String, List<String>> matrix() {
        return Collections.unmodifiableMap(MATRIX);
    }

    /** The operationIds any of these roles may call, in matrix order. */
    public static List<String> allowedFor(Collection<String> roles) {
        return MATRIX.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(roles::contains))
                .map(Map.Entry::getKey)
                .toList();
    }

    public static boolean allows(Set<String> roles, String operationId) {
        List<String> allowed = MATRIX.get(operationId);
        return allowed != null && allowed.stream().anyMatch(roles::contains);
    }

    private static List<String> allBut(String... excluded) {
        List<String> left = List.of(excluded);
        return Roles.ALL.stream().filter(role -> !left.contains(role)).toList();
    }

    private static List<String> concat(List<String> roles, String role) {
        List<String> all = new ArrayList<>(roles);
        all.add(role);
        return List.copyOf(all);
    }
}
