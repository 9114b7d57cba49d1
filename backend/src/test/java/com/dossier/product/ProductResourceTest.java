package com.dossier.product;

import static com.dossier.support.Api.as;
import static com.dossier.support.Api.raw;
import static com.dossier.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.dossier.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProductResourceTest {
    private static final String PRODUCTS = "/api/v1/products";
    private final TestUser admin = TestUser.withRole("admin");
    private final TestUser director = TestUser.withRole("sales-director");

    @Test
    void shouldCreateReadAndAuditAProduct() {
        String code = unique("STEEL-");
        Response created =
                as(director)
                        .contentType(ContentType.JSON)
                        .body(Map.of("code", code, "name", "热轧钢板", "category", "钢材", "unit", "吨"))
                        .post(PRODUCTS);
        created.then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("active", equalTo(true))
                .body("unit", equalTo("吨"));
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(PRODUCTS + "/" + id);
        as(TestUser.rep(TestUser.freshTeam()))
                .get(PRODUCTS + "/" + id)
                .then()
                .statusCode(200)
                .body("code", equalTo(code));
        as(TestUser.withRole("auditor"))
                .get("/api/v1/audit-events?entityType=PRODUCT&entityId=" + id)
                .then()
                .statusCode(200)
                .body("items[0].action", equalTo("CREATE"));
    }

    @Test
    void shouldRefuseATakenCodeWhateverItsCase() {
        String code = unique("dup-");
        create(code, "甲").then().statusCode(201);
        create(code.toUpperCase(), "乙")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://dossier.app/problems/product-code-taken"));
        raw(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("code", unique("X-"), "name", " "))
                .post(PRODUCTS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("name"));
    }

    @Test
    void shouldDeactivateAndReactivateWithIfMatch() {
        String id = create(unique("ACT-"), "可停售产品").path("id");
        String path = PRODUCTS + "/" + id;
        raw(admin)
                .contentType("application/merge-patch+json")
                .body(Map.of("active", false))
                .patch(path)
                .then()
                .statusCode(428);
        raw(admin)
                .contentType("application/merge-patch+json")
                .header("If-Match", "\"7\"")
                .body(Map.of("active", false))
                .patch(path)
                .then()
                .statusCode(412);
        raw(admin)
                .contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(Map.of("version", 3, "colour", "red"))
                .patch(path)
                .then()
                .statusCode(400);
        as(admin)
                .contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(Map.of("active", false))
                .patch(path)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("active", equalTo(false));
        assertThat(listCodes("")).doesNotContain(code(id));
        assertThat(listCodes("&includeInactive=true")).contains(code(id));
        as(admin)
                .contentType("application/merge-patch+json")
                .header("If-Match", "\"1\"")
                // Bytes: RestAssured would encode a text body of this media type as ISO-8859-1.
                .body("{\"active\":true,\"category\":\"配件\"}".getBytes(StandardCharsets.UTF_8))
                .patch(path)
                .then()
                .statusCode(200)
                .body("active", equalTo(true))
                .body("category", equalTo("配件"));
        as(TestUser.withRole("auditor"))
                .get("/api/v1/audit-events?entityType=PRODUCT&entityId=" + id)
                .then()
                .statusCode(200)
                .body("items.action", equalTo(List.of("UPDATE", "UPDATE", "CREATE")));
    }

    @Test
    void shouldSearchAndPageByCode() {
        String prefix = unique("pg");
        for (String suffix : List.of("-c", "-a", "-b")) {
            create(prefix + suffix, "分页产品" + suffix);
        }
        JsonPath first =
                as(admin)
                        .get(PRODUCTS + "?limit=2&q=" + prefix)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertThat(first.getList("items.code", String.class))
                .containsExactly(prefix + "-a", prefix + "-b");
        as(admin)
                .get(PRODUCTS + "?limit=2&q=" + prefix + "&cursor=" + first.getString("nextCursor"))
                .then()
                .statusCode(200)
                .body("items.code", equalTo(List.of(prefix + "-c")));
        as(admin).get(PRODUCTS + "?q=%25_").then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void shouldLetOnlyAdminsAndDirectorsChangeTheList() {
        for (String role :
                List.of("general-manager", "supervisor", "sales-rep", "partner", "auditor")) {
            raw(TestUser.withRole(role))
                    .contentType(ContentType.JSON)
                    .body(Map.of("code", unique("NO-"), "name", "不许"))
                    .post(PRODUCTS)
                    .then()
                    .statusCode(403);
        }
        as(TestUser.withRole("partner")).get(PRODUCTS).then().statusCode(200);
        as(TestUser.withRole("auditor")).get(PRODUCTS).then().statusCode(403);
    }

    private Response create(String code, String name) {
        return as(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", name))
                .post(PRODUCTS);
    }

    private String code(String id) {
        return as(admin).get(PRODUCTS + "/" + id).path("code");
    }

    private List<String> listCodes(String query) {
        return as(admin)
                .get(PRODUCTS + "?limit=100&q=ACT-" + query)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.code", String.class);
    }
}
