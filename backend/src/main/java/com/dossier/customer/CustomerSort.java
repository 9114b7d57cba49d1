package com.dossier.customer;

import java.time.Instant;

/** The orderings the contract allows; the id always breaks ties in the same direction. */
public enum CustomerSort {
    NAME("name", "name", false),
    NAME_DESC("-name", "name", true),
    ARCHIVE_NO("archiveNo", "archiveNo", false),
    ARCHIVE_NO_DESC("-archiveNo", "archiveNo", true),
    CREATED_AT("createdAt", "createdAt", false),
    CREATED_AT_DESC("-createdAt", "createdAt", true),
    UPDATED_AT("updatedAt", "updatedAt", false),
    UPDATED_AT_DESC("-updatedAt", "updatedAt", true);

    final String param;
    final String attribute;
    final boolean descending;

    CustomerSort(String param, String attribute, boolean descending) {
        this.param = param;
        this.attribute = attribute;
        this.descending = descending;
    }

    public static CustomerSort fromParam(String value) {
        for (CustomerSort sort : values()) {
            if (sort.param.equals(value)) {
                return sort;
            }
        }
        return null;
    }

    /**
     * The ordered expression on alias c. Names sort in Chinese (pinyin) collation order, which the
     * index ix_customer_name_zh_id serves; the collation is deterministic, so equal keys are equal
     * strings and the id breaks ties as usual.
     */
    String expression() {
        return attribute.equals("name") ? "collate(c.name as `zh-x-icu`)" : "c." + attribute;
    }

    boolean isTime() {
        return attribute.endsWith("At");
    }

    /** The cursor key of a row under this ordering. */
    String keyOf(Customer c) {
        return switch (attribute) {
            case "name" -> c.name;
            case "archiveNo" -> c.archiveNo;
            case "createdAt" -> c.createdAt.toString();
            default -> c.updatedAt.toString();
        };
    }

    Object parseKey(String key) {
        return isTime() ? Instant.parse(key) : key;
    }
}
