package com.dossier.profiletemplate;

import static com.dossier.support.Api.as;
import static com.dossier.support.Api.raw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import com.dossier.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Profile templates: seeded ones, admin-only writes, field rules, ETags and the audit trail. */
@QuarkusTest
class ProfileTemplateTest {
    static final String ESTATE = "b5e1e7c0-7d3a-4c1e-9f00-000000000001";
    static final String HOTEL = "b5e1e7c0-7d3a-4c1e-9f00-000000000002";
    private static final String MERGE_PATCH = "application/merge-patch+json";
    private final TestUser admin = TestUser.withRole("admin");
    private final TestUser rep = TestUser.rep(TestUser.freshTeam());
    private final TestUser auditor = TestUser.withRole("auditor");

    static String key(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    static Map<String, Object> template(String kind, String fieldKey) {
        return Map.of(
                "name", "美容院顾客档案",
                "nameEn", "Beauty salon client card",
                "customerKind", kind,
                "businessLine", "美容",
                "fields",
                        List.of(
                                Map.of(
                                        "key",
                                        fieldKey,
                                        "labelZh",
                                        "皮肤类型",
                                        "labelEn",
                                        "Skin type",
                                        "type",
                                        "SINGLE_CHOICE",
                                        "options",
                                        List.of(
                                                Map.of(
                                                        "value", "DRY",
                                                        "labelZh", "干性",
                                                        "labelEn", "Dry"),
                                                Map.of(
                                                        "value", "OILY",
                                                        "labelZh", "油性",
                                                        "labelEn", "Oily")),
                                        "required",
                                        true,
                                        "order",
                                        10)));
    }

    @Test
    void shouldSeedTheVisitorCardAndTheHotelGuestPreferences() {
        JsonPath estate =
                as(rep).get("/api/v1/profile-templates/" + ESTATE)
                        .then()
                        .statusCode(200)
                        .header("ETag", org.hamcrest.Matchers.notNullValue())
                        .extract()
                        .jsonPath();
        assertThat(estate.getString("name")).isEqualTo("来访客户登记");
        assertThat(estate.getList("fields.key", String.class))
                .contains(
                        "ageBand",
                        "housing",
                        "purchasePurpose",
                        "awarenessChannels",
                        "sizeBand",
                        "priceBand",
                        "householdIncome");
        assertThat(estate.getList("fields.find { it.key == 'housing' }.options.labelZh"))
                .containsExactly("福利分房", "自建", "集资建房", "商品房", "租赁");
        JsonPath hotel = as(rep).get("/api/v1/profile-templates/" + HOTEL).jsonPath();
        assertThat(hotel.getList("fields.key", String.class))
                .contains("roomType", "pillow", "cuisine", "drinks", "greetingOccasions");
        as(rep).queryParam("customerKind", "INDIVIDUAL")
                .get("/api/v1/profile-templates")
                .then()
                .statusCode(200)
                .body("items.id", hasItems(ESTATE, HOTEL));
        as(rep).queryParam("customerKind", "ORGANIZATION")
                .get("/api/v1/profile-templates")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(ESTATE)));
    }

    @Test
    void shouldLetOnlyAdministratorsWriteTemplates() {
        raw(rep).contentType(ContentType.JSON)
                .body(template("INDIVIDUAL", key("skin")))
                .post("/api/v1/profile-templates")
                .then()
                .statusCode(403);
        raw(TestUser.withRole("sales-director"))
                .contentType(MERGE_PATCH)
                .header("If-Match", "\"0\"")
                .body("{\"active\": false}")
                .patch("/api/v1/profile-templates/" + ESTATE)
                .then()
                .statusCode(403);
        raw(auditor).get("/api/v1/profile-templates").then().statusCode(403);
        as(rep).get("/api/v1/profile-templates/" + ESTATE).then().statusCode(200);
    }

    @Test
    void shouldCreateEditAndAuditATemplate() {
        String skin = key("skin");
        var created =
                as(admin)
                        .contentType(ContentType.JSON)
                        .body(template("INDIVIDUAL", skin))
                        .post("/api/v1/profile-templates")
                        .then()
                        .statusCode(201)
                        .header("ETag", "\"0\"")
                        .body("fields[0].key", equalTo(skin))
                        .body("active", equalTo(true))
                        .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/profile-templates/" + id);
        String history = key("history");
        as(admin)
                .contentType(MERGE_PATCH)
                .header("If-Match", "\"0\"")
                .body(
                        Map.of(
                                "businessLine",
                                "美容美发",
                                "fields",
                                List.of(
                                        Map.of(
                                                "key", history,
                                                "labelZh", "美容史",
                                                "labelEn", "Beauty history",
                                                "type", "TEXT",
                                                "order", 1),
                                        Map.of(
                                                "key",
                                                skin,
                                                "labelZh",
                                                "皮肤类型",
                                                "labelEn",
                                                "Skin type",
                                                "type",
                                                "SINGLE_CHOICE",
                                                "options",
                                                List.of(
                                                        Map.of(
                                                                "value", "DRY",
                                                                "labelZh", "干性",
                                                                "labelEn", "Dry")),
                                                "order",
                                                20))))
                .patch("/api/v1/profile-templates/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("fields.key", org.hamcrest.Matchers.contains(history, skin))
                .body("fields[1].required", equalTo(false));
        raw(admin)
                .contentType(MERGE_PATCH)
                .body("{\"active\": false}")
                .patch("/api/v1/profile-templates/" + id)
                .then()
                .statusCode(428);
        raw(admin)
                .contentType(MERGE_PATCH)
                .header("If-Match", "\"0\"")
                .body("{\"active\": false}")
                .patch("/api/v1/profile-templates/" + id)
                .then()
                .statusCode(412);
        JsonPath events =
                as(auditor)
                        .get("/api/v1/audit-events?limit=10&entityId=" + id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertThat(events.getList("items.action", String.class))
                .containsExactly("UPDATE", "CREATE");
        assertThat(events.getList("items.entityType", String.class))
                .containsOnly("PROFILE_TEMPLATE");
        assertThat(events.getList("items[0].changes.field", String.class))
                .containsExactlyInAnyOrder("businessLine", "fields." + skin, "fields." + history);
    }

    @Test
    void shouldRefuseInvalidFieldsNamingEachOne() {
        Map<String, Object> choiceWithoutOptions =
                Map.of(
                        "key", key("a"),
                        "labelZh", "甲",
                        "labelEn", "A",
                        "type", "MULTI_CHOICE");
        Map<String, Object> badKey =
                Map.of("key", "Bad Key", "labelZh", "乙", "labelEn", "B", "type", "TEXT");
        Map<String, Object> textWithOptions =
                Map.of(
                        "key", key("c"),
                        "labelZh", "丙",
                        "labelEn", "C",
                        "type", "TEXT",
                        "options", List.of(Map.of("value", "X", "labelZh", "叉", "labelEn", "X")));
        raw(admin)
                .contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "name",
                                "坏模板",
                                "nameEn",
                                "Bad",
                                "fields",
                                List.of(textWithOptions, badKey)))
                .post("/api/v1/profile-templates")
                .then()
                .statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.contains("fields[1].key"));
        raw(admin)
                .contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "name",
                                "坏模板",
                                "nameEn",
                                "Bad",
                                "fields",
                                List.of(
                                        choiceWithoutOptions,
                                        textWithOptions,
                                        choiceWithoutOptions)))
                .post("/api/v1/profile-templates")
                .then()
                .statusCode(400)
                .body(
                        "errors.field",
                        org.hamcrest.Matchers.containsInAnyOrder(
                                "fields[0].options",
                                "fields[1].options",
                                "fields[2].key",
                                "fields[2].options"))
                .body("errors.code", hasItem("fields.options.required"))
                .body("errors.code", hasItem("fields.key.duplicate"));
        as(rep).get("/api/v1/profile-templates").then().body("items.name", not(hasItem("坏模板")));
    }

    @Test
    void shouldKeepKeysUniqueAcrossTemplatesAndTheirTypeFixed() {
        raw(admin)
                .contentType(ContentType.JSON)
                .body(template("ORGANIZATION", "ageBand"))
                .post("/api/v1/profile-templates")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("fields[0].key"))
                .body("errors[0].code", equalTo("fields.key.taken"));
        String skin = key("skin");
        String id =
                as(admin)
                        .contentType(ContentType.JSON)
                        .body(template("INDIVIDUAL", skin))
                        .post("/api/v1/profile-templates")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        raw(admin)
                .contentType(MERGE_PATCH)
                .header("If-Match", "\"0\"")
                .body(
                        Map.of(
                                "fields",
                                List.of(
                                        Map.of(
                                                "key", skin, "labelZh", "皮肤", "labelEn", "Skin",
                                                "type", "TEXT"))))
                .patch("/api/v1/profile-templates/" + id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("fields[0].type"))
                .body("errors[0].code", equalTo("fields.type.fixed"));
        raw(admin).get("/api/v1/profile-templates/" + UUID.randomUUID()).then().statusCode(404);
    }
}
