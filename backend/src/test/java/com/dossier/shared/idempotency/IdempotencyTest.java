package com.dossier.shared.idempotency;

import static com.dossier.support.Api.as;
import static com.dossier.support.Api.createOrganisation;
import static com.dossier.support.Api.raw;
import static com.dossier.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import com.dossier.api.model.CustomerCreateDto;
import com.dossier.api.model.CustomerKindDto;
import com.dossier.api.model.PartnerTransactionCreateDto;
import com.dossier.api.model.TransactionLineCreateDto;
import com.dossier.support.CustomerFixture;
import com.dossier.support.TestUser;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotencyTest {
    private static final String CUSTOMERS = "/api/v1/customers";
    private final TestUser rep = TestUser.rep(TestUser.freshTeam());

    @Inject AgroalDataSource dataSource;
    @Inject Idempotency idempotency;
    @Inject IdempotencyPurge purge;

    private Response create(TestUser user, String key, Map<String, ?> body) {
        return as(user).contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post(CUSTOMERS);
    }

    private int countNamed(TestUser user, String name) {
        return as(user).queryParam("q", name)
                .get(CUSTOMERS)
                .then()
                .statusCode(200)
                .extract()
                .path("items.size()");
    }

    @Test
    void shouldReplayTheFirstResponseForTheSameKeyAndBody() {
        String key = UUID.randomUUID().toString();
        String name = unique("幂等");
        Map<String, String> body = Map.of("kind", "INDIVIDUAL", "name", name);

        Response first = create(rep, key, body);
        Response again = create(rep, key, body);

        first.then().statusCode(201);
        again.then().statusCode(201);
        assertThat(again.path("id").toString()).isEqualTo(first.path("id").toString());
        assertThat(again.path("archiveNo").toString())
                .isEqualTo(first.path("archiveNo").toString());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(countNamed(rep, name)).isEqualTo(1);
    }

    @Test
    void shouldReplayForPartnersAndKeepKeysPerAccount() {
        TestUser partner = TestUser.withRole("partner");
        TestUser otherPartnerAccount = TestUser.withRole("partner");
        String key = UUID.randomUUID().toString();
        Map<String, String> body = Map.of("kind", "INDIVIDUAL", "name", unique("伙伴"));

        String first = create(partner, key, body).then().statusCode(201).extract().path("id");
        String again = create(partner, key, body).then().statusCode(201).extract().path("id");

        assertThat(again).isEqualTo(first);
        // Keys are per client and account; a real partner client has one service account, so
        // all its tokens share its keys. Test tokens each carry their own subject.
        String other =
                create(otherPartnerAccount, key, body).then().statusCode(201).extract().path("id");
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void shouldRefuseTheSameKeyWithAnotherBody() {
        String key = UUID.randomUUID().toString();
        create(rep, key, Map.of("kind", "INDIVIDUAL", "name", unique("甲"))).then().statusCode(201);

        create(rep, key, Map.of("kind", "INDIVIDUAL", "name", unique("乙")))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://dossier.app/problems/idempotency-key-reused"));
    }

    @Test
    void shouldRefuseADuplicateWhileTheFirstIsInFlight() throws Exception {
        String key = UUID.randomUUID().toString();
        String name = unique("进行中");
        String hash =
                idempotency.hash(
                        "POST",
                        CUSTOMERS,
                        new CustomerCreateDto().kind(CustomerKindDto.INDIVIDUAL).name(name));
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps =
                        c.prepareStatement(
                                "INSERT INTO idempotency_record (client_id, subject,"
                                        + " idempotency_key, request_hash, in_flight, created_at)"
                                        + " VALUES ('dossier-web', ?, ?, ?, true, now())")) {
            ps.setString(1, rep.subject());
            ps.setString(2, key);
            ps.setString(3, hash);
            ps.executeUpdate();
        }

        create(rep, key, Map.of("kind", "INDIVIDUAL", "name", name))
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://dossier.app/problems/idempotency-in-flight"));
        assertThat(countNamed(rep, name)).isZero();
    }

    @Test
    void shouldRefuseADuplicatePartnerTransactionWhileTheFirstIsInFlight() throws Exception {
        TestUser partner = TestUser.withRole("partner");
        String customer = createOrganisation(rep, unique("交易进行中"));
        String product = CustomerFixture.product();
        String key = UUID.randomUUID().toString();
        String hash =
                idempotency.hash(
                        "POST",
                        "/api/v1/transactions",
                        new PartnerTransactionCreateDto()
                                .customerId(UUID.fromString(customer))
                                .number("IF-1")
                                .transactionDate(LocalDate.parse("2026-01-05"))
                                .lineItems(
                                        List.of(
                                                new TransactionLineCreateDto()
                                                        .productId(UUID.fromString(product))
                                                        .quantity("1")
                                                        .unitPrice("8.00"))));
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps =
                        c.prepareStatement(
                                "INSERT INTO idempotency_record (client_id, subject,"
                                        + " idempotency_key, request_hash, in_flight, created_at)"
                                        + " VALUES ('dossier-partner-demo', ?, ?, ?, true, now())")) {
            ps.setString(1, partner.subject());
            ps.setString(2, key);
            ps.setString(3, hash);
            ps.executeUpdate();
        }

        raw(partner)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(
                        Map.of(
                                "customerId",
                                customer,
                                "number",
                                "IF-1",
                                "transactionDate",
                                "2026-01-05",
                                "lineItems",
                                List.of(
                                        Map.of(
                                                "productId",
                                                product,
                                                "quantity",
                                                "1",
                                                "unitPrice",
                                                "8.00"))))
                .post("/api/v1/transactions")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://dossier.app/problems/idempotency-in-flight"));
        as(rep).get("/api/v1/customers/" + customer + "/transactions")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void shouldCreateOnceUnderConcurrentDuplicates() throws Exception {
        String key = UUID.randomUUID().toString();
        String name = unique("并发");
        Map<String, String> body = Map.of("kind", "INDIVIDUAL", "name", name);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(
                        () ->
                                raw(rep).contentType(ContentType.JSON)
                                        .header("Idempotency-Key", key)
                                        .body(body)
                                        .post(CUSTOMERS)
                                        .statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            // Each duplicate is either replayed (201) or refused while the first runs (409).
            assertThat(statuses).isSubsetOf(201, 409).contains(201);
        } finally {
            pool.shutdownNow();
        }
        assertThat(countNamed(rep, name)).isEqualTo(1);
    }

    @Test
    void shouldReleaseTheKeyOfARefusedRequest() {
        String key = UUID.randomUUID().toString();
        raw(rep).contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(Map.of("kind", "INDIVIDUAL"))
                .post(CUSTOMERS)
                .then()
                .statusCode(400);

        create(rep, key, Map.of("kind", "INDIVIDUAL", "name", unique("重试"))).then().statusCode(201);
    }

    @Test
    void shouldKeepKeysApartPerUser() {
        TestUser other = TestUser.rep(TestUser.freshTeam());
        String key = UUID.randomUUID().toString();
        String name = unique("各自");
        Map<String, String> body = Map.of("kind", "INDIVIDUAL", "name", name);

        String mine = create(rep, key, body).then().statusCode(201).extract().path("id");
        String theirs = create(other, key, body).then().statusCode(201).extract().path("id");

        assertThat(theirs).isNotEqualTo(mine);
    }

    @Test
    void shouldRefuseKeysOutOfBoundsNamingTheHeader() {
        Map<String, String> body = Map.of("kind", "INDIVIDUAL", "name", unique("键"));
        raw(rep).contentType(ContentType.JSON)
                .header("Idempotency-Key", "k".repeat(256))
                .body(body)
                .post(CUSTOMERS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("Idempotency-Key"));
        raw(rep).contentType(ContentType.JSON)
                .header("Idempotency-Key", "")
                .body(body)
                .post(CUSTOMERS)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("Idempotency-Key"));
    }

    @Test
    void shouldReplayContactCreation() {
        String customer = createOrganisation(rep, unique("联系人客户"));
        String path = CUSTOMERS + "/" + customer + "/contacts";
        String key = UUID.randomUUID().toString();
        Map<String, String> body = Map.of("name", "王建国");

        Response first =
                as(rep).contentType(ContentType.JSON)
                        .header("Idempotency-Key", key)
                        .body(body)
                        .post(path);
        Response again =
                as(rep).contentType(ContentType.JSON)
                        .header("Idempotency-Key", key)
                        .body(body)
                        .post(path);

        first.then().statusCode(201);
        again.then().statusCode(201);
        assertThat(again.path("id").toString()).isEqualTo(first.path("id").toString());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        as(rep).get(path).then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void shouldForgetExpiredKeys() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, String> body = Map.of("kind", "INDIVIDUAL", "name", unique("过期"));
        String first = create(rep, key, body).then().statusCode(201).extract().path("id");
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps =
                        c.prepareStatement(
                                "UPDATE idempotency_record SET created_at = now() - interval '25"
                                        + " hours' WHERE subject = ? AND idempotency_key = ?")) {
            ps.setString(1, rep.subject());
            ps.setString(2, key);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }

        String again = create(rep, key, body).then().statusCode(201).extract().path("id");

        assertThat(again).isNotEqualTo(first);
    }

    @Test
    void shouldPurgeOnlyExpiredKeysOnSchedule() throws Exception {
        String expired = UUID.randomUUID().toString();
        String fresh = UUID.randomUUID().toString();
        create(rep, expired, Map.of("kind", "INDIVIDUAL", "name", unique("清理")))
                .then()
                .statusCode(201);
        create(rep, fresh, Map.of("kind", "INDIVIDUAL", "name", unique("保留")))
                .then()
                .statusCode(201);
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps =
                        c.prepareStatement(
                                "UPDATE idempotency_record SET created_at = now() - interval '25"
                                        + " hours' WHERE subject = ? AND idempotency_key = ?")) {
            ps.setString(1, rep.subject());
            ps.setString(2, expired);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }

        purge.purge();

        assertThat(countKeys(expired)).isZero();
        assertThat(countKeys(fresh)).isEqualTo(1);
    }

    private int countKeys(String key) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps =
                        c.prepareStatement(
                                "SELECT count(*) FROM idempotency_record WHERE subject = ? AND"
                                        + " idempotency_key = ?")) {
            ps.setString(1, rep.subject());
            ps.setString(2, key);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
