package com.dossier.document;

import static com.dossier.document.DocumentResourceTest.documents;
import static com.dossier.support.Api.as;
import static com.dossier.support.Api.createOrganisation;
import static com.dossier.support.Api.raw;
import static com.dossier.support.Documents.field;
import static com.dossier.support.Documents.form;
import static com.dossier.support.Documents.pdf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.dossier.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CompletenessAndExpiryTest {
    private static final String CHECKLIST = "/api/v1/document-checklists/ORGANIZATION";
    private static final List<String> REQUIRED =
            List.of("BUSINESS_LICENCE", "CONTRACT", "AUTHORISATION_LETTER");

    private final TestUser admin = TestUser.withRole("admin");
    private final String team = TestUser.freshTeam();
    private final TestUser rep = TestUser.rep(team);
    private List<String> seeded;

    /** A known checklist for these tests; other suites may have changed the seeded one. */
    @BeforeEach
    void setChecklist() {
        seeded = as(admin).get(CHECKLIST).then().extract().jsonPath().getList("requiredTypes");
        replaceChecklist(REQUIRED);
    }

    @AfterEach
    void restoreChecklist() {
        replaceChecklist(seeded);
    }

    @Test
    void shouldCountOnlyPresentValidActiveDocuments() {
        String customer = createOrganisation(rep, "完整度客户" + UUID.randomUUID());
        completeness(customer)
                .then()
                .statusCode(200)
                .body("kind", equalTo("ORGANIZATION"))
                .body("percentage", equalTo(0))
                .body("required", equalTo(REQUIRED))
                .body("missing", equalTo(REQUIRED));

        String licence = upload(customer, "BUSINESS_LICENCE", LocalDate.now().plusYears(1));
        completeness(customer)
                .then()
                .body("percentage", equalTo(33))
                .body("present", equalTo(List.of("BUSINESS_LICENCE")))
                .body("missing", equalTo(List.of("CONTRACT", "AUTHORISATION_LETTER")));

        String contract = upload(customer, "CONTRACT", null);
        upload(customer, "RECEIPT", null); // not required: changes nothing
        completeness(customer).then().body("percentage", equalTo(66));

        // The licence expires: missing again, and said to be expired.
        patch(customer, licence, Map.of("validUntil", LocalDate.now().minusDays(1).toString()));
        completeness(customer)
                .then()
                .body("percentage", equalTo(33))
                .body("missing", equalTo(List.of("BUSINESS_LICENCE", "AUTHORISATION_LETTER")))
                .body("expired", equalTo(List.of("BUSINESS_LICENCE")));
        // Valid through its last day.
        patch(customer, licence, Map.of("validUntil", LocalDate.now().toString()));
        completeness(customer).then().body("percentage", equalTo(66));

        patch(customer, contract, Map.of("status", "WITHDRAWN"));
        upload(customer, "AUTHORISATION_LETTER", null);
        completeness(customer)
                .then()
                .body("percentage", equalTo(66))
                .body("missing", equalTo(List.of("CONTRACT")))
                .body("expired", equalTo(List.of()));
        upload(customer, "CONTRACT", null);
        completeness(customer).then().body("percentage", equalTo(100));

        replaceChecklist(List.of());
        completeness(customer).then().body("percentage", equalTo(100));
    }

    @Test
    void shouldLetOnlyAnAdministratorChangeAChecklistWithIfMatch() {
        String etag = as(admin).get(CHECKLIST).then().statusCode(200).extract().header("ETag");
        Map<String, Object> body = Map.of("requiredTypes", List.of("CONTRACT"));
        for (String role : List.of("archivist", "sales-director", "general-manager")) {
            raw(TestUser.withRole(role))
                    .contentType(ContentType.JSON)
                    .header("If-Match", etag)
                    .body(body)
                    .put(CHECKLIST)
                    .then()
                    .statusCode(403);
        }
        raw(admin).contentType(ContentType.JSON).body(body).put(CHECKLIST).then().statusCode(428);
        raw(admin)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"999\"")
                .body(body)
                .put(CHECKLIST)
                .then()
                .statusCode(412);
        raw(admin)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("requiredTypes", List.of("PASSPORT")))
                .put(CHECKLIST)
                .then()
                .statusCode(400);
        as(admin)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(body)
                .put(CHECKLIST)
                .then()
                .statusCode(200)
                .body("requiredTypes", equalTo(List.of("CONTRACT")));
        assertThat(as(admin).get(CHECKLIST).header("ETag")).isNotEqualTo(etag);
        as(TestUser.withRole("sales-rep"))
                .get("/api/v1/document-checklists")
                .then()
                .statusCode(200)
                .body("items.kind", equalTo(List.of("ORGANIZATION", "INDIVIDUAL")));
    }

    @Test
    void shouldListExpiringDocumentsOfTheCallersScopeOnlySoonestFirst() {
        String mine = createOrganisation(rep, "到期甲" + UUID.randomUUID());
        TestUser other = TestUser.rep(TestUser.freshTeam());
        String theirs = createOrganisation(other, "到期乙" + UUID.randomUUID());
        LocalDate today = LocalDate.now();
        String soon = upload(mine, "BUSINESS_LICENCE", today.plusDays(10));
        String sooner = upload(mine, "GUARANTEE", today.plusDays(3));
        String later = upload(mine, "CONTRACT", today.plusDays(90));
        String past = upload(mine, "ID_COPY", today.minusDays(2));
        String foreign = upload(other, theirs, "BUSINESS_LICENCE", today.plusDays(5));

        JsonPath page = expiring(rep, "");
        assertThat(page.getList("items.documentId", String.class)).containsExactly(sooner, soon);
        assertThat(page.getList("items.daysLeft", Integer.class)).containsExactly(3, 10);
        assertThat(page.getString("items[0].customerName")).startsWith("到期甲");
        assertThat(expiring(rep, "&type=BUSINESS_LICENCE").getList("items.documentId"))
                .containsExactly(soon);
        assertThat(expiring(rep, "&withinDays=5").getList("items.documentId"))
                .containsExactly(sooner);
        assertThat(expiring(rep, "&includeExpired=true").getList("items.documentId"))
                .containsExactly(past, sooner, soon);
        assertThat(expiring(rep, "&withinDays=100").getList("items.documentId"))
                .containsExactly(sooner, soon, later);

        // Keyset pages.
        JsonPath first = expiring(rep, "&limit=1");
        assertThat(first.getList("items.documentId")).containsExactly(sooner);
        JsonPath second = expiring(rep, "&limit=1&cursor=" + first.getString("nextCursor"));
        assertThat(second.getList("items.documentId")).containsExactly(soon);
        assertThat(second.getString("nextCursor")).isNull();

        // Scope: the other team's licence is not the rep's business; a director sees both.
        assertThat(expiring(other, "").getList("items.documentId")).containsExactly(foreign);
        assertThat(
                        expiring(TestUser.withRole("sales-director"), "&limit=100")
                                .getList("items.documentId", String.class))
                .contains(foreign, soon, sooner);
        // Withdrawn documents no longer expire.
        patch(mine, soon, Map.of("status", "WITHDRAWN"));
        assertThat(expiring(rep, "").getList("items.documentId")).containsExactly(sooner);

        raw(rep).get("/api/v1/documents/expiring?withinDays=400").then().statusCode(400);
        raw(TestUser.withRole("partner")).get("/api/v1/documents/expiring").then().statusCode(403);
        raw(TestUser.withRole("auditor")).get("/api/v1/documents/expiring").then().statusCode(403);

        // Each listed customer's consultation is logged.
        as(TestUser.withRole("auditor"))
                .queryParam("customerId", mine)
                .queryParam("userId", rep.subject())
                .queryParam("view", "listExpiringDocuments")
                .get("/api/v1/access-log")
                .then()
                .statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.greaterThan(0));
    }

    private void replaceChecklist(List<String> types) {
        String etag = as(admin).get(CHECKLIST).then().extract().header("ETag");
        as(admin)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("requiredTypes", types))
                .put(CHECKLIST)
                .then()
                .statusCode(200);
    }

    private io.restassured.response.Response completeness(String customer) {
        return as(rep).get("/api/v1/customers/" + customer + "/completeness");
    }

    private JsonPath expiring(TestUser caller, String query) {
        return as(caller)
                .get("/api/v1/documents/expiring?x=1" + query)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private String upload(String customer, String type, LocalDate validUntil) {
        return upload(rep, customer, type, validUntil);
    }

    private String upload(TestUser user, String customer, String type, LocalDate validUntil) {
        var request =
                form(user)
                        .multiPart("file", "doc.pdf", pdf(type), "application/pdf")
                        .multiPart(field("type", type))
                        .multiPart(field("title", type + " 资料"));
        if (validUntil != null) {
            request.multiPart(field("validUntil", validUntil.toString()));
        }
        return request.post(documents(customer)).then().statusCode(201).extract().path("id");
    }

    private void patch(String customer, String document, Map<String, Object> body) {
        String path = documents(customer) + "/" + document;
        String etag = as(rep).get(path).then().extract().header("ETag");
        as(rep).contentType("application/merge-patch+json; charset=UTF-8")
                .header("If-Match", etag)
                .body(body)
                .patch(path)
                .then()
                .statusCode(200);
    }
}
