package com.dossier.shared.config;

import static com.dossier.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.dossier.customer.CreditCode;
import com.dossier.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
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
}
