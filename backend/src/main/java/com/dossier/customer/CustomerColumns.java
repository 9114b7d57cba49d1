package com.dossier.customer;

import com.dossier.profiletemplate.ProfileTemplate;
import com.dossier.profiletemplate.TemplateField;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The columns of a customer spreadsheet: every profile field in the order of the archive form, then
 * one column per custom field of the profile templates. Headers are bilingual ("档案编号 / Archive
 * no."); values are text, numbers or dates, with the sensitive fields masked through {@link
 * Masking} unless the reader sees them.
 */
public final class CustomerColumns {
    /** One column: its header and how a customer fills it (null leaves the cell empty). */
    public record Column(String header, Function<Customer, Object> value) {}

    private CustomerColumns() {}

    public static List<Column> of(Collection<ProfileTemplate> templates, boolean seesSensitive) {
        List<Column> columns = new ArrayList<>();
        columns.add(col("档案编号 / Archive no.", c -> c.archiveNo));
        columns.add(col("类型 / Kind", c -> c.kind));
        columns.add(col("名称 / Name", c -> c.name));
        columns.add(col("简称 / Short name", c -> c.shortName));
        columns.add(col("统一社会信用代码 / Credit code", c -> c.creditCode));
        columns.add(col("状态 / Status", c -> c.status.name()));
        columns.add(col("单位性质 / Nature", c -> c.nature));
        columns.add(col("行业 / Industry", c -> c.industry));
        columns.add(col("地区 / Region", c -> c.region));
        columns.add(col("片区 / Area", c -> c.area));
        columns.add(col("城乡 / Urban or rural", c -> c.urbanRural));
        columns.add(col("地址 / Address", c -> c.address));
        columns.add(col("邮编 / Postcode", c -> c.postcode));
        columns.add(col("电话 / Phone", c -> c.phone));
        columns.add(col("传真 / Fax", c -> c.fax));
        columns.add(col("电子邮箱 / Email", c -> c.email));
        columns.add(col("网址 / Website", c -> c.website));
        columns.add(col("法定代表人 / Legal representative", c -> c.legalRepresentative));
        columns.add(col("注册资本 / Registered capital", c -> c.registeredCapital));
        columns.add(col("币种 / Currency", c -> c.registeredCapitalCurrency));
        columns.add(col("成立日期 / Established", c -> c.establishedDate));
        columns.add(col("主要股东 / Main shareholders", c -> c.mainShareholders));
        columns.add(col("经营范围 / Business scope", c -> c.businessScope));
        columns.add(col("主要产品 / Main products", c -> c.mainProducts));
        columns.add(col("员工人数 / Employees", c -> c.employeeCount));
        columns.add(col("年营业额 / Annual revenue", c -> c.annualRevenue));
        columns.add(col("开户银行 / Bank", c -> c.bankName));
        columns.add(
                col(
                        "账号 / Bank account",
                        c ->
                                Masking.view(
                                        SensitiveFields.BANK_ACCOUNT,
                                        c.bankAccount,
                                        seesSensitive)));
        columns.add(col("客户来源 / Source channel", c -> c.sourceChannel));
        columns.add(col("首次交易日期 / First transaction", c -> c.firstTransactionDate));
        columns.add(col("距离(公里) / Distance (km)", c -> c.distanceKm));
        columns.add(col("业态 / Business category", c -> c.businessCategory));
        columns.add(col("不宜拜访时间 / No-visit times", c -> c.noVisitTimes));
        columns.add(col("服务区域 / Service area", c -> c.serviceArea));
        columns.add(col("销售能力 / Sales capability", c -> c.salesCapability));
        columns.add(col("发展潜力 / Growth potential", c -> c.growthPotential));
        columns.add(col("企业文化 / Culture", c -> c.culture));
        columns.add(col("经营政策 / Policies", c -> c.policies));
        columns.add(col("性别 / Gender", c -> c.gender));
        columns.add(col("出生日期 / Birth date", c -> c.birthDate));
        columns.add(col("证件类型 / ID type", c -> c.idType));
        columns.add(
                col(
                        "证件号码 / ID number",
                        c -> Masking.view(SensitiveFields.ID_NUMBER, c.idNumber, seesSensitive)));
        columns.add(
                col(
                        "个人电话 / Personal phone",
                        c ->
                                Masking.view(
                                        SensitiveFields.PERSONAL_PHONE,
                                        c.personalPhone,
                                        seesSensitive)));
        columns.add(col("工作单位 / Employer", c -> c.employer));
        columns.add(col("籍贯 / Hometown", c -> c.hometown));
        columns.add(col("收入水平 / Income band", c -> c.incomeBand));
        columns.add(col("喜好 / Preferences", c -> c.preferences));
        columns.add(col("备注 / Notes", c -> c.notes));
        columns.add(col("负责人 / Owner", c -> c.ownerId));
        columns.add(col("团队 / Team", c -> c.team));
        columns.add(col("下次复核 / Next review", c -> c.nextReviewOn));
        columns.add(col("创建时间 / Created", c -> c.createdAt.atOffset(ZoneOffset.UTC).toString()));
        columns.add(col("更新时间 / Updated", c -> c.updatedAt.atOffset(ZoneOffset.UTC).toString()));
        Map<String, String> custom = new LinkedHashMap<>();
        for (ProfileTemplate template : templates) {
            for (TemplateField field : template.fields) {
                custom.putIfAbsent(field.key(), field.labelZh() + " / " + field.labelEn());
            }
        }
        custom.forEach(
                (key, header) -> columns.add(col(header, c -> customValue(c.customFields, key))));
        return columns;
    }

    private static Object customValue(Map<String, Object> values, String key) {
        Object value = values == null ? null : values.get(key);
        if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(String::valueOf).toList());
        }
        if (value instanceof Number || value instanceof String || value == null) {
            return value;
        }
        return value.toString();
    }

    private static Column col(String header, Function<Customer, Object> value) {
        return new Column(header, value);
    }
}
