package com.dossier.shared.config;

import static com.dossier.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.dossier.customer.CreditCode;
import com.dossier.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(DemoDataProfile.class)
class DemoDataTest {
    private final TestUser director = TestUser.withRole("sales-director");

    @Test
    void shouldLoadRealisticCustomersWithValidCreditCodes() {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = null;
        do {
            var request = as(director).queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/customers").jsonPath();
            all.addAll(page.getList("items"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertThat(all).hasSizeGreaterThanOrEqualTo(60);
        long organisations = all.stream().filter(c -> "ORGANIZATION".equals(c.get("kind"))).count();
        assertThat(organisations).isGreaterThanOrEqualTo(45);
        assertThat(all.stream().map(c -> (String) c.get("creditCode")).filter(c -> c != null))
                .allMatch(CreditCode::isValid);
        assertThat(all.stream().map(c -> c.get("team")).distinct())
                .contains("east-team", "west-team");
    }

    @Test
    void shouldFillEveryDemoProfileAndApplyTheSeededTemplates() {
        JsonPath organisations =
                as(director)
                        .queryParam("kind", "ORGANIZATION")
                        .queryParam("limit", 100)
                        .get("/api/v1/customers")
                        .jsonPath();
        assertThat(organisations.getList("items.legalRepresentative")).doesNotContainNull();
        assertThat(organisations.getList("items.registeredCapital.currency")).containsOnly("CNY");
        assertThat(organisations.getList("items.area")).doesNotContainNull();
        assertThat(organisations.getList("items.province")).doesNotContainNull();
        JsonPath individuals =
                as(director)
                        .queryParam("kind", "INDIVIDUAL")
                        .queryParam("limit", 100)
                        .get("/api/v1/customers")
                        .jsonPath();
        assertThat(individuals.getList("items.idNumber", String.class))
                .hasSizeGreaterThanOrEqualTo(25)
                .allMatch(com.dossier.customer.ProfileFormats::isResidentId);
        for (String template :
                List.of(
                        "b5e1e7c0-7d3a-4c1e-9f00-000000000001",
                        "b5e1e7c0-7d3a-4c1e-9f00-000000000002")) {
            assertThat(
                            as(director)
                                    .queryParam("profileTemplateId", template)
                                    .get("/api/v1/customers")
                                    .jsonPath()
                                    .getList("items"))
                    .hasSize(5);
        }
        assertThat(
                        as(director)
                                .queryParam("custom", "guestClass:A_VIP")
                                .get("/api/v1/customers")
                                .jsonPath()
                                .getList("items.name", String.class))
                .containsExactlyInAnyOrder("沈佳琪", "程雅琳");
    }

    @Test
    void shouldSeeOnlyRep1sShareAsRep1() {
        TestUser rep1 =
                new TestUser(
                        "00000000-0000-4000-8000-000000000005",
                        "rep1",
                        List.of("sales-rep"),
                        List.of("east-team"));
        List<String> owners =
                as(rep1).queryParam("limit", 100)
                        .get("/api/v1/customers")
                        .jsonPath()
                        .getList("items.ownerId");
        assertThat(owners).isNotEmpty().containsOnly(rep1.subject());
    }

    @Test
    void shouldShowDemoLicencesAboutToExpireAndServeTheirVerifiedFiles() {
        TestUser rep1 =
                new TestUser(
                        "00000000-0000-4000-8000-000000000005",
                        "rep1",
                        List.of("sales-rep"),
                        List.of("east-team"));
        JsonPath expiring = as(rep1).get("/api/v1/documents/expiring").jsonPath();
        assertThat(expiring.getList("items.customerName")).containsExactly("上海建投贸易有限公司");
        String customer = expiring.getString("items[0].customerId");
        String document = expiring.getString("items[0].documentId");
        byte[] content =
                as(rep1).get(
                                "/api/v1/customers/"
                                        + customer
                                        + "/documents/"
                                        + document
                                        + "/content")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray();
        assertThat(new String(content, java.nio.charset.StandardCharsets.UTF_8)).contains("营业执照");
        assertThat(
                        as(director)
                                .get("/api/v1/documents/expiring?includeExpired=true")
                                .jsonPath()
                                .getList("items"))
                .hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void shouldNumberNewArchivesAfterTheDemoOnes() {
        String archiveNo =
                as(director)
                        .contentType(ContentType.JSON)
                        .body(Map.of("kind", "INDIVIDUAL", "name", "演示之后"))
                        .post("/api/v1/customers")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("archiveNo");
        assertThat(Integer.parseInt(archiveNo.substring(archiveNo.lastIndexOf('-') + 1)))
                .isGreaterThan(60);
    }

    @Test
    void shouldLoadTransactionsSomePaidSomeOverdue() {
        List<String> ids =
                as(director)
                        .queryParam("limit", 100)
                        .get("/api/v1/customers")
                        .jsonPath()
                        .getList("items.id");
        long count = 0;
        int withOverdue = 0;
        int paid = 0;
        for (String id : ids) {
            JsonPath summary =
                    as(director).get("/api/v1/customers/" + id + "/transaction-summary").jsonPath();
            for (Map<String, Object> totals : summary.<Map<String, Object>>getList("currencies")) {
                count += ((Number) totals.get("count")).longValue();
                if (new BigDecimal((String) totals.get("overdueAmount")).signum() > 0) {
                    withOverdue++;
                }
            }
            paid +=
                    as(director)
                            .get("/api/v1/customers/" + id + "/transactions?limit=100")
                            .jsonPath()
                            .getList("items.findAll { it.status == 'PAID' }")
                            .size();
        }
        assertThat(count).isBetween(200L, 600L);
        assertThat(withOverdue).isGreaterThan(5);
        assertThat(paid).isGreaterThan(50);
        assertThat(
                        as(director)
                                .queryParam("includeInactive", true)
                                .queryParam("q", "P-")
                                .get("/api/v1/products")
                                .jsonPath()
                                .getList("items"))
                .hasSizeGreaterThanOrEqualTo(15);
    }
}
