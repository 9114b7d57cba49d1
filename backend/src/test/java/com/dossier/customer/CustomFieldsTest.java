package com.dossier.customer;

import static com.dossier.support.Api.as;
import static com.dossier.support.Api.raw;
import static com.dossier.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.dossier.support.TestUser;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Custom values of profile templates: checked against the template, filterable, indexed. */
@QuarkusTest
class CustomFieldsTest {
    static final String ESTATE = "b5e1e7c0-7d3a-4c1e-9f00-000000000001";
    static final String HOTEL = "b5e1e7c0-7d3a-4c1e-9f00-000000000002";
    private static final String MERGE_PATCH = "application/merge-patch+json";
    private final TestUser rep = TestUser.rep(TestUser.freshTeam());

    @Inject AgroalDataSource dataSource;

    static Map<String, Object> visitor(Map<String, Object> custom) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "INDIVIDUAL");
        body.put("name", unique("来访"));
        body.put("profileTemplateIds", List.of(ESTATE));
        body.put("customFields", custom);
        return body;
    }

    static Map<String, Object> validCard() {
        Map<String, Object> custom = new HashMap<>();
        custom.put("firstVisitDate", "2026-10-18");
        custom.put("ageBand", "35-45");
        custom.put("purchasePurpose", "INVESTMENT");
        custom.put("awarenessChannels", List.of("FRIENDS", "INTERNET"));
        return custom;
    }

    private String create(Map<String, Object> body) {
        return as(rep).contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/customers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void shouldStoreValidCustomValuesAndShowThemOnRead() {
        String id = create(visitor(validCard()));
        as(rep).get("/api/v1/customers/" + id)
                .then()
                .statusCode(200)
                .body("profileTemplateIds", contains(ESTATE))
                .body("customFields.ageBand", equalTo("35-45"))
                .body("customFields.awarenessChannels", contains("FRIENDS", "INTERNET"))
                .body("customFields.firstVisitDate", equalTo("2026-10-18"));
    }

    @Test
    void shouldRefuseValuesThatDoNotFitTheTemplateNamingTheKey() {
        Map<String, Map<String, Object>> cases = new java.util.LinkedHashMap<>();
        Map<String, Object> wrongType = validCard();
        wrongType.put("ageBand", 40);
        cases.put("customFields.ageBand|customFields.invalidType", wrongType);
        Map<String, Object> unknown = validCard();
        unknown.put("favouriteColour", "red");
        cases.put("customFields.favouriteColour|customFields.unknown", unknown);
        Map<String, Object> notAnOption = validCard();
        notAnOption.put("housing", "CASTLE");
        cases.put("customFields.housing|customFields.notAnOption", notAnOption);
        Map<String, Object> multi = validCard();
        multi.put("awarenessChannels", List.of("FRIENDS", "PIGEON"));
        cases.put("customFields.awarenessChannels|customFields.notAnOption", multi);
        Map<String, Object> badDate = validCard();
        badDate.put("firstVisitDate", "2026-13-01");
        cases.put("customFields.firstVisitDate|customFields.invalidType", badDate);
        Map<String, Object> missing = validCard();
        missing.remove("firstVisitDate");
        cases.put("customFields.firstVisitDate|customFields.required", missing);
        Map<String, Object> otherTemplate = validCard();
        otherTemplate.put("pillow", "LOW");
        cases.put("customFields.pillow|customFields.unknown", otherTemplate);
        cases.forEach(
                (expected, custom) -> {
                    String[] fieldAndCode = expected.split("\\|");
                    Map<String, Object> body = visitor(custom);
                    raw(rep).contentType(ContentType.JSON)
                            .body(body)
                            .post("/api/v1/customers")
                            .then()
                            .statusCode(400)
                            .body("errors", hasSize(1))
                            .body("errors[0].field", equalTo(fieldAndCode[0]))
                            .body("errors[0].code", equalTo(fieldAndCode[1]));
                    as(rep).queryParam("q", (String) body.get("name"))
                            .get("/api/v1/customers")
                            .then()
                            .body("items", hasSize(0));
                });
    }

    @Test
    void shouldRefuseTemplatesOfAnotherKindOrUnknownOnes() {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "ORGANIZATION");
        body.put("name", unique("单位"));
        body.put("profileTemplateIds", List.of(HOTEL));
        raw(rep).contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/customers")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("profileTemplateIds[0]"))
                .body("errors[0].code", equalTo("profileTemplateIds.kind"));
        body.put("profileTemplateIds", List.of("00000000-0000-4000-8000-00000000dead"));
        raw(rep).contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/customers")
                .then()
                .statusCode(400)
                .body("errors[0].code", equalTo("profileTemplateIds.unknown"));
    }

    @Test
    void shouldMergeCustomValuesKeyByKeyAndDropThoseOfARemovedTemplate() {
        String id = create(visitor(validCard()));
        as(rep).contentType(MERGE_PATCH)
                .header("If-Match", "\"0\"")
                .body("{\"customFields\": {\"ageBand\": null, \"sizeBand\": \"100-120\"}}")
                .patch("/api/v1/customers/" + id)
                .then()
                .statusCode(200)
                .body("customFields.ageBand", nullValue())
                .body("customFields.sizeBand", equalTo("100-120"))
                .body("customFields.purchasePurpose", equalTo("INVESTMENT"));
        raw(rep).contentType(MERGE_PATCH)
                .header("If-Match", "\"1\"")
                .body("{\"customFields\": {\"firstVisitDate\": null}}")
                .patch("/api/v1/customers/" + id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("customFields.firstVisitDate"))
                .body("errors[0].code", equalTo("customFields.required"));
        as(rep).contentType(MERGE_PATCH)
                .header("If-Match", "\"1\"")
                .body(
                        "{\"profileTemplateIds\": [\""
                                + HOTEL
                                + "\"], \"customFields\": {\"roomTemperature\": 24,"
                                + " \"drinks\": [\"COFFEE\"]}}")
                .patch("/api/v1/customers/" + id)
                .then()
                .statusCode(200)
                .body("profileTemplateIds", contains(HOTEL))
                .body("customFields.sizeBand", nullValue())
                .body("customFields.firstVisitDate", nullValue())
                .body("customFields.roomTemperature", equalTo(24))
                .body("customFields.drinks", contains("COFFEE"));
    }

    @Test
    void shouldFilterOnCustomValuesOfEveryType() {
        Map<String, Object> card = validCard();
        String marker = unique("M");
        card.put("firstVisitDate", "2026-01-02");
        Map<String, Object> body = visitor(card);
        body.put("sourceChannel", marker);
        String estate = create(body);
        Map<String, Object> guest = new HashMap<>();
        guest.put("kind", "INDIVIDUAL");
        guest.put("name", unique("宾客"));
        guest.put("sourceChannel", marker);
        guest.put("profileTemplateIds", List.of(HOTEL));
        guest.put("customFields", Map.of("roomTemperature", 23, "cuisine", List.of("SICHUAN")));
        String hotel = create(guest);
        assertThat(filter(marker, "ageBand:35-45")).containsExactly(estate);
        assertThat(filter(marker, "awarenessChannels:INTERNET")).containsExactly(estate);
        assertThat(filter(marker, "awarenessChannels:TV")).isEmpty();
        assertThat(filter(marker, "firstVisitDate:2026-01-02")).containsExactly(estate);
        assertThat(filter(marker, "roomTemperature:23")).containsExactly(hotel);
        assertThat(filter(marker, "roomTemperature:23.0")).containsExactly(hotel);
        assertThat(filter(marker, "cuisine:SICHUAN", "roomTemperature:23")).containsExactly(hotel);
        assertThat(filter(marker, "cuisine:SICHUAN", "roomTemperature:25")).isEmpty();
        as(rep).queryParam("sourceChannel", marker)
                .queryParam("profileTemplateId", HOTEL)
                .get("/api/v1/customers")
                .then()
                .body("items.id", contains(hotel));
        raw(rep).queryParam("custom", "nosuchkey:1")
                .get("/api/v1/customers")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("custom"));
        raw(rep).queryParam("custom", "roomTemperature:warm")
                .get("/api/v1/customers")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("custom"));
    }

    @Test
    void shouldServeTheCustomFilterFromTheGinIndex() throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("SET LOCAL enable_seqscan = off");
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows =
                    statement.executeQuery(
                            "EXPLAIN SELECT id FROM customer WHERE"
                                    + " dossier_jsonb_contains(custom_fields,"
                                    + " '{\"ageBand\": \"35-45\"}') = true")) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            connection.rollback();
            assertThat(plan.toString()).contains("ix_customer_custom_fields");
        }
    }

    private List<String> filter(String marker, String... custom) {
        var request = as(rep).queryParam("sourceChannel", marker);
        for (String c : custom) {
            request.queryParam("custom", c);
        }
        return request.get("/api/v1/customers")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id", String.class);
    }
}
