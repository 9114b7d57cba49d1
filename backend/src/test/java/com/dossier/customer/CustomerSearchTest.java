package com.dossier.customer;

import static com.dossier.support.Api.as;
import static com.dossier.support.Api.createOrganisation;
import static com.dossier.support.Api.raw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.dossier.support.TestUser;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each test searches as a fresh sales rep, so its scope holds only its own customers. */
@QuarkusTest
class CustomerSearchTest {
    private final TestUser rep = TestUser.rep(TestUser.freshTeam());

    @Inject EntityManager em;
    @Inject CustomerSearchKeys searchKeys;
    @Inject AgroalDataSource dataSource;

    private List<String> names(String q) {
        return as(rep).queryParam("q", q)
                .get("/api/v1/customers")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.name", String.class);
    }

    @Test
    void shouldFindByOneAndTwoChineseCharactersOfNameOrShortName() {
        String id = createOrganisation(rep, "上海建投贸易有限公司");
        createOrganisation(rep, "北京中关村科技有限公司");
        as(rep).contentType("application/merge-patch+json; charset=UTF-8")
                .header("If-Match", "\"0\"")
                .body(Map.of("shortName", "沪投"))
                .patch("/api/v1/customers/" + id)
                .then()
                .statusCode(200);
        assertThat(names("沪")).containsExactly("上海建投贸易有限公司");
        assertThat(names("沪投")).containsExactly("上海建投贸易有限公司");
        assertThat(names("建")).containsExactly("上海建投贸易有限公司");
        assertThat(names("公司")).hasSize(2);
        assertThat(names("关村科")).containsExactly("北京中关村科技有限公司");
        assertThat(names("投沪")).isEmpty();
        assertThat(names("建贸")).isEmpty();
    }

    @Test
    void shouldFindByPinyinInitialsAndFullPinyinInAnyCase() {
        createOrganisation(rep, "上海建投贸易有限公司");
        createOrganisation(rep, "北京中关村科技有限公司");
        for (String q :
                List.of("shjt", "SHJT", "shanghai", "shanghaijiantou", "ShangHai JianTou", "jt")) {
            assertThat(names(q)).as("q=%s", q).containsExactly("上海建投贸易有限公司");
        }
        assertThat(names("bjzgc")).containsExactly("北京中关村科技有限公司");
        assertThat(names("keji")).containsExactly("北京中关村科技有限公司");
        assertThat(names("shjtbj")).isEmpty();
    }

    @Test
    void shouldFindHeteronymsByEveryReading() {
        createOrganisation(rep, "重庆长江汽车零部件有限公司");
        for (String q : List.of("chongqing", "cqcj", "changjiang", "zhongqing")) {
            assertThat(names(q)).as("q=%s", q).containsExactly("重庆长江汽车零部件有限公司");
        }
    }

    @Test
    void shouldFollowRenamesInPinyin() {
        String id = createOrganisation(rep, "杭州西湖茶业有限公司");
        as(rep).contentType("application/merge-patch+json; charset=UTF-8")
                .header("If-Match", "\"0\"")
                .body(Map.of("name", "苏州园林茶业有限公司"))
                .patch("/api/v1/customers/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"");
        assertThat(names("suzhou")).containsExactly("苏州园林茶业有限公司");
        assertThat(names("hangzhou")).isEmpty();
    }

    @Test
    void shouldComputeMissingPinyinKeysAtStart() {
        String id = createOrganisation(rep, "厦门鹭岛国际物流有限公司");
        QuarkusTransaction.requiringNew()
                .run(
                        () ->
                                em.createNativeQuery(
                                                "update customer set name_pinyin = null,"
                                                        + " name_initials = null where id = :id")
                                        .setParameter("id", UUID.fromString(id))
                                        .executeUpdate());
        assertThat(names("xiamen")).isEmpty();
        assertThat(searchKeys.backfill()).isGreaterThanOrEqualTo(1);
        assertThat(names("xiamen")).containsExactly("厦门鹭岛国际物流有限公司");
        assertThat(names("xmld")).containsExactly("厦门鹭岛国际物流有限公司");
    }

    @Test
    void shouldFindByContactNameOrPhoneOncePerCustomer() {
        String customer = createOrganisation(rep, "联系人搜索公司");
        createOrganisation(rep, "无关公司");
        contact(customer, Map.of("name", "欧阳建国", "mobile", "13912345678"));
        contact(customer, Map.of("name", "欧阳建军", "phone", "021-6543 2100"));
        for (String q : List.of("欧阳建", "欧", "建军", "13912345678", "912345", "6543 21", "0216543")) {
            assertThat(names(q)).as("q=%s", q).containsExactly("联系人搜索公司");
        }
        assertThat(names("欧阳建民")).isEmpty();
        assertThat(names("13912345679")).isEmpty();
    }

    @Test
    void shouldNeverFindCustomersOutsideScopeThroughTheirContacts() {
        String phone = "137" + (10_000_000 + (int) (Math.random() * 89_999_999));
        String customer = createOrganisation(rep, "范围外联系人公司");
        contact(customer, Map.of("name", "司马范围", "mobile", phone));
        assertThat(names(phone)).containsExactly("范围外联系人公司");
        TestUser stranger = TestUser.rep(TestUser.freshTeam());
        for (String q : List.of(phone, "司马范围", "范围外")) {
            as(stranger)
                    .queryParam("q", q)
                    .get("/api/v1/customers")
                    .then()
                    .statusCode(200)
                    .body("items", hasSize(0));
        }
    }

    @Test
    void shouldPageStablyThroughSearchResults() {
        for (int i = 0; i < 7; i++) {
            createOrganisation(rep, "翻页搜索公司" + i);
        }
        createOrganisation(rep, "不相干公司");
        for (String sort : List.of("name", "-name", "-createdAt", "archiveNo", "-updatedAt")) {
            List<String> seen = new ArrayList<>();
            String cursor = null;
            do {
                var request =
                        as(rep).queryParam("q", "翻页")
                                .queryParam("limit", 3)
                                .queryParam("sort", sort);
                if (cursor != null) {
                    request.queryParam("cursor", cursor);
                }
                JsonPath page =
                        request.get("/api/v1/customers")
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath();
                seen.addAll(page.getList("items.name"));
                cursor = page.getString("nextCursor");
            } while (cursor != null);
            assertThat(seen).as(sort).hasSize(7).doesNotHaveDuplicates();
            assertThat(seen).as(sort).allMatch(name -> name.startsWith("翻页搜索公司"));
        }
    }

    @Test
    void shouldSortNamesInPinyinOrder() {
        createOrganisation(rep, "上海排序公司");
        createOrganisation(rep, "北京排序公司");
        createOrganisation(rep, "重庆排序公司");
        createOrganisation(rep, "Alpha排序公司");
        assertThat(
                        as(rep).queryParam("sort", "name")
                                .get("/api/v1/customers")
                                .jsonPath()
                                .getList("items.name", String.class))
                .containsExactly("北京排序公司", "重庆排序公司", "上海排序公司", "Alpha排序公司");
        assertThat(
                        as(rep).queryParam("sort", "-name")
                                .get("/api/v1/customers")
                                .jsonPath()
                                .getList("items.name", String.class))
                .containsExactly("Alpha排序公司", "上海排序公司", "重庆排序公司", "北京排序公司");
    }

    @Test
    void shouldPlanEveryStatementForItsParameters() throws Exception {
        try (Connection connection = dataSource.getConnection();
                ResultSet rs = connection.createStatement().executeQuery("show plan_cache_mode")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("force_custom_plan");
        }
    }

    private void contact(String customer, Map<String, Object> body) {
        as(rep).contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/customers/" + customer + "/contacts")
                .then()
                .statusCode(201);
    }

    @Test
    void shouldFindByTwoChineseCharacters() {
        createOrganisation(rep, "上海建投贸易有限公司");
        createOrganisation(rep, "北京中关村科技有限公司");
        as(rep).queryParam("q", "建投")
                .get("/api/v1/customers")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].name", equalTo("上海建投贸易有限公司"));
        as(rep).queryParam("q", "中").get("/api/v1/customers").then().body("items", hasSize(1));
    }

    @Test
    void shouldFindByArchiveNumberAndCreditCode() {
        String id = createOrganisation(rep, "杭州西湖茶业有限公司");
        JsonPath customer = as(rep).get("/api/v1/customers/" + id).jsonPath();
        as(rep).queryParam("q", customer.getString("archiveNo"))
                .get("/api/v1/customers")
                .then()
                .body("items[0].id", equalTo(id));
        as(rep).queryParam("q", customer.getString("creditCode").toLowerCase())
                .get("/api/v1/customers")
                .then()
                .body("items[0].id", equalTo(id));
    }

    @Test
    void shouldTreatWildcardsLiterally() {
        createOrganisation(rep, "百分之百%公司");
        createOrganisation(rep, "下划线_公司");
        createOrganisation(rep, "普通公司");
        as(rep).queryParam("q", "%").get("/api/v1/customers").then().body("items", hasSize(1));
        as(rep).queryParam("q", "_").get("/api/v1/customers").then().body("items", hasSize(1));
        as(rep).queryParam("q", "\\").get("/api/v1/customers").then().body("items", hasSize(0));
    }

    @Test
    void shouldPageWithoutDuplicatesOrGaps() {
        for (int i = 0; i < 7; i++) {
            createOrganisation(rep, "分页测试公司" + i);
        }
        for (String sort : List.of("-createdAt", "name", "-archiveNo", "updatedAt")) {
            List<String> seen = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                var request = as(rep).queryParam("limit", 3).queryParam("sort", sort);
                if (cursor != null) {
                    request.queryParam("cursor", cursor);
                }
                JsonPath page =
                        request.get("/api/v1/customers")
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath();
                seen.addAll(page.getList("items.id"));
                cursor = page.getString("nextCursor");
                pages++;
            } while (cursor != null);
            assertThat(pages).isEqualTo(3);
            assertThat(seen).hasSize(7);
            assertThat(new HashSet<>(seen)).hasSize(7);
        }
    }

    @Test
    void shouldEndWithoutNextCursor() {
        createOrganisation(rep, "单页公司");
        as(rep).get("/api/v1/customers").then().body("nextCursor", nullValue());
    }

    @Test
    void shouldRefuseLimitOutOfRange() {
        for (int limit : new int[] {0, 101}) {
            raw(rep).queryParam("limit", limit)
                    .get("/api/v1/customers")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("limit"));
        }
    }

    @Test
    void shouldRefuseForgedCursor() {
        for (String cursor : new String[] {"not-a-cursor!", "bm9wZQ"}) {
            raw(rep).queryParam("cursor", cursor)
                    .get("/api/v1/customers")
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("cursor"));
        }
    }

    @Test
    void shouldRefuseCursorOfAnotherSort() {
        for (int i = 0; i < 3; i++) {
            createOrganisation(rep, "排序公司" + i);
        }
        String cursor =
                as(rep).queryParam("limit", 1)
                        .get("/api/v1/customers")
                        .jsonPath()
                        .getString("nextCursor");
        raw(rep).queryParam("cursor", cursor)
                .queryParam("sort", "name")
                .get("/api/v1/customers")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void shouldFilterByKindAndStatus() {
        createOrganisation(rep, "过滤公司");
        as(rep).queryParam("kind", "INDIVIDUAL")
                .get("/api/v1/customers")
                .then()
                .body("items", hasSize(0));
        as(rep).queryParam("kind", "ORGANIZATION")
                .queryParam("status", "DRAFT")
                .get("/api/v1/customers")
                .then()
                .body("items", hasSize(1));
    }
}
