package com.dossier.customer;

import static com.dossier.support.Api.as;
import static com.dossier.support.Api.createOrganisation;
import static com.dossier.support.Api.raw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.dossier.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each test searches as a fresh sales rep, so its scope holds only its own customers. */
@QuarkusTest
class CustomerSearchTest {
    private final TestUser rep = TestUser.rep(TestUser.freshTeam());

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
