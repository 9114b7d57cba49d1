package com.dossier.customer;

import java.util.Set;

/**
 * The one list of a customer's sensitive fields (SPEC §9: ID numbers, personal phones, bank
 * accounts), by their contract names. Each is stored in a column of its own ({@code id_number},
 * {@code personal_phone}, {@code bank_account}) so that masking can treat them apart from the rest
 * of the profile: responses, exports, audit values and any other place that shows customer data
 * should consult this set rather than name the fields again.
 */
public final class SensitiveFields {
    /** ID document number of an individual (证件号码). */
    public static final String ID_NUMBER = "idNumber";

    /** Personal phone of an individual (个人电话). */
    public static final String PERSONAL_PHONE = "personalPhone";

    /** Bank account number of an organisation (账号). */
    public static final String BANK_ACCOUNT = "bankAccount";

    public static final Set<String> NAMES = Set.of(ID_NUMBER, PERSONAL_PHONE, BANK_ACCOUNT);

    private SensitiveFields() {}

    public static boolean isSensitive(String field) {
        return NAMES.contains(field);
    }
}
