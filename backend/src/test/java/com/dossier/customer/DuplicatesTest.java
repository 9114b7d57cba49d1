package com.dossier.customer;

import static com.dossier.support.Api.as;
import static com.dossier.support.Api.freshCreditCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.dossier.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** The duplicate check of new archives: each criterion, the caller's scope, and create. */
@QuarkusTest
class DuplicatesTest {
    private final String team = TestUser.freshTeam();
    private final TestUser rep = TestUser.rep(team);
    private final TestUser outsider = TestUser.rep(TestUser.freshTeam());

    /** A made-up company name no other test uses (random Chinese characters). */
    private static String freshName() {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            name.append((char) ThreadLocalRandom.current().nextInt(0x4E00, 0x9FA5));
        }
        return name.append("精密机械制造有限公司").toString();
    }

    @Test
    void shouldReportTheSameCreditCodeEvenOutOfScopeByArchiveNumberOnly() {
        String code = freshCreditCode();
        JsonPath existing =
                create(
                        outsider,
                        Map.of("kind", "ORGANIZATION", "name", freshName(), "creditCode", code));
        JsonPath found = duplicates(rep, "creditCode=" + code.toLowerCase());
        assertThat(found.getList("items")).hasSize(1);
        assertThat(found.getString("items[0].archiveNo"))
                .isEqualTo(existing.getString("archiveNo"));
        assertThat(found.getString("items[0].reason")).isEqualTo("CREDIT_CODE");
        assertThat(found.getString("items[0].id")).isNull();
        assertThat(found.getString("items[0].name")).isNull();
        // The owner sees its own archive in full.
        JsonPath own = duplicates(outsider, "creditCode=" + code);
        assertThat(own.getString("items[0].id")).isEqualTo(existing.getString("id"));

        // Creating a second archive with it is refused, naming the existing archive.
        as(rep).contentType(ContentType.JSON)
                .body(Map.of("kind", "ORGANIZATION", "name", freshName(), "creditCode", code))
                .post("/api/v1/customers")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://dossier.app/problems/duplicate-credit-code"))
                .body("detail", containsString(existing.getString("archiveNo")));
    }

    @Test
    void shouldFindSimilarNamesPhonesAndEmailsOnlyInScope() {
        String name = freshName();
        String phone = "139" + (10000000 + ThreadLocalRandom.current().nextInt(89999999));
        String email = "dup" + ThreadLocalRandom.current().nextInt(1_000_000) + "@example.cn";
        JsonPath mine =
                create(rep, Map.of("kind", "ORGANIZATION", "name", name, "phone", "021-58880000"));
        JsonPath byPhone = create(rep, Map.of("kind", "INDIVIDUAL", "name", freshName()));
        as(rep).contentType(ContentType.JSON)
                .body(Map.of("name", "李经理", "mobile", phone))
                .post("/api/v1/customers/" + byPhone.getString("id") + "/contacts")
                .then()
                .statusCode(201);
        JsonPath byEmail =
                create(rep, Map.of("kind", "INDIVIDUAL", "name", freshName(), "email", email));
        create(outsider, Map.of("kind", "ORGANIZATION", "name", name, "email", email));

        JsonPath similar = duplicates(rep, "name=" + name.substring(0, name.length() - 2));
        assertThat(similar.getList("items.id")).containsExactly(mine.getString("id"));
        assertThat(similar.getString("items[0].reason")).isEqualTo("NAME");
        assertThat(similar.getDouble("items[0].similarity")).isGreaterThan(0.45);
        assertThat(duplicates(rep, "kind=INDIVIDUAL&name=" + name).getList("items")).isEmpty();
        assertThat(duplicates(rep, "name=" + freshName()).getList("items")).isEmpty();

        JsonPath samePhone = duplicates(rep, "phone=" + phone);
        assertThat(samePhone.getList("items.id")).containsExactly(byPhone.getString("id"));
        assertThat(samePhone.getString("items[0].reason")).isEqualTo("PHONE");
        assertThat(duplicates(rep, "email=" + email.toUpperCase()).getList("items.id"))
                .containsExactly(byEmail.getString("id"));
        // The outsider's archive with the same name and email is not named to this rep.
        assertThat(duplicates(outsider, "email=" + email).getList("items.reason"))
                .containsExactly("EMAIL");
        assertThat(duplicates(outsider, "email=" + email).getList("items.id"))
                .doesNotContain(byEmail.getString("id"));
    }

    @Test
    void shouldWarnOfLikelyDuplicatesWhenCreating() {
        String name = freshName();
        JsonPath first = create(rep, Map.of("kind", "ORGANIZATION", "name", name));
        assertThat(first.getList("duplicates")).isEmpty();
        JsonPath second = create(rep, Map.of("kind", "ORGANIZATION", "name", name));
        List<Map<String, Object>> warned = second.getList("duplicates");
        assertThat(warned).hasSize(1);
        assertThat(warned.get(0))
                .containsEntry("id", first.getString("id"))
                .containsEntry("archiveNo", first.getString("archiveNo"))
                .containsEntry("reason", "NAME");
        // Only the answer to create carries it.
        as(rep).get("/api/v1/customers/" + second.getString("id"))
                .then()
                .body("duplicates", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void shouldLeaveOutArchivesMergedIntoAnother() {
        String name = freshName();
        JsonPath target = create(rep, Map.of("kind", "ORGANIZATION", "name", name));
        JsonPath source = create(rep, Map.of("kind", "ORGANIZATION", "name", name));
        String etag =
                as(rep).get("/api/v1/customers/" + target.getString("id"))
                        .then()
                        .extract()
                        .header("ETag");
        as(TestUser.supervisor(team))
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(Map.of("sourceId", source.getString("id"), "reason", "重复建档"))
                .post("/api/v1/customers/" + target.getString("id") + "/merge")
                .then()
                .statusCode(200);
        assertThat(duplicates(rep, "name=" + name).getList("items.id"))
                .containsExactly(target.getString("id"));
    }

    private static JsonPath create(TestUser owner, Map<String, Object> body) {
        return as(owner)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/customers")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    private static JsonPath duplicates(TestUser caller, String query) {
        return as(caller)
                .get("/api/v1/customers/duplicates?" + query)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
