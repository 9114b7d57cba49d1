package com.dossier.customer;

import com.dossier.api.model.CustomerDto;
import com.dossier.api.model.CustomerKindDto;
import com.dossier.api.model.CustomerNatureDto;
import com.dossier.api.model.CustomerStatusDto;
import com.dossier.api.model.DuplicateCandidateDto;
import com.dossier.api.model.DuplicateReasonDto;
import com.dossier.api.model.GenderDto;
import com.dossier.api.model.GreetingDateDto;
import com.dossier.api.model.IdDocumentTypeDto;
import com.dossier.api.model.IncomeBandDto;
import com.dossier.api.model.MoneyDto;
import com.dossier.api.model.RegionAreaDto;
import com.dossier.api.model.UrbanRuralDto;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.UUID;

/** Entity → contract DTO; input goes through {@link CustomerPatcher}. */
public final class CustomerMapper {
    private CustomerMapper() {}

    /**
     * The archive as a caller sees it: sensitive fields masked unless {@code seesSensitive} (the
     * caller's {@code Caller.seesSensitiveFields()}), see {@link Masking}.
     */
    public static CustomerDto toDto(Customer c, boolean seesSensitive) {
        return new CustomerDto()
                .id(c.id)
                .archiveNo(c.archiveNo)
                .kind(CustomerKindDto.fromValue(c.kind))
                .name(c.name)
                .shortName(c.shortName)
                .creditCode(c.creditCode)
                .nature(c.nature == null ? null : CustomerNatureDto.fromValue(c.nature))
                .industry(c.industry)
                .region(c.region)
                .province(c.province)
                .city(c.city)
                .district(c.district)
                .area(c.area == null ? null : RegionAreaDto.fromValue(c.area))
                .urbanRural(c.urbanRural == null ? null : UrbanRuralDto.fromValue(c.urbanRural))
                .address(c.address)
                .postcode(c.postcode)
                .phone(c.phone)
                .fax(c.fax)
                .email(c.email)
                .website(c.website)
                .notes(c.notes)
                .legalRepresentative(c.legalRepresentative)
                .registeredCapital(money(c.registeredCapital, c.registeredCapitalCurrency))
                .establishedDate(c.establishedDate)
                .mainShareholders(c.mainShareholders)
                .businessScope(c.businessScope)
                .mainProducts(c.mainProducts)
                .employeeCount(c.employeeCount)
                .annualRevenue(money(c.annualRevenue, c.annualRevenueCurrency))
                .bankName(c.bankName)
                .bankAccount(
                        Masking.view(SensitiveFields.BANK_ACCOUNT, c.bankAccount, seesSensitive))
                .sourceChannel(c.sourceChannel)
                .firstTransactionDate(c.firstTransactionDate)
                .distanceKm(c.distanceKm == null ? null : c.distanceKm.doubleValue())
                .businessCategory(c.businessCategory)
                .noVisitTimes(c.noVisitTimes)
                .serviceArea(c.serviceArea)
                .salesCapability(c.salesCapability)
                .growthPotential(c.growthPotential)
                .culture(c.culture)
                .policies(c.policies)
                .gender(c.gender == null ? null : GenderDto.fromValue(c.gender))
                .birthDate(c.birthDate)
                .idType(c.idType == null ? null : IdDocumentTypeDto.fromValue(c.idType))
                .idNumber(Masking.view(SensitiveFields.ID_NUMBER, c.idNumber, seesSensitive))
                .personalPhone(
                        Masking.view(
                                SensitiveFields.PERSONAL_PHONE, c.personalPhone, seesSensitive))
                .employer(c.employer)
                .hometown(c.hometown)
                .incomeBand(c.incomeBand == null ? null : IncomeBandDto.fromValue(c.incomeBand))
                .preferences(c.preferences)
                .greetingDates(
                        c.greetingDates == null
                                ? new ArrayList<>()
                                : c.greetingDates.stream()
                                        .map(
                                                g ->
                                                        new GreetingDateDto()
                                                                .label(g.label())
                                                                .date(LocalDate.parse(g.date())))
                                        .toList())
                .profileTemplateIds(
                        c.profileTemplateIds == null
                                ? new ArrayList<>()
                                : c.profileTemplateIds.stream().map(UUID::fromString).toList())
                .customFields(
                        c.customFields == null
                                ? new LinkedHashMap<>()
                                : new LinkedHashMap<>(c.customFields))
                .ownerId(c.ownerId)
                .team(c.team)
                .status(CustomerStatusDto.fromValue(c.status.name()))
                .nextReviewOn(c.nextReviewOn)
                .version(c.version)
                .duplicates(null)
                .mergedInto(c.mergedInto)
                .mergedAt(c.mergedAt == null ? null : c.mergedAt.atOffset(ZoneOffset.UTC))
                .createdAt(c.createdAt.atOffset(ZoneOffset.UTC))
                .updatedAt(c.updatedAt.atOffset(ZoneOffset.UTC));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static MoneyDto money(BigDecimal amount, String currency) {
        return amount == null
                ? null
                : new MoneyDto().amount(amount.setScale(2).toPlainString()).currency(currency);
    }

    public static DuplicateCandidateDto toDto(CustomerDuplicates.Candidate c) {
        return new DuplicateCandidateDto()
                .archiveNo(c.archiveNo())
                .id(c.id())
                .name(c.name())
                .reason(DuplicateReasonDto.fromValue(c.reason().name()))
                .similarity(c.similarity());
    }
}
