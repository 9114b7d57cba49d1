package com.dossier.customer;

import com.dossier.shared.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A customer archive (客户档案). Never reaches JSON: CustomerMapper builds the DTO. Profile fields are
 * changed only through {@link CustomerPatcher}, which validates them; the sensitive ones are listed
 * in {@link SensitiveFields}.
 */
@Entity
@Table(name = "customer")
public class Customer extends VersionedEntity {
    @Id public UUID id;

    @Column(name = "archive_no", nullable = false, updatable = false)
    public String archiveNo;

    /** ORGANIZATION or INDIVIDUAL, as the contract spells them. */
    @Column(nullable = false, updatable = false)
    public String kind;

    @Column(nullable = false)
    public String name;

    @Column(name = "short_name")
    public String shortName;

    @Column(name = "credit_code")
    public String creditCode;

    public String nature;
    public String industry;

    /** province/city/district joined by '/', kept by CustomerPatcher for display and filters. */
    public String region;

    public String province;
    public String city;
    public String district;
    public String area;

    @Column(name = "urban_rural")
    public String urbanRural;

    public String address;
    public String postcode;
    public String phone;
    public String fax;
    public String email;
    public String website;
    public String notes;

    @Column(name = "legal_representative")
    public String legalRepresentative;

    @Column(name = "registered_capital")
    public BigDecimal registeredCapital;

    @Column(name = "registered_capital_currency")
    public String registeredCapitalCurrency;

    @Column(name = "established_date")
    public LocalDate establishedDate;

    @Column(name = "main_shareholders")
    public String mainShareholders;

    @Column(name = "business_scope")
    public String businessScope;

    @Column(name = "main_products")
    public String mainProducts;

    @Column(name = "employee_count")
    public Integer employeeCount;

    @Column(name = "annual_revenue")
    public BigDecimal annualRevenue;

    @Column(name = "annual_revenue_currency")
    public String annualRevenueCurrency;

    @Column(name = "bank_name")
    public String bankName;

    /** Sensitive. */
    @Column(name = "bank_account")
    public String bankAccount;

    @Column(name = "source_channel")
    public String sourceChannel;

    @Column(name = "first_transaction_date")
    public LocalDate firstTransactionDate;

    @Column(name = "distance_km")
    public BigDecimal distanceKm;

    @Column(name = "business_category")
    public String businessCategory;

    @Column(name = "no_visit_times")
    public String noVisitTimes;

    @Column(name = "service_area")
    public String serviceArea;

    @Column(name = "sales_capability")
    public String salesCapability;

    @Column(name = "growth_potential")
    public String growthPotential;

    public String culture;
    public String policies;

    public String gender;

    @Column(name = "birth_date")
    public LocalDate birthDate;

    @Column(name = "id_type")
    public String idType;

    /** Sensitive. */
    @Column(name = "id_number")
    public String idNumber;

    /** Sensitive. */
    @Column(name = "personal_phone")
    public String personalPhone;

    public String employer;
    public String hometown;

    @Column(name = "income_band")
    public String incomeBand;

    public String preferences;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "greeting_dates", nullable = false)
    public List<GreetingDate> greetingDates = new ArrayList<>();

    /** Ids (as text) of the profile templates applied to this archive. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "profile_template_ids", nullable = false)
    public List<String> profileTemplateIds = new ArrayList<>();

    /** Values of the applied templates' custom fields, by field key. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "custom_fields", nullable = false)
    public Map<String, Object> customFields = new LinkedHashMap<>();

    @Column(name = "owner_id")
    public String ownerId;

    public String team;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CustomerStatus status;

    /** When the next periodic review is due; null until the archive is approved. */
    @Column(name = "next_review_on")
    public LocalDate nextReviewOn;

    /** Where restore returns to. */
    @Enumerated(EnumType.STRING)
    @Column(name = "status_before_archive")
    public CustomerStatus statusBeforeArchive;

    /** The archive this one was merged into (it is then archived); null otherwise. */
    @Column(name = "merged_into")
    public UUID mergedInto;

    @Column(name = "merged_at")
    public java.time.Instant mergedAt;
}
