package com.dossier.access;

import static com.dossier.support.Api.as;
import static com.dossier.support.Api.createOrganisation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.dossier.support.Api;
import com.dossier.support.CustomerFixture;
import com.dossier.support.Documents;
import com.dossier.support.TestUser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccessLogTest {
    private static final String CUSTOMER_PATH = "/api/v1/customers/{id}";
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    private final String team = TestUser.freshTeam();
    private final TestUser rep = TestUser.rep(team);
    private final TestUser auditor = TestUser.withRole("auditor");

    /**
     * Every GET of the contract under a customer reads that customer's archive, so each must leave
     * an entry naming the customer, the caller and the operation. The operations come from
     * openapi.yaml: a new one is covered (or fails here) without anyone adding it to a list.
     */
    @Test
    void shouldLogEveryCustomerScopedReadOfTheContract() throws Exception {
        String customer = createOrganisation(rep, "查阅记录客户" + UUID.randomUUID());
        Map<String, String> fixtures =
                Map.of(
                        "id",
                        customer,
                        "contactId",
                        createContact(customer, "王建国"),
                        "txId",
                        createTransaction(customer),
                        "docId",
                        Documents.uploadText(rep, customer, "CONTRACT", "购销合同"));
        List<String> checked = new ArrayList<>();
        JsonNode paths =
                new ObjectMapper(new YAMLFactory())
                        .readTree(Files.readString(Api.contractFile()))
                        .path("paths");
        for (Iterator<String> it = paths.fieldNames(); it.hasNext(); ) {
            String template = it.next();
            JsonNode get = paths.path(template).path("get");
            if (!(template.equals(CUSTOMER_PATH) || template.startsWith(CUSTOMER_PATH + "/"))
                    || get.isMissingNode()) {
                continue;
            }
            String operation = get.path("operationId").asText();
            // A caller holding every role the operation allows, in the customer's team.
            List<String> roles = new ArrayList<>();
            get.path("x-required-roles").forEach(role -> roles.add(role.asText()));
            if (roles.size() > 1) {
                roles.remove("partner"); // a partner token would name the partner's client
            }
            TestUser reader =
                    new TestUser(UUID.randomUUID().toString(), "reader", roles, List.of(team));
            as(reader).get(fill(template, fixtures)).then().statusCode(200);

            JsonPath entries =
                    as(auditor)
                            .queryParam("customerId", customer)
                            .queryParam("userId", reader.subject())
                            .get("/api/v1/access-log")
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath();
            assertThat(entries.getList("items.view", String.class))
                    .as("access log of %s %s", operation, template)
                    .containsExactly(operation);
            assertThat(entries.getString("items[0].username")).isEqualTo("reader");
            assertThat(entries.getString("items[0].clientId")).isEqualTo("dossier-web");
            assertThat(entries.getString("items[0].traceId")).isNotBlank();
            checked.add(operation);
        }
        assertThat(checked)
                .contains(
                        "getCustomer",
                        "listContacts",
                        "getContact",
                        "listTransactions",
                        "getTransaction",
                        "getTransactionSummary",
                        "listDocuments",
                        "getDocument",
                        "getDocumentContent",
                        "getCustomerCompleteness");
    }

    @Test
    void shouldLogOneEntryPerCustomerOfASearchPage() {
        String first = createOrganisation(rep, "列表甲" + UUID.randomUUID());
        String second = createOrganisation(rep, "列表乙" + UUID.randomUUID());
        as(rep).get("/api/v1/customers").then().statusCode(200);
        JsonPath entries = accessLog("userId=" + rep.subject() + "&view=listCustomers");
        assertThat(entries.getList("items.customerId", String.class))
                .containsExactlyInAnyOrder(first, second);
    }

    @Test
    void shouldNotLogARefusedRead() {
        String customer = createOrganisation(rep, "别人的客户" + UUID.randomUUID());
        TestUser stranger = TestUser.rep(TestUser.freshTeam());
        as(stranger).get("/api/v1/customers/" + customer).then().statusCode(404);
        assertThat(accessLog("userId=" + stranger.subject()).getList("items")).isEmpty();
    }

    @Test
    void shouldPageTheAccessLogNewestFirst() {
        String customer = createOrganisation(rep, "分页查阅" + UUID.randomUUID());
        for (int i = 0; i < 3; i++) {
            as(rep).get("/api/v1/customers/" + customer).then().statusCode(200);
        }
        JsonPath firstPage = accessLog("customerId=" + customer + "&limit=2");
        assertThat(firstPage.getList("items")).hasSize(2);
        String cursor = firstPage.getString("nextCursor");
        JsonPath secondPage = accessLog("customerId=" + customer + "&limit=2&cursor=" + cursor);
        assertThat(secondPage.getList("items")).hasSize(1);
        assertThat(secondPage.getString("nextCursor")).isNull();
        List<String> ids = new ArrayList<>(firstPage.getList("items.id", String.class));
        ids.addAll(secondPage.getList("items.id", String.class));
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void shouldShowACustomersLogToAuditorManagerAndItsSupervisorOnly() {
        String customer = createOrganisation(rep, "主管查阅" + UUID.randomUUID());
        as(rep).get("/api/v1/customers/" + customer).then().statusCode(200);
        String path = "/api/v1/customers/" + customer + "/access-log";
        for (TestUser allowed :
                List.of(auditor, TestUser.withRole("general-manager"), TestUser.supervisor(team))) {
            as(allowed)
                    .get(path)
                    .then()
                    .statusCode(200)
                    .body(
                            "items.find { it.userId == '" + rep.subject() + "' }.view",
                            equalTo("getCustomer"));
        }
        as(TestUser.supervisor(TestUser.freshTeam()))
                .get(path)
                .then()
                .statusCode(404)
                .body("type", equalTo("https://dossier.app/problems/not-found"));
        as(auditor)
                .get("/api/v1/customers/" + UUID.randomUUID() + "/access-log")
                .then()
                .statusCode(404);
        for (String role :
                List.of(
                        "admin",
                        "sales-director",
                        "sales-rep",
                        "archivist",
                        "service-agent",
                        "quality",
                        "partner")) {
            as(TestUser.withRole(role)).get(path).then().statusCode(403);
        }
    }

    @Test
    void shouldShowTheWholeLogToAuditorAndManagerOnly() {
        as(auditor).get("/api/v1/access-log").then().statusCode(200);
        as(TestUser.withRole("general-manager")).get("/api/v1/access-log").then().statusCode(200);
        for (String role :
                List.of(
                        "admin",
                        "sales-director",
                        "supervisor",
                        "sales-rep",
                        "archivist",
                        "service-agent",
                        "quality",
                        "partner")) {
            as(TestUser.withRole(role)).get("/api/v1/access-log").then().statusCode(403);
        }
    }

    private JsonPath accessLog(String query) {
        return as(auditor)
                .get("/api/v1/access-log?" + query)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private String createContact(String customer, String name) {
        return as(rep).contentType(ContentType.JSON)
                .body(Map.of("name", name))
                .post("/api/v1/customers/" + customer + "/contacts")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private String createTransaction(String customer) {
        return as(rep).contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "number",
                                "XS-" + UUID.randomUUID(),
                                "transactionDate",
                                "2026-01-15",
                                "lineItems",
                                List.of(
                                        Map.of(
                                                "productId",
                                                CustomerFixture.product(),
                                                "quantity",
                                                "1",
                                                "unitPrice",
                                                "99.90"))))
                .post("/api/v1/customers/" + customer + "/transactions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String fill(String template, Map<String, String> fixtures) {
        Matcher matcher = PATH_PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String value = fixtures.get(matcher.group(1));
            assertThat(value)
                    .as("a fixture for path parameter {%s} of %s", matcher.group(1), template)
                    .isNotNull();
            matcher.appendReplacement(path, value);
        }
        return matcher.appendTail(path).toString();
    }
}
