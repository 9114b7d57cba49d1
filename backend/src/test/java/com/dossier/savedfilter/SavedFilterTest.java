package com.dossier.savedfilter;

import static com.dossier.support.Api.as;
import static com.dossier.support.Api.raw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.dossier.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SavedFilterTest {
    private static final String PATH = "/api/v1/saved-filters";
    private static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";
    private final TestUser rep = TestUser.rep(TestUser.freshTeam());

    @Inject EntityManager em;

    private Response create(TestUser user, String name, String query) {
        return as(user).contentType(ContentType.JSON)
                .body(Map.of("name", name, "query", query))
                .post(PATH);
    }

    @Test
    void shouldCreateListRenameAndDeleteOwnFilters() {
        Response created = create(rep, "  东区待审批 ", "q=%E5%BB%BA%E6%8A%95&status=DRAFT");
        created.then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("name", equalTo("东区待审批"))
                .body("query", equalTo("q=%E5%BB%BA%E6%8A%95&status=DRAFT"));
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(PATH + "/" + id);
        create(rep, "按名称", "sort=name").then().statusCode(201);

        assertThat(as(rep).get(PATH).jsonPath().getList("items.name", String.class))
                .containsExactly("东区待审批", "按名称");

        as(rep).contentType(MERGE_PATCH)
                .header("If-Match", "\"0\"")
                .body(Map.of("name", "东区草稿"))
                .patch(PATH + "/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("name", equalTo("东区草稿"))
                .body("query", equalTo("q=%E5%BB%BA%E6%8A%95&status=DRAFT"));
        assertThat(auditActions(id)).containsExactly("CREATE", "UPDATE");

        as(rep).delete(PATH + "/" + id).then().statusCode(204);
        assertThat(as(rep).get(PATH).jsonPath().getList("items.name", String.class))
                .containsExactly("按名称");
        assertThat(auditActions(id)).containsExactly("CREATE", "UPDATE", "DELETE");
    }

    @Test
    void shouldKeepFiltersPrivate() {
        String id = create(rep, "我的筛选", "status=DRAFT").path("id");
        TestUser other = TestUser.rep(TestUser.freshTeam());
        TestUser director = TestUser.withRole("sales-director");
        for (TestUser stranger : List.of(other, director)) {
            assertThat(as(stranger).get(PATH).jsonPath().getList("items.id")).doesNotContain(id);
            raw(stranger)
                    .contentType(MERGE_PATCH)
                    .header("If-Match", "\"0\"")
                    .body(Map.of("name", "偷改"))
                    .patch(PATH + "/" + id)
                    .then()
                    .statusCode(404);
            raw(stranger).delete(PATH + "/" + id).then().statusCode(404);
        }
        // The same name is free for another user.
        create(other, "我的筛选", "status=DRAFT").then().statusCode(201);
        as(rep).get(PATH).then().body("items[0].name", equalTo("我的筛选"));
        raw(rep).delete(PATH + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void shouldRefuseDuplicateNamesIgnoringCase() {
        create(rep, "Drafts", "status=DRAFT").then().statusCode(201);
        raw(rep).contentType(ContentType.JSON)
                .body(Map.of("name", "drafts", "query", "status=APPROVED"))
                .post(PATH)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://dossier.app/problems/duplicate-name"));
        String other = create(rep, "Approved", "status=APPROVED").path("id");
        raw(rep).contentType(MERGE_PATCH)
                .header("If-Match", "\"0\"")
                .body(Map.of("name", "DRAFTS"))
                .patch(PATH + "/" + other)
                .then()
                .statusCode(409);
    }

    @Test
    void shouldRefuseInvalidNameOrQuery() {
        raw(rep).contentType(ContentType.JSON)
                .body(Map.of("name", "   ", "query", "?q=x"))
                .post(PATH)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("query"));
        raw(rep).contentType(ContentType.JSON)
                .body(Map.of("name", "坏编码", "query", "q=%E5%ZZ"))
                .post(PATH)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("query"));
        assertThat(as(rep).get(PATH).jsonPath().getList("items")).isEmpty();
    }

    @Test
    void shouldRequireCurrentVersionToRename() {
        String id = create(rep, "版本", "sort=name").path("id");
        raw(rep).contentType(MERGE_PATCH)
                .body(Map.of("name", "无版本"))
                .patch(PATH + "/" + id)
                .then()
                .statusCode(428);
        raw(rep).contentType(MERGE_PATCH)
                .header("If-Match", "\"7\"")
                .body(Map.of("name", "旧版本"))
                .patch(PATH + "/" + id)
                .then()
                .statusCode(412);
        as(rep).get(PATH).then().body("items[0].name", equalTo("版本"));
    }

    @Test
    void shouldLimitFiltersPerUser() {
        for (int i = 0; i < SavedFilterService.MAX_PER_USER; i++) {
            create(rep, "筛选" + i, "page=" + i).then().statusCode(201);
        }
        raw(rep).contentType(ContentType.JSON)
                .body(Map.of("name", "多一个", "query", "sort=name"))
                .post(PATH)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://dossier.app/problems/too-many"));
    }

    @Test
    void shouldRefusePartners() {
        raw(TestUser.withRole("partner")).get(PATH).then().statusCode(403);
    }

    @SuppressWarnings("unchecked")
    private List<String> auditActions(String id) {
        return em.createNativeQuery(
                        "select action from audit_event where entity_type = 'SAVED_FILTER'"
                                + " and entity_id = :id order by seq")
                .setParameter("id", id)
                .getResultList();
    }
}
