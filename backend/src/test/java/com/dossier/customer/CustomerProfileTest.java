package com.dossier.customer;

import static com.dossier.support.Api.as;
import static com.dossier.support.Api.freshCreditCode;
import static com.dossier.support.Api.raw;
import static com.dossier.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.dossier.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every profile field of SPEC §3: stored, returned, checked field by field, audited. */
@QuarkusTest
class CustomerProfileTest {
    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String TOMORROW = LocalDate.now().plusDays(2).toString();
    private final TestUser rep = TestUser.rep(TestUser.freshTeam());
    private final TestUser auditor = TestUser.withRole("auditor");

    static Map<String, Object> organisation() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "ORGANIZATION");
        body.put("name", unique("上海建投贸易有限公司"));
        body.put("creditCode", freshCreditCode());
        body.put("nature", "STATE_OWNED");
        body.put("industry", "批发和零售业");
        body.put("province", "上海市");
        body.put("city", "上海市");
        body.put("district", "浦东新区");
        body.put("area", "EAST");
        body.put("urbanRural", "URBAN");
        body.put("address", "上海市浦东新区世纪大道100号");
        body.put("postcode", "200120");
        body.put("phone", "021-58880000");
        body.put("fax", "021-58880001");
        body.put("email", "contact@jiantou.example.cn");
        body.put("website", "https://www.jiantou.example.cn");
        body.put("legalRepresentative", "陈建国");
        body.put("registeredCapital", Map.of("amount", "50000000.00", "currency", "CNY"));
        body.put("establishedDate", "2008-06-18");
        body.put("mainShareholders", "上海建工投资有限公司 60%");
        body.put("businessScope", "建材、五金批发零售");
        body.put("mainProducts", "钢材, 水泥");
        body.put("employeeCount", 320);
        body.put("annualRevenue", Map.of("amount", "128000000.50", "currency", "CNY"));
        body.put("bankName", "中国工商银行上海市浦东分行");
        body.put("bankAccount", "1001234509000012345");
        body.put("sourceChannel", "展会");
        body.put("firstTransactionDate", "2019-03-01");
        body.put("distanceKm", 12.5);
        body.put("businessCategory", "批发");
        body.put("noVisitTimes", "周一上午");
        body.put("serviceArea", "华东地区");
        body.put("salesCapability", "渠道覆盖完善");
        body.put("growthPotential", "新建华南仓库");
        body.put("culture", "重视长期合作");
        body.put("policies", "现款优先");
        body.put("notes", "重点客户");
        return body;
    }

    static Map<String, Object> individual() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "INDIVIDUAL");
        body.put("name", unique("张三"));
        body.put("gender", "MALE");
        body.put("birthDate", "1949-12-31");
        body.put("idType", "RESIDENT_ID");
        body.put("idNumber", "11010519491231002X");
        body.put("personalPhone", "13800138000");
        body.put("email", "zhangsan@mail.example.cn");
        body.put("employer", "上海市第一人民医院");
        body.put("hometown", "浙江宁波");
        body.put("address", "上海市徐汇区漕溪北路201号");
        body.put("incomeBand", "FROM_20K_TO_50K");
        body.put("preferences", "喜欢安静的高楼层房间");
        body.put("greetingDates", List.of(Map.of("label", "结婚纪念日", "date", "2012-10-01")));
        return body;
    }

    private Response create(Map<String, Object> body) {
        return raw(rep).contentType(ContentType.JSON).body(body).post("/api/v1/customers");
    }

    @Test
    void shouldStoreAndReturnEveryOrganisationField() {
        Map<String, Object> body = organisation();
        String id =
                as(rep).contentType(ContentType.JSON)
                        .body(body)
                        .post("/api/v1/customers")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        JsonPath read =
                as(rep).get("/api/v1/customers/" + id).then().statusCode(200).extract().jsonPath();
        for (Map.Entry<String, Object> field : body.entrySet()) {
            if (field.getKey().equals("distanceKm")) {
                assertThat(read.getDouble("distanceKm")).isEqualTo(12.5);
            } else {
                assertThat((Object) read.get(field.getKey()))
                        .as(field.getKey())
                        .isEqualTo(field.getValue());
            }
        }
        assertThat(read.getString("region")).isEqualTo("上海市/浦东新区");
    }

    @Test
    void shouldStoreAndReturnEveryIndividualField() {
        Map<String, Object> body = individual();
        String id =
                as(rep).contentType(ContentType.JSON)
                        .body(body)
                        .post("/api/v1/customers")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        JsonPath read = as(rep).get("/api/v1/customers/" + id).jsonPath();
        for (Map.Entry<String, Object> field : body.entrySet()) {
            assertThat((Object) read.get(field.getKey()))
                    .as(field.getKey())
                    .isEqualTo(field.getValue());
        }
    }

    @Test
    void shouldSplitTheRegionShorthandIntoItsParts() {
        Map<String, Object> body = new HashMap<>(Map.of("kind", "INDIVIDUAL", "name", unique("李")));
        body.put("region", "广东省/深圳市/南山区");
        as(rep).contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/customers")
                .then()
                .statusCode(201)
                .body("province", equalTo("广东省"))
                .body("city", equalTo("深圳市"))
                .body("district", equalTo("南山区"))
                .body("region", equalTo("广东省/深圳市/南山区"));
        body.put("region", "上海市/徐汇区");
        as(rep).contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/customers")
                .then()
                .statusCode(201)
                .body("province", equalTo("上海市"))
                .body("city", equalTo("上海市"))
                .body("district", equalTo("徐汇区"))
                .body("region", equalTo("上海市/徐汇区"));
    }

    /** One invalid field at a time, on the kind that may carry it. */
    static Stream<Arguments> invalidFields() {
        return Stream.of(
                Arguments.of(true, "phone", "12345", "phone", "phone.format"),
                Arguments.of(true, "phone", "021-123", "phone", "phone.format"),
                Arguments.of(true, "fax", "13800138000", "fax", "fax.format"),
                Arguments.of(false, "personalPhone", "1380013800", "personalPhone", null),
                Arguments.of(true, "email", "not-an-address", "email", "email.email"),
                Arguments.of(true, "postcode", "20012", "postcode", null),
                Arguments.of(true, "postcode", "2001200", "postcode", null),
                Arguments.of(true, "website", "jiantou", "website", "website.format"),
                Arguments.of(true, "website", "ftp://x.example.cn", "website", "website.format"),
                Arguments.of(
                        true,
                        "establishedDate",
                        TOMORROW,
                        "establishedDate",
                        "establishedDate.future"),
                Arguments.of(
                        true,
                        "firstTransactionDate",
                        TOMORROW,
                        "firstTransactionDate",
                        "firstTransactionDate.future"),
                Arguments.of(false, "birthDate", TOMORROW, "birthDate", "birthDate.future"),
                Arguments.of(false, "birthDate", "1899-12-31", "birthDate", "birthDate.tooEarly"),
                Arguments.of(true, "employeeCount", -1, "employeeCount", null),
                Arguments.of(true, "distanceKm", -0.5, "distanceKm", null),
                Arguments.of(
                        true,
                        "registeredCapital",
                        Map.of("amount", "-5", "currency", "CNY"),
                        "registeredCapital.amount",
                        null),
                Arguments.of(
                        true,
                        "annualRevenue",
                        Map.of("amount", "100.00", "currency", "XYZ"),
                        "annualRevenue.currency",
                        null),
                Arguments.of(true, "creditCode", "91310000MA1FL0XY84", "creditCode", null),
                Arguments.of(
                        false,
                        "greetingDates",
                        List.of(Map.of("label", "生日", "date", "1990-02-30")),
                        "greetingDates",
                        null),
                Arguments.of(true, "area", "CENTRAL", "area", null));
    }

    @ParameterizedTest(name = "{1} = {2} → 400 naming {3}")
    @MethodSource("invalidFields")
    void shouldRefuseAnInvalidFieldOnCreateNamingIt(
            boolean organisation, String field, Object value, String named, String code) {
        Map<String, Object> body = organisation ? organisation() : individual();
        body.put(field, value);
        Response response = create(body);
        response.then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.not(org.hamcrest.Matchers.empty()))
                .body(
                        "errors.field",
                        org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.startsWith(named)));
        if (code != null) {
            response.then().body("errors[0].code", equalTo(code));
        }
        as(rep).queryParam("q", (String) body.get("name"))
                .get("/api/v1/customers")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
    }

    static Stream<Arguments> invalidPatches() {
        return Stream.of(
                Arguments.of("{\"phone\": \"0000\"}", "phone", "phone.format"),
                Arguments.of("{\"postcode\": \"abcdef\"}", "postcode", "postcode.format"),
                Arguments.of("{\"website\": \"www\"}", "website", "website.format"),
                Arguments.of(
                        "{\"establishedDate\": \"" + TOMORROW + "\"}",
                        "establishedDate",
                        "establishedDate.future"),
                Arguments.of("{\"employeeCount\": -3}", "employeeCount", "employeeCount.negative"),
                Arguments.of("{\"employeeCount\": \"many\"}", "employeeCount", "invalidType"),
                Arguments.of("{\"distanceKm\": -1}", "distanceKm", "distanceKm.negative"),
                Arguments.of(
                        "{\"registeredCapital\": {\"amount\": 100, \"currency\": \"CNY\"}}",
                        "registeredCapital.amount",
                        "invalidType"),
                Arguments.of(
                        "{\"registeredCapital\": {\"amount\": \"1.234\", \"currency\": \"CNY\"}}",
                        "registeredCapital.amount",
                        "registeredCapital.amount.format"),
                Arguments.of(
                        "{\"region\": \"上海市/浦东新区\", \"province\": \"上海市\"}",
                        "region",
                        "region.conflict"),
                Arguments.of("{\"region\": \"a/b/c/d\"}", "region", "region.format"),
                Arguments.of("{\"idNumber\": \"11010519491231002X\"}", "idNumber", null),
                Arguments.of("{\"archiveNo\": \"KH-2026-000001\"}", "archiveNo", "readOnly"));
    }

    @ParameterizedTest(name = "PATCH {0} → 400 naming {1}")
    @MethodSource("invalidPatches")
    void shouldRefuseAnInvalidPatchNamingTheFieldAndChangeNothing(
            String patch, String named, String code) {
        String id = createAs(organisation());
        Response response =
                raw(rep).contentType(MERGE_PATCH)
                        .header("If-Match", "\"0\"")
                        .body(patch)
                        .patch("/api/v1/customers/" + id);
        response.then().statusCode(400).body("errors[0].field", equalTo(named));
        if (code != null) {
            response.then().body("errors[0].code", equalTo(code));
        }
        as(rep).get("/api/v1/customers/" + id)
                .then()
                .header("ETag", "\"0\"")
                .body("version", equalTo(0))
                .body("phone", equalTo("021-58880000"))
                .body("employeeCount", equalTo(320));
    }

    @Test
    void shouldRefuseOrganisationFieldsOnAnIndividualNamingEachOne() {
        Map<String, Object> body = individual();
        body.put("legalRepresentative", "陈建国");
        body.put("bankAccount", "1001234509000012345");
        body.put("nature", "ENTERPRISE");
        create(body)
                .then()
                .statusCode(400)
                .body(
                        "errors.field",
                        org.hamcrest.Matchers.containsInAnyOrder(
                                "legalRepresentative", "bankAccount", "nature"))
                .body(
                        "errors.code",
                        org.hamcrest.Matchers.hasItem("legalRepresentative.organisationOnly"));
    }

    @Test
    void shouldRefuseIndividualFieldsOnAnOrganisationAlsoWhenPatched() {
        Map<String, Object> body = organisation();
        body.put("idNumber", "11010519491231002X");
        create(body)
                .then()
                .statusCode(400)
                .body("errors.field", contains("idNumber"))
                .body("errors[0].code", equalTo("idNumber.individualOnly"));
        String id = createAs(organisation());
        raw(rep).contentType(MERGE_PATCH)
                .header("If-Match", "\"0\"")
                .body("{\"greetingDates\": [{\"label\": \"生日\", \"date\": \"1980-01-01\"}]}")
                .patch("/api/v1/customers/" + id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("greetingDates"))
                .body("errors[0].code", equalTo("greetingDates.individualOnly"));
        // Clearing a field the kind never has is harmless.
        as(rep).contentType(MERGE_PATCH)
                .header("If-Match", "\"0\"")
                .body("{\"gender\": null, \"postcode\": \"200001\"}")
                .patch("/api/v1/customers/" + id)
                .then()
                .statusCode(200)
                .body("postcode", equalTo("200001"));
    }

    @Test
    void shouldCheckTheResidentIdCheckCharacterOnlyForResidentIds() {
        Map<String, Object> body = individual();
        body.put("idNumber", "110105194912310021");
        create(body)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("idNumber"))
                .body("errors[0].code", equalTo("idNumber.residentId"));
        body.put("idNumber", "110105194913310028");
        create(body).then().statusCode(400).body("errors[0].code", equalTo("idNumber.residentId"));
        body.put("idType", "PASSPORT");
        body.put("idNumber", "E12345678");
        create(body).then().statusCode(201).body("idNumber", equalTo("E12345678"));
        body.remove("idType");
        create(body)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("idType"))
                .body("errors[0].code", equalTo("idType.required"));
    }

    @Test
    void shouldAcceptChineseMobileAndLandlineFormats() {
        for (String phone :
                List.of(
                        "13800138000",
                        "+86 13800138000",
                        "021-58880000",
                        "0755-83765566-8001",
                        "(010)62345678",
                        "400-820-8820")) {
            Map<String, Object> body = organisation();
            body.put("phone", phone);
            create(body).then().statusCode(201).body("phone", equalTo(phone));
        }
    }

    @Test
    void shouldAuditEveryNewFieldPerChange() {
        String id = createAs(individual());
        as(rep).contentType(MERGE_PATCH)
                .header("If-Match", "\"0\"")
                .body(
                        "{\"personalPhone\": \"13912345678\", \"incomeBand\": \"ABOVE_50K\","
                                + " \"greetingDates\": null, \"hometown\": null}")
                .patch("/api/v1/customers/" + id)
                .then()
                .statusCode(200)
                .body("greetingDates", hasSize(0))
                .body("hometown", nullValue());
        JsonPath events =
                as(auditor)
                        .get("/api/v1/audit-events?limit=10&entityId=" + id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        List<Map<String, String>> changes = events.getList("items[0].changes");
        assertThat(changes.stream().map(c -> tuple(c.get("field"), c.get("old"), c.get("new"))))
                .containsExactlyInAnyOrder(
                        tuple("personalPhone", "138****8000", "139****5678"),
                        tuple("hometown", "浙江宁波", null),
                        tuple("incomeBand", "FROM_20K_TO_50K", "ABOVE_50K"),
                        tuple(
                                "greetingDates",
                                "[{\"label\":\"结婚纪念日\",\"date\":\"2012-10-01\"}]",
                                null));
        List<Map<String, String>> created = events.getList("items[1].changes");
        assertThat(created.stream().map(c -> c.get("field")))
                .contains("idNumber", "birthDate", "gender", "employer", "greetingDates");
    }

    @Test
    void shouldFilterOnProfileFields() {
        String channel = unique("渠道");
        Map<String, Object> body = organisation();
        body.put("sourceChannel", channel);
        body.put("province", "四川省");
        body.put("city", "成都市");
        body.put("district", "武侯区");
        body.put("area", "WEST");
        body.put("urbanRural", "RURAL");
        String id = createAs(body);
        as(rep).queryParam("sourceChannel", channel)
                .queryParam("province", "四川省")
                .queryParam("city", "成都市")
                .queryParam("area", "WEST")
                .queryParam("urbanRural", "RURAL")
                .queryParam("region", "四川省/成都市/武侯区")
                .get("/api/v1/customers")
                .then()
                .statusCode(200)
                .body("items.id", contains(id));
        as(rep).queryParam("sourceChannel", channel)
                .queryParam("area", "EAST")
                .get("/api/v1/customers")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void shouldListTheSensitiveFieldsInOnePlace() {
        assertThat(SensitiveFields.NAMES)
                .containsExactlyInAnyOrder("idNumber", "personalPhone", "bankAccount");
        assertThat(CustomerPatcher.EDITABLE).containsAll(SensitiveFields.NAMES);
    }

    private String createAs(Map<String, Object> body) {
        return as(rep).contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/customers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
