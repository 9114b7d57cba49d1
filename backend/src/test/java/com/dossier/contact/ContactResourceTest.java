package com.dossier.contact;

import static com.dossier.support.Api.as;
import static com.dossier.support.Api.createOrganisation;
import static com.dossier.support.Api.raw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.dossier.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ContactResourceTest {
    private final TestUser rep = TestUser.rep(TestUser.freshTeam());

    @Test
    void shouldCreateReadAndListContacts() {
        String customer = createOrganisation(rep, "联系人测试公司");
        Response created = create(customer, "王建国", true);
        created.then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("primary", equalTo(true))
                .body("active", equalTo(true));
        String id = created.path("id");
        assertThat(created.header("Location"))
                .endsWith("/api/v1/customers/" + customer + "/contacts/" + id);
        as(rep).get(path(customer) + "/" + id).then().statusCode(200).body("name", equalTo("王建国"));
    }

    @Test
    void shouldKeepOnePrimaryAndListItFirst() {
        String customer = createOrganisation(rep, "主联系人公司");
        String first = create(customer, "阿明", true).path("id");
        String second = create(customer, "张三", true).path("id");
        create(customer, "白雪", false);
        as(rep).get(path(customer))
                .then()
                .statusCode(200)
                .body("items.id[0]", equalTo(second))
                .body("items[0].id", equalTo(second))
                .body("items[0].primary", equalTo(true));
        as(rep).get(path(customer) + "/" + first)
                .then()
                .body("primary", equalTo(false))
                .header("ETag", "\"1\"");
    }

    @Test
    void shouldPatchWithIfMatch() {
        String customer = createOrganisation(rep, "改联系人公司");
        String id = create(customer, "李四", false).path("id");
        patch(customer, id, null, "{\"title\":\"采购总监\"}").then().statusCode(428);
        patch(customer, id, "\"0\"", "{\"title\":\"采购总监\",\"mobile\":\"13800138000\"}")
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("title", equalTo("采购总监"));
        patch(customer, id, "\"0\"", "{\"title\":\"经理\"}").then().statusCode(412);
        patch(customer, id, "\"1\"", "{\"title\":null}")
                .then()
                .statusCode(200)
                .body("title", nullValue())
                .body("mobile", equalTo("13800138000"));
        patch(customer, id, "\"2\"", "{\"active\":true}")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("active"));
    }

    @Test
    void shouldSoftDeleteAndKeepTheContact() {
        String customer = createOrganisation(rep, "离职联系人公司");
        String id = create(customer, "赵六", true).path("id");
        raw(rep).delete(path(customer) + "/" + id).then().statusCode(428);
        raw(rep).header("If-Match", "\"0\"")
                .delete(path(customer) + "/" + id)
                .then()
                .statusCode(204);
        as(rep).get(path(customer)).then().body("items", hasSize(0));
        as(rep).queryParam("includeInactive", true)
                .get(path(customer))
                .then()
                .body("items", hasSize(1))
                .body("items[0].active", equalTo(false))
                .body("items[0].primary", equalTo(false));
    }

    @Test
    void shouldPageContacts() {
        String customer = createOrganisation(rep, "多联系人公司");
        for (String name : new String[] {"甲", "乙", "丙", "丁", "戊"}) {
            create(customer, name, name.equals("丙"));
        }
        var first = as(rep).queryParam("limit", 2).get(path(customer)).jsonPath();
        assertThat(first.getString("items[0].name")).isEqualTo("丙");
        var second =
                as(rep).queryParam("limit", 2)
                        .queryParam("cursor", first.getString("nextCursor"))
                        .get(path(customer))
                        .jsonPath();
        var third =
                as(rep).queryParam("limit", 2)
                        .queryParam("cursor", second.getString("nextCursor"))
                        .get(path(customer))
                        .jsonPath();
        assertThat(third.getList("items")).hasSize(1);
        assertThat(third.getString("nextCursor")).isNull();
    }

    @Test
    void shouldHideContactsOfOutOfScopeCustomers() {
        String customer = createOrganisation(rep, "别人的公司");
        String id = create(customer, "钱七", false).path("id");
        TestUser stranger = TestUser.rep(TestUser.freshTeam());
        raw(stranger).get(path(customer)).then().statusCode(404);
        raw(stranger).get(path(customer) + "/" + id).then().statusCode(404);
        raw(stranger)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "入侵者"))
                .post(path(customer))
                .then()
                .statusCode(404);
    }

    @Test
    void shouldForbidReadOnlyRolesFromWriting() {
        String customer = createOrganisation(rep, "客服公司");
        raw(TestUser.withRole("service-agent"))
                .contentType(ContentType.JSON)
                .body(Map.of("name", "客服"))
                .post(path(customer))
                .then()
                .statusCode(403);
    }

    private Response create(String customer, String name, boolean primary) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("primary", primary);
        body.put("decisionRole", "INFLUENCER");
        return as(rep).contentType(ContentType.JSON).body(body).post(path(customer));
    }

    private Response patch(String customer, String id, String ifMatch, String body) {
        var request =
                raw(rep).contentType("application/merge-patch+json")
                        .body(body.getBytes(StandardCharsets.UTF_8));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.patch(path(customer) + "/" + id);
    }

    private static String path(String customer) {
        return "/api/v1/customers/" + customer + "/contacts";
    }
}
