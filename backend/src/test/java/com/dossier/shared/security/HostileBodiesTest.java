package com.dossier.shared.security;

import static com.dossier.support.Api.createOrganisation;
import static com.dossier.support.Api.raw;
import static com.dossier.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import com.dossier.support.LeakCheck;
import com.dossier.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Bodies, headers and queries an attacker might send: each is refused with the right status and a
 * problem naming what is wrong, never with internals, and search text is only ever text.
 */
@QuarkusTest
class HostileBodiesTest {
    private static final String CUSTOMERS = "/api/v1/customers";
    private static final String MERGE_PATCH = "application/merge-patch+json";
    private final TestUser rep = TestUser.rep(TestUser.freshTeam());

    private Response post(String body) {
        return raw(rep).contentType(ContentType.JSON).body(body).post(CUSTOMERS);
    }

    private static String refused(Response response, int status) {
        String body =
                response.then()
                        .statusCode(status)
                        .contentType("application/problem+json")
                        .body("status", equalTo(status))
                        .extract()
                        .asString();
        LeakCheck.assertClean(body);
        return body;
    }

    @Test
    void shouldNameEveryUnknownAndServerOwnedPropertyOnCreate() {
        Response response =
                post(
                        "{\"kind\":\"INDIVIDUAL\",\"name\":\"x\",\"id\":\"1\",\"archiveNo\":\"KH\","
                                + "\"ownerId\":\"me\",\"status\":\"APPROVED\",\"version\":9,"
                                + "\"createdAt\":\"2020-01-01T00:00:00Z\",\"updatedAt\":null,"
                                + "\"isAdmin\":true,\"nested\":{\"a\":[1,2]}}");

        refused(response, 400);
        response.then()
                .body(
                        "errors.field",
                        containsInAnyOrder(
                                "id",
                                "archiveNo",
                                "ownerId",
                                "status",
                                "version",
                                "createdAt",
                                "updatedAt",
                                "isAdmin",
                                "nested"))
                .body("errors.find { it.field == 'status' }.code", equalTo("readOnly"))
                .body("errors.find { it.field == 'isAdmin' }.code", equalTo("unknownProperty"));
    }

    @Test
    void shouldNameServerOwnedPropertiesOnPatch() {
        String id = createOrganisation(rep, unique("补丁"));
        String etag = raw(rep).get(CUSTOMERS + "/" + id).header("ETag");

        Response response =
                raw(rep).contentType(MERGE_PATCH)
                        .header("If-Match", etag)
                        .body(
                                "{\"id\":\"1\",\"archiveNo\":\"KH\",\"ownerId\":\"me\","
                                        + "\"status\":\"APPROVED\",\"version\":9,"
                                        + "\"createdAt\":\"2020-01-01T00:00:00Z\",\"colour\":1}")
                        .patch(CUSTOMERS + "/" + id);

        refused(response, 400);
        response.then()
                .body(
                        "errors.field",
                        hasItems(
                                "id",
                                "archiveNo",
                                "ownerId",
                                "status",
                                "version",
                                "createdAt",
                                "colour"));
    }

    @Test
    void shouldRefuseMalformedJsonAndWrongTypes() {
        refused(post("{\"kind\":\"INDIVIDUAL\",\"name\":"), 400);
        refused(post("[1,2,3]"), 400);
        refused(post("{\"kind\":\"INDIVIDUAL\",\"name\":123}"), 400);
        post("{\"kind\":\"INDIVIDUAL\",\"name\":123}").then().body("errors.field", hasItem("name"));
        post("{\"kind\":\"INDIVIDUAL\",\"name\":[\"x\"]}").then().statusCode(400);
        post("{\"kind\":7,\"name\":\"x\"}")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("kind"));
    }

    @Test
    void shouldRefuseOverLongStrings() {
        String name = "名".repeat(201);
        refused(post("{\"kind\":\"INDIVIDUAL\",\"name\":\"" + name + "\"}"), 400);
        post("{\"kind\":\"INDIVIDUAL\",\"name\":\"x\",\"notes\":\"" + "n".repeat(4001) + "\"}")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("notes"));
    }

    @Test
    void shouldRefuseOversizedBodiesQuickly() {
        String big =
                "{\"kind\":\"INDIVIDUAL\",\"name\":\"x\",\"notes\":\""
                        + "a".repeat(2 * 1024 * 1024)
                        + "\"}";
        long start = System.nanoTime();
        Response response = post(big);
        long millis = (System.nanoTime() - start) / 1_000_000;

        refused(response, 413);
        assertThat(millis).isLessThan(5_000);
    }

    @Test
    void shouldRefuseWrongContentTypeAndUnacceptableAccept() {
        refused(raw(rep).contentType("text/plain").body("kind=INDIVIDUAL").post(CUSTOMERS), 415);
        refused(raw(rep).contentType("application/xml").body("<customer/>").post(CUSTOMERS), 415);
        refused(raw(rep).accept("text/csv").get(CUSTOMERS), 406);
    }

    @Test
    void shouldRefuseALimitAboveTheMaximum() {
        refused(raw(rep).queryParam("limit", 101).get(CUSTOMERS), 400);
        raw(rep).queryParam("limit", 1_000_000)
                .get(CUSTOMERS)
                .then()
                .body("errors.field", hasItem("limit"));
        refused(raw(rep).queryParam("limit", "1; DROP TABLE customer").get(CUSTOMERS), 400);
        raw(rep).queryParam("limit", "1; DROP TABLE customer")
                .get(CUSTOMERS)
                .then()
                .body("errors.field", hasItem("limit"));
    }

    @Test
    void shouldTreatSearchTextLiterally() {
        String marker = unique("");
        String hostile = marker + "百%_\\'\"; DROP TABLE customer;--";
        String plain = marker + "普通公司";
        createOrganisation(rep, hostile);
        createOrganisation(rep, plain);

        for (String q : List.of("%", "_", "\\", "'", "\"", ";", "DROP TABLE", "%_\\", "--")) {
            Response response = raw(rep).queryParam("q", q).get(CUSTOMERS);
            response.then().statusCode(200);
            assertThat(response.jsonPath().getList("items.name", String.class))
                    .as("q=%s", q)
                    .containsExactly(hostile);
        }
        for (String q :
                List.of("' OR '1'='1", "x' OR 1=1 --", "\\%", "%%", "' UNION SELECT 1 --")) {
            Response response = raw(rep).queryParam("q", q).get(CUSTOMERS);
            response.then().statusCode(200);
            assertThat(response.jsonPath().getList("items", Map.class)).as("q=%s", q).isEmpty();
        }
        assertThat(raw(rep).queryParam("q", marker).get(CUSTOMERS).jsonPath().getList("items"))
                .hasSize(2);
    }
}
