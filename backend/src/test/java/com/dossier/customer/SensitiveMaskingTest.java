package com.dossier.customer;

import static com.dossier.support.Api.as;
import static com.dossier.support.Api.raw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.dossier.audit.FieldChange;
import com.dossier.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SPEC §9: ID numbers, personal phones and bank accounts are masked unless the role allows. */
@QuarkusTest
class SensitiveMaskingTest {
    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String ID = "11010519491231002X";
    private static final String ID_MASKED = "1101**********002X";
    private static final String PHONE = "13800138000";
    private static final String PHONE_MASKED = "138****8000";
    private static final String ACCOUNT = "1001234509000012345";
    private static final String ACCOUNT_MASKED = "***************2345";

    private final String team = TestUser.freshTeam();
    private final TestUser rep = TestUser.rep(team);

    @Test
    void shouldMaskEachFieldInItsFormat() {
        assertThat(Masking.mask("idNumber", ID)).isEqualTo(ID_MASKED);
        assertThat(Masking.mask("personalPhone", PHONE)).isEqualTo(PHONE_MASKED);
        assertThat(Masking.mask("bankAccount", ACCOUNT)).isEqualTo(ACCOUNT_MASKED);
        assertThat(Masking.mask("idNumber", "E1234")).isEqualTo("*****");
        assertThat(Masking.mask("name", "张三")).isEqualTo("张三");
        assertThat(Masking.mask("idNumber", null)).isNull();
        assertThat(
                        Masking.changes(
                                List.of(
                                        new FieldChange("personalPhone", PHONE, "13912345678"),
                                        new FieldChange("name", "a", "b"))))
                .containsExactly(
                        new FieldChange("personalPhone", PHONE_MASKED, "139****5678"),
                        new FieldChange("name", "a", "b"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"general-manager", "sales-director"})
    void shouldShowTheFieldsToRolesResponsibleForCustomers(String role) {
        String id = individual();
        TestUser user = TestUser.withRole(role);
        as(user).get("/api/v1/customers/" + id)
                .then()
                .statusCode(200)
                .body("idNumber", equalTo(ID))
                .body("personalPhone", equalTo(PHONE));
        as(user).get("/api/v1/me").then().body("seesSensitiveFields", equalTo(true));
    }

    @Test
    void shouldShowTheFieldsToTheOwnerAndItsSupervisor() {
        String id = individual();
        as(rep).get("/api/v1/customers/" + id).then().statusCode(200).body("idNumber", equalTo(ID));
        as(TestUser.supervisor(team))
                .get("/api/v1/customers/" + id)
                .then()
                .statusCode(200)
                .body("idNumber", equalTo(ID))
                .body("personalPhone", equalTo(PHONE));
        as(rep).get("/api/v1/me").then().body("seesSensitiveFields", equalTo(true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "archivist", "service-agent", "partner"})
    void shouldMaskTheFieldsForOtherRolesInDetailAndList(String role) {
        String id = individual();
        String org = organisation();
        TestUser user = TestUser.withRole(role);
        as(user).get("/api/v1/customers/" + id)
                .then()
                .statusCode(200)
                .body("idNumber", equalTo(ID_MASKED))
                .body("personalPhone", equalTo(PHONE_MASKED));
        as(user).get("/api/v1/customers/" + org)
                .then()
                .statusCode(200)
                .body("bankAccount", equalTo(ACCOUNT_MASKED));
        JsonPath list =
                as(user).queryParam("ownerId", rep.subject())
                        .queryParam("limit", 100)
                        .get("/api/v1/customers")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertThat(list.getList("items.idNumber", String.class)).contains(ID_MASKED);
        assertThat(list.getList("items.bankAccount", String.class))
                .contains(ACCOUNT_MASKED)
                .doesNotContain(ACCOUNT);
        assertThat(list.getList("items.personalPhone", String.class)).doesNotContain(PHONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "archivist", "service-agent", "quality", "partner", "auditor"})
    void shouldTellMaskedRolesInMe(String role) {
        as(TestUser.withRole(role))
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("seesSensitiveFields", equalTo(false));
    }

    @Test
    void shouldMaskTheResponseOfAWriteAndKeepTheValueWhenTheMaskComesBack() {
        String id = individual();
        TestUser archivist = TestUser.withRole("archivist");
        Map<String, Object> read = as(archivist).get("/api/v1/customers/" + id).as(Map.class);
        // The archivist sends the profile back as it read it, with one real change.
        as(archivist)
                .contentType(MERGE_PATCH)
                .header("If-Match", "\"0\"")
                .body(
                        ("{\"idNumber\": \""
                                        + read.get("idNumber")
                                        + "\", \"personalPhone\": \""
                                        + read.get("personalPhone")
                                        + "\", \"hometown\": \"江苏南京\"}")
                                .getBytes(StandardCharsets.UTF_8))
                .patch("/api/v1/customers/" + id)
                .then()
                .statusCode(200)
                .body("idNumber", equalTo(ID_MASKED))
                .body("personalPhone", equalTo(PHONE_MASKED))
                .body("hometown", equalTo("江苏南京"));
        as(rep).get("/api/v1/customers/" + id)
                .then()
                .body("idNumber", equalTo(ID))
                .body("personalPhone", equalTo(PHONE));
        // A new full value is accepted but not revealed in the answer.
        as(archivist)
                .contentType(MERGE_PATCH)
                .header("If-Match", "\"1\"")
                .body(Map.of("personalPhone", "13912345678"))
                .patch("/api/v1/customers/" + id)
                .then()
                .statusCode(200)
                .body("personalPhone", equalTo("139****5678"));
        as(rep).get("/api/v1/customers/" + id).then().body("personalPhone", equalTo("13912345678"));
    }

    @Test
    void shouldRefuseAMaskedValueThatIsNotTheStoredOne() {
        String id = individual();
        raw(rep).contentType(MERGE_PATCH)
                .header("If-Match", "\"0\"")
                .body(Map.of("idNumber", "1101**********0000"))
                .patch("/api/v1/customers/" + id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("idNumber"))
                .body("errors[0].code", equalTo("idNumber.masked"));
        raw(rep).contentType(ContentType.JSON)
                .body(Map.of("kind", "INDIVIDUAL", "name", "李四", "personalPhone", "138****8000"))
                .post("/api/v1/customers")
                .then()
                .statusCode(400)
                .body("errors.code", hasItem("personalPhone.masked"));
        as(rep).get("/api/v1/customers/" + id)
                .then()
                .body("idNumber", equalTo(ID))
                .body("version", equalTo(0));
    }

    @Test
    void shouldMaskCreateAndUpdateResponsesOfAMaskedRoleAndAuditValuesForEveryone() {
        TestUser admin = TestUser.withRole("admin");
        String id =
                as(admin)
                        .contentType(ContentType.JSON)
                        .body(Map.of("kind", "INDIVIDUAL", "name", "王五", "personalPhone", PHONE))
                        .post("/api/v1/customers")
                        .then()
                        .statusCode(201)
                        .body("personalPhone", equalTo(PHONE_MASKED))
                        .extract()
                        .path("id");
        as(TestUser.withRole("general-manager"))
                .contentType(MERGE_PATCH)
                .header("If-Match", "\"0\"")
                .body(Map.of("personalPhone", "13912345678"))
                .patch("/api/v1/customers/" + id)
                .then()
                .statusCode(200)
                .body("personalPhone", equalTo("13912345678"));
        JsonPath events =
                as(TestUser.withRole("auditor"))
                        .get("/api/v1/audit-events?limit=10&entityId=" + id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        List<Map<String, String>> update = events.getList("items[0].changes");
        assertThat(update.stream().map(c -> tuple(c.get("field"), c.get("old"), c.get("new"))))
                .containsExactly(tuple("personalPhone", PHONE_MASKED, "139****5678"));
        List<Map<String, String>> created = events.getList("items[1].changes");
        assertThat(created)
                .filteredOn(c -> "personalPhone".equals(c.get("field")))
                .extracting(c -> c.get("new"))
                .containsExactly(PHONE_MASKED);
        assertThat(events.prettify()).doesNotContain(PHONE).doesNotContain("13912345678");
    }

    private String individual() {
        return as(rep).contentType(ContentType.JSON)
                .body(CustomerProfileTest.individual())
                .post("/api/v1/customers")
                .then()
                .statusCode(201)
                .body("idNumber", equalTo(ID))
                .extract()
                .path("id");
    }

    private String organisation() {
        return as(rep).contentType(ContentType.JSON)
                .body(CustomerProfileTest.organisation())
                .post("/api/v1/customers")
                .then()
                .statusCode(201)
                .body("bankAccount", equalTo(ACCOUNT))
                .extract()
                .path("id");
    }
}
