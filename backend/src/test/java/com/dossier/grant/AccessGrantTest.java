package com.dossier.grant;

import static com.dossier.support.Api.as;
import static com.dossier.support.Api.createOrganisation;
import static com.dossier.support.Api.raw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.dossier.shared.security.Roles;
import com.dossier.support.TestUser;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccessGrantTest {
    private static final String REASON = "客户来电投诉，需要核对合同联系人信息。";
    private static final Map<String, String> REVOKE = Map.of("reason", "核对工作已完成。");

    private final TestUser owner = TestUser.rep(TestUser.freshTeam());
    private final TestUser requester = TestUser.rep(TestUser.freshTeam());
    private final TestUser gm = TestUser.withRole(Roles.GENERAL_MANAGER);
    private final TestUser auditor = TestUser.withRole(Roles.AUDITOR);

    @Inject AgroalDataSource dataSource;

    @Test
    void shouldLetTheGranteeReadUntilRevokedAndLogTheGrant() {
        String customer = createOrganisation(owner, "授权查阅客户");
        as(owner)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "李四"))
                .post("/api/v1/customers/" + customer + "/contacts")
                .then()
                .statusCode(201);
        raw(requester).get("/api/v1/customers/" + customer).then().statusCode(404);

        String grant = request(requester, Map.of("customerId", customer));
        raw(requester).get("/api/v1/customers/" + customer).then().statusCode(404);
        as(gm).post("/api/v1/access-grants/" + grant + "/approve")
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("decidedBy", equalTo(gm.subject()));

        as(requester).get("/api/v1/customers/" + customer).then().statusCode(200);
        as(requester).get("/api/v1/customers/" + customer + "/contacts").then().statusCode(200);
        as(requester)
                .get("/api/v1/customers")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(customer)));

        JsonPath log =
                as(auditor)
                        .queryParam("customerId", customer)
                        .queryParam("userId", requester.subject())
                        .get("/api/v1/access-log")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertThat(log.getList("items.view", String.class))
                .containsExactlyInAnyOrder("getCustomer", "listContacts");
        assertThat(log.getList("items.grantId", String.class)).containsOnly(grant);
        assertThat(log.getList("items.reason", String.class)).containsOnly(REASON);
        as(owner).get("/api/v1/customers/" + customer).then().statusCode(200);
        JsonPath ownerLog =
                as(auditor)
                        .queryParam("customerId", customer)
                        .queryParam("userId", owner.subject())
                        .get("/api/v1/access-log")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertThat(ownerLog.getList("items.view", String.class)).containsExactly("getCustomer");
        assertThat(ownerLog.getList("items.grantId")).containsOnlyNulls();

        as(requester)
                .contentType(ContentType.JSON)
                .body(REVOKE)
                .post("/api/v1/access-grants/" + grant + "/revoke")
                .then()
                .statusCode(200)
                .body("status", equalTo("REVOKED"))
                .body("revokedBy", equalTo(requester.subject()))
                .body("revocationReason", equalTo("核对工作已完成。"));
        raw(requester).get("/api/v1/customers/" + customer).then().statusCode(404);
        raw(requester).get("/api/v1/customers/" + customer + "/contacts").then().statusCode(404);
        raw(requester)
                .contentType(ContentType.JSON)
                .body(REVOKE)
                .post("/api/v1/access-grants/" + grant + "/revoke")
                .then()
                .statusCode(409);

        List<String> actions =
                as(auditor)
                        .queryParam("entityType", "ACCESS_GRANT")
                        .queryParam("entityId", grant)
                        .get("/api/v1/audit-events")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items.action", String.class);
        assertThat(actions).contains("REQUEST", "APPROVE", "REVOKE");
    }

    @Test
    void shouldRefuseWritesThroughAGrant() {
        String customer = createOrganisation(owner, "授权只读客户");
        String contact =
                as(owner)
                        .contentType(ContentType.JSON)
                        .body(Map.of("name", "张三"))
                        .post("/api/v1/customers/" + customer + "/contacts")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        approve(request(requester, Map.of("customerId", customer)));
        String etag =
                as(requester)
                        .get("/api/v1/customers/" + customer)
                        .then()
                        .statusCode(200)
                        .extract()
                        .header("ETag");
        String base = "/api/v1/customers/" + customer;
        raw(requester)
                .contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body("{\"notes\":\"x\"}")
                .patch(base)
                .then()
                .statusCode(404);
        raw(requester)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "新联系人"))
                .post(base + "/contacts")
                .then()
                .statusCode(404);
        raw(requester)
                .contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body("{\"title\":\"x\"}")
                .patch(base + "/contacts/" + contact)
                .then()
                .statusCode(404);
        raw(requester)
                .header("If-Match", "\"0\"")
                .delete(base + "/contacts/" + contact)
                .then()
                .statusCode(404);
        raw(requester)
                .contentType(ContentType.JSON)
                .body(Map.of("userId", gm.subject()))
                .post(base + "/shares")
                .then()
                .statusCode(404);
    }

    @Test
    void shouldGiveNothingWhilePendingRejectedOrExpired() throws Exception {
        String customer = createOrganisation(owner, "授权过期客户");
        String archiveNo =
                as(owner).get("/api/v1/customers/" + customer).then().extract().path("archiveNo");
        String pending = request(requester, Map.of("archiveNo", archiveNo));
        as(requester)
                .get("/api/v1/access-grants/" + pending)
                .then()
                .statusCode(200)
                .body("customerId", equalTo(customer))
                .body("status", equalTo("PENDING"));
        raw(requester).get("/api/v1/customers/" + customer).then().statusCode(404);

        as(gm).contentType(ContentType.JSON)
                .body(Map.of("reason", "请联系客户负责人。"))
                .post("/api/v1/access-grants/" + pending + "/reject")
                .then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"));
        raw(requester).get("/api/v1/customers/" + customer).then().statusCode(404);
        raw(gm).post("/api/v1/access-grants/" + pending + "/approve").then().statusCode(409);

        String grant = request(requester, Map.of("customerId", customer));
        approve(grant);
        as(requester).get("/api/v1/customers/" + customer).then().statusCode(200);
        // Expiry is checked against the database clock: move validity into the past.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement sql =
                        connection.prepareStatement(
                                "update access_grant set valid_from = now() - interval '2 hours',"
                                        + " valid_until = now() - interval '1 hour'"
                                        + " where id = ?::uuid")) {
            sql.setString(1, grant);
            assertThat(sql.executeUpdate()).isEqualTo(1);
        }
        raw(requester).get("/api/v1/customers/" + customer).then().statusCode(404);
        as(requester)
                .get("/api/v1/access-grants/" + grant)
                .then()
                .statusCode(200)
                .body("status", equalTo("EXPIRED"));
        as(requester)
                .queryParam("status", "EXPIRED")
                .get("/api/v1/access-grants")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(grant));
        raw(requester)
                .contentType(ContentType.JSON)
                .body(REVOKE)
                .post("/api/v1/access-grants/" + grant + "/revoke")
                .then()
                .statusCode(409);
    }

    @Test
    void shouldValidateTheRequestAndHideOthersGrants() {
        String customer = createOrganisation(owner, "授权校验客户");
        for (String reason : List.of("", "太短了", "aaaaaaaaaaaa", "1234567890 1234")) {
            raw(requester)
                    .contentType(ContentType.JSON)
                    .body(Map.of("customerId", customer, "reason", reason, "durationHours", 24))
                    .post("/api/v1/access-grants")
                    .then()
                    .statusCode(400)
                    .body("errors.field", hasItem("reason"));
        }
        raw(requester)
                .contentType(ContentType.JSON)
                .body(Map.of("customerId", customer, "reason", REASON, "durationHours", 721))
                .post("/api/v1/access-grants")
                .then()
                .statusCode(400);
        raw(requester)
                .contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "customerId",
                                "6f1c1c9e-5a43-4a53-9d59-2f3c1b0e7a11",
                                "reason",
                                REASON,
                                "durationHours",
                                24))
                .post("/api/v1/access-grants")
                .then()
                .statusCode(404);

        String grant = request(requester, Map.of("customerId", customer));
        TestUser stranger = TestUser.rep(TestUser.freshTeam());
        raw(stranger).get("/api/v1/access-grants/" + grant).then().statusCode(404);
        raw(stranger)
                .contentType(ContentType.JSON)
                .body(REVOKE)
                .post("/api/v1/access-grants/" + grant + "/revoke")
                .then()
                .statusCode(404);
        raw(requester).post("/api/v1/access-grants/" + grant + "/approve").then().statusCode(403);
        raw(TestUser.withRole(Roles.PARTNER)).get("/api/v1/access-grants").then().statusCode(403);
        as(gm).queryParam("status", "PENDING")
                .get("/api/v1/access-grants")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(grant));
        as(stranger)
                .get("/api/v1/access-grants")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(grant)));
    }

    @Test
    void shouldRefuseSelfApprovalAndArchivingThroughAGrant() {
        String customer = createOrganisation(owner, "授权归档客户");
        String own = request(gm, Map.of("customerId", customer));
        raw(gm).post("/api/v1/access-grants/" + own + "/approve").then().statusCode(403);

        TestUser supervisor = TestUser.supervisor(TestUser.freshTeam());
        approve(request(supervisor, Map.of("customerId", customer)));
        String etag =
                as(supervisor)
                        .get("/api/v1/customers/" + customer)
                        .then()
                        .statusCode(200)
                        .extract()
                        .header("ETag");
        raw(supervisor)
                .header("If-Match", etag)
                .post("/api/v1/customers/" + customer + "/archive")
                .then()
                .statusCode(404);
        raw(supervisor).get("/api/v1/customers/" + customer + "/shares").then().statusCode(404);
        as(owner)
                .get("/api/v1/customers/" + customer)
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"));
    }

    @Test
    void shouldRefuseADuplicateRequestWhilePendingOrValidAndNeedARevocationReason() {
        String customer = createOrganisation(owner, "重复申请客户");
        String grant = request(requester, Map.of("customerId", customer));
        raw(requester)
                .contentType(ContentType.JSON)
                .body(Map.of("customerId", customer, "reason", REASON, "durationHours", 24))
                .post("/api/v1/access-grants")
                .then()
                .statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith("/duplicate-request"))
                .body("detail", org.hamcrest.Matchers.containsString(grant));
        approve(grant);
        raw(requester)
                .contentType(ContentType.JSON)
                .body(Map.of("customerId", customer, "reason", REASON, "durationHours", 24))
                .post("/api/v1/access-grants")
                .then()
                .statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("valid grant"));

        for (Object body : List.of(Map.of(), Map.of("reason", "  "))) {
            raw(requester)
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post("/api/v1/access-grants/" + grant + "/revoke")
                    .then()
                    .statusCode(400)
                    .body("errors.field", hasItem("reason"));
        }
        as(requester).get("/api/v1/customers/" + customer).then().statusCode(200);
        as(requester)
                .contentType(ContentType.JSON)
                .body(REVOKE)
                .post("/api/v1/access-grants/" + grant + "/revoke")
                .then()
                .statusCode(200);
        // Once the grant has ended, asking again is allowed.
        request(requester, Map.of("customerId", customer));
        assertThat(
                        as(auditor)
                                .queryParam("entityType", "ACCESS_GRANT")
                                .queryParam("entityId", grant)
                                .get("/api/v1/audit-events")
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath()
                                .getList("items.changes.flatten().field", String.class))
                .contains("revocationReason");
    }

    private String request(TestUser user, Map<String, Object> customer) {
        Map<String, Object> body = new java.util.HashMap<>(customer);
        body.put("reason", REASON);
        body.put("durationHours", 24);
        return as(user).contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/access-grants")
                .then()
                .statusCode(201)
                .body("status", equalTo("PENDING"))
                .extract()
                .path("id");
    }

    private void approve(String grant) {
        as(gm).post("/api/v1/access-grants/" + grant + "/approve").then().statusCode(200);
    }
}
