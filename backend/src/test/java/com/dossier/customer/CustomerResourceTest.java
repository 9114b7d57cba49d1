package com.dossier.customer;

import static com.dossier.support.Api.as;
import static com.dossier.support.Api.createOrganisation;
import static com.dossier.support.Api.freshCreditCode;
import static com.dossier.support.Api.raw;
import static com.dossier.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.dossier.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CustomerResourceTest {
    private static final String MERGE_PATCH = "application/merge-patch+json";
    private final TestUser rep = TestUser.rep("east-team");
    private final TestUser director = TestUser.withRole("sales-director");

    @Test
    void shouldCreateDraftWithArchiveNumberLocationAndETag() {
        Response response =
                as(rep).contentType(ContentType.JSON)
                        .body(
                                Map.of(
                                        "kind", "ORGANIZATION",
                                        "name", "上海建投贸易有限公司" + unique(""),
                                        "creditCode", freshCreditCode(),
                                        "nature", "ENTERPRISE",
                                        "phone", "021-58880000",
                                        "email", "contact@jiantou.example.cn"))
                        .post("/api/v1/customers");
        response.then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("DRAFT"))
                .body("archiveNo", matchesPattern("^KH-\\d{4}-\\d{6}$"))
                .body("ownerId", equalTo(rep.subject()))
                .body("team", equalTo("east-team"))
                .body("version", equalTo(0));
        String id = response.path("id");
        assertThat(response.header("Location")).endsWith("/api/v1/customers/" + id);
        as(rep).get("/api/v1/customers/" + id).then().statusCode(200).header("ETag", "\"0\"");
    }

    @Test
    void shouldNameTheProxiedHostInLocation() {
        Response response =
                as(rep).contentType(ContentType.JSON)
                        .header("X-Forwarded-Proto", "https")
                        .header("X-Forwarded-Host", "dossier.example.com")
                        .body(Map.of("kind", "INDIVIDUAL", "name", "李四" + unique("")))
                        .post("/api/v1/customers");
        response.then().statusCode(201);
        assertThat(response.header("Location"))
                .isEqualTo("https://dossier.example.com/api/v1/customers/" + response.path("id"));
    }

    @Test
    void shouldGiveConcurrentCreatesDistinctArchiveNumbers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            Callable<String> create =
                    () ->
                            raw(rep).contentType(ContentType.JSON)
                                    .body(Map.of("kind", "INDIVIDUAL", "name", unique("并发")))
                                    .post("/api/v1/customers")
                                    .then()
                                    .statusCode(201)
                                    .extract()
                                    .path("archiveNo");
            List<Future<String>> futures =
                    pool.invokeAll(java.util.Collections.nCopies(24, create));
            Set<String> numbers = new HashSet<>();
            for (Future<String> future : futures) {
                numbers.add(future.get());
            }
            assertThat(numbers).hasSize(24);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldRefuseWrongCreditCodeCheckCharacter() {
        String valid = freshCreditCode();
        char last = valid.charAt(17);
        String wrong = valid.substring(0, 17) + (last == '0' ? '1' : '0');
        raw(rep).contentType(ContentType.JSON)
                .body(Map.of("kind", "ORGANIZATION", "name", unique("错码"), "creditCode", wrong))
                .post("/api/v1/customers")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://dossier.app/problems/validation"))
                .body("errors[0].field", equalTo("creditCode"))
                .body("errors[0].code", equalTo("creditCode.checkCharacter"))
                .body("traceId", notNullValue());
    }

    @Test
    void shouldRefuseDuplicateCreditCodeNamingTheExistingArchive() {
        String code = freshCreditCode();
        String archiveNo =
                as(rep).contentType(ContentType.JSON)
                        .body(
                                Map.of(
                                        "kind",
                                        "ORGANIZATION",
                                        "name",
                                        unique("甲"),
                                        "creditCode",
                                        code))
                        .post("/api/v1/customers")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("archiveNo");
        as(rep).contentType(ContentType.JSON)
                .body(Map.of("kind", "ORGANIZATION", "name", unique("乙"), "creditCode", code))
                .post("/api/v1/customers")
                .then()
                .statusCode(409)
                .body("detail", containsString(archiveNo));
    }

    @Test
    void shouldRefuseMissingName() {
        raw(rep).contentType(ContentType.JSON)
                .body(Map.of("kind", "INDIVIDUAL"))
                .post("/api/v1/customers")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("name"));
    }

    @Test
    void shouldRefuseUnknownProperty() {
        raw(rep).contentType(ContentType.JSON)
                .body(Map.of("kind", "INDIVIDUAL", "name", unique("x"), "colour", "red"))
                .post("/api/v1/customers")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("colour"));
    }

    @Test
    void shouldRefuseServerOwnedPropertyOnCreate() {
        raw(rep).contentType(ContentType.JSON)
                .body(Map.of("kind", "INDIVIDUAL", "name", unique("x"), "status", "APPROVED"))
                .post("/api/v1/customers")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void shouldRefuseMalformedJson() {
        raw(rep).contentType(ContentType.JSON)
                .body("{\"kind\": \"INDIVIDUAL\", \"name\": ")
                .post("/api/v1/customers")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"));
    }

    @Test
    void shouldNameTheFieldOfAWrongType() {
        raw(rep).contentType(ContentType.JSON)
                .body("{\"kind\": \"SPACESHIP\", \"name\": \"x\"}")
                .post("/api/v1/customers")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        raw(rep).contentType(ContentType.JSON)
                .body("{\"kind\": \"INDIVIDUAL\", \"name\": {\"a\": 1}}")
                .post("/api/v1/customers")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("name"));
    }

    @Test
    void shouldRefuseWrongContentType() {
        raw(rep).contentType(ContentType.TEXT)
                .body("name=x")
                .post("/api/v1/customers")
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("status", equalTo(415));
    }

    @Test
    void shouldRequireIfMatchOnPatch() {
        String id = createOrganisation(rep, unique("补丁"));
        raw(rep).contentType(MERGE_PATCH)
                .body(Map.of("phone", "021-58881234"))
                .patch("/api/v1/customers/" + id)
                .then()
                .statusCode(428)
                .contentType("application/problem+json")
                .body("type", equalTo("https://dossier.app/problems/precondition-required"));
    }

    @Test
    void shouldRefuseStaleIfMatch() {
        String id = createOrganisation(rep, unique("补丁"));
        patch(id, "\"0\"", "{\"phone\": \"021-1111111\"}").then().statusCode(200);
        patch(id, "\"0\"", "{\"phone\": \"021-2222222\"}")
                .then()
                .statusCode(412)
                .body("type", equalTo("https://dossier.app/problems/precondition-failed"));
    }

    @Test
    void shouldApplyMergePatchAndMoveVersion() {
        String id = createOrganisation(rep, unique("补丁"));
        patch(id, "\"0\"", "{\"phone\": \"021-58881234\", \"address\": \"上海市浦东新区\"}")
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("version", equalTo(1))
                .body("phone", equalTo("021-58881234"))
                .body("address", equalTo("上海市浦东新区"));
        patch(id, "\"1\"", "{\"address\": null}")
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("address", nullValue())
                .body("phone", equalTo("021-58881234"));
    }

    /** Writers holding the same ETag race: exactly one change wins, the others get 412. */
    @Test
    void shouldLetExactlyOneOfConcurrentPatchesWithTheSameETagWin() throws Exception {
        String id = createOrganisation(rep, unique("并发修改"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> writers = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String notes = "{\"notes\": \"写入者 " + i + "\"}";
                writers.add(() -> patch(id, "\"0\"", notes).then().extract().statusCode());
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (Future<Integer> future : pool.invokeAll(writers)) {
                statuses.add(future.get());
            }
            assertThat(statuses).containsOnly(200, 412);
            assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        raw(rep).get("/api/v1/customers/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("version", equalTo(1));
    }

    @Test
    void shouldRefuseClearingTheName() {
        String id = createOrganisation(rep, unique("补丁"));
        rawPatch(id, "\"0\"", "{\"name\": null}")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("name"));
    }

    @Test
    void shouldRefuseServerOwnedAndUnknownPropertiesInPatch() {
        String id = createOrganisation(rep, unique("补丁"));
        rawPatch(id, "\"0\"", "{\"archiveNo\": \"KH-2026-999999\", \"colour\": \"red\"}")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("archiveNo"))
                .body("errors.field", hasItem("colour"));
    }

    @Test
    void shouldRefuseMalformedPatch() {
        String id = createOrganisation(rep, unique("补丁"));
        rawPatch(id, "\"0\"", "{\"phone\": ").then().statusCode(400);
    }

    @Test
    void shouldArchiveAndRestoreToThePreviousStatus() {
        String id = createOrganisation(rep, unique("归档"));
        as(director)
                .header("If-Match", "\"0\"")
                .post("/api/v1/customers/" + id + "/archive")
                .then()
                .statusCode(200)
                .body("status", equalTo("ARCHIVED"))
                .header("ETag", "\"1\"");
        raw(director)
                .header("If-Match", "\"1\"")
                .post("/api/v1/customers/" + id + "/archive")
                .then()
                .statusCode(409);
        patch(id, "\"1\"", "{\"phone\": \"021-1\"}")
                .then()
                .statusCode(409)
                .body("detail", containsString("restore"));
        as(director)
                .header("If-Match", "\"1\"")
                .post("/api/v1/customers/" + id + "/restore")
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"));
        raw(director)
                .header("If-Match", "\"2\"")
                .post("/api/v1/customers/" + id + "/restore")
                .then()
                .statusCode(409);
    }

    @Test
    void shouldRequireIfMatchToArchive() {
        String id = createOrganisation(rep, unique("归档"));
        raw(director).post("/api/v1/customers/" + id + "/archive").then().statusCode(428);
    }

    @Test
    void shouldForbidWrongRole() {
        String id = createOrganisation(rep, unique("权限"));
        raw(rep).header("If-Match", "\"0\"")
                .post("/api/v1/customers/" + id + "/archive")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://dossier.app/problems/forbidden"));
        raw(TestUser.withRole("auditor"))
                .get("/api/v1/customers")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRefuseMissingTokenWithBearerChallenge() {
        given().get("/api/v1/customers")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", endsWith("/unauthorized"));
    }

    @Test
    void shouldRefuseGarbageToken() {
        given().header("Authorization", "Bearer not.a.token")
                .get("/api/v1/customers")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    void shouldCreateUnassignedArchivesForPartners() {
        as(TestUser.withRole("partner"))
                .contentType(ContentType.JSON)
                .body(Map.of("kind", "INDIVIDUAL", "name", unique("伙伴")))
                .post("/api/v1/customers")
                .then()
                .statusCode(201)
                .body("ownerId", nullValue())
                .body("team", nullValue());
    }

    private Response patch(String id, String ifMatch, String body) {
        return as(rep).contentType(MERGE_PATCH)
                .header("If-Match", ifMatch)
                .body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .patch("/api/v1/customers/" + id);
    }

    private Response rawPatch(String id, String ifMatch, String body) {
        return raw(rep).contentType(MERGE_PATCH)
                .header("If-Match", ifMatch)
                .body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .patch("/api/v1/customers/" + id);
    }
}
