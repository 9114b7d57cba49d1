package com.dossier.transaction;

import static com.dossier.support.Api.as;
import static com.dossier.support.Api.createOrganisation;
import static com.dossier.support.Api.raw;
import static com.dossier.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.dossier.support.TestUser;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TransactionResourceTest {
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private final String team = TestUser.freshTeam();
    private final TestUser rep = TestUser.rep(team);
    private final TestUser admin = TestUser.withRole("admin");
    private final TestUser partner = TestUser.withRole("partner");

    @Inject AgroalDataSource dataSource;

    @Test
    void shouldCreateWithLineItemsComputingTheTotalInCnyByDefault() throws SQLException {
        String customer = createOrganisation(rep, unique("交易客户"));
        String steel = product("热轧钢板", "吨");
        String bolt = product("高强螺栓", "件");
        Map<String, Object> body =
                transaction(
                        "XS-0001",
                        TODAY.minusDays(2),
                        line(steel, "2.5", "1280.00"),
                        line(bolt, "3", "19.99"));
        body.put("paymentTerms", "NET_30");

        Response created = as(rep).contentType(ContentType.JSON).body(body).post(path(customer));

        created.then()
                .statusCode(201)
                .body("currency", equalTo("CNY"))
                .body("totalAmount", equalTo("3259.97"))
                .body("paidAmount", equalTo("0.00"))
                .body("outstandingAmount", equalTo("3259.97"))
                .body("overdueAmount", equalTo("0.00"))
                .body("overdue", equalTo(false))
                .body("status", equalTo("OPEN"))
                .body("dueDate", equalTo(TODAY.minusDays(2).plusDays(30).toString()))
                .body("lineItems.amount", contains("3200.00", "59.97"))
                .body("lineItems.quantity", contains("2.5", "3"))
                .body("lineItems[0].unit", equalTo("吨"))
                .body("lineItems.lineNo", contains(1, 2));
        String id = created.path("id");
        assertThat(created.header("Location"))
                .endsWith("/api/v1/customers/" + customer + "/transactions/" + id);
        as(rep).get(path(customer) + "/" + id)
                .then()
                .statusCode(200)
                .body("number", equalTo("XS-0001"))
                .body("lineItems[1].productName", equalTo("高强螺栓"));
        assertThat(
                        queryString(
                                "select string_agg(action, ',') from audit_event"
                                        + " where entity_type = 'TRANSACTION' and entity_id = ?::text",
                                id))
                .isEqualTo("CREATE");
    }

    @Test
    void shouldAcceptAmountsAndTotalsThatAddUp() {
        String customer = createOrganisation(rep, unique("核对金额"));
        Map<String, Object> line = line(product("核对产品", "套"), "3", "0.35");
        line.put("amount", "1.05");
        Map<String, Object> body = transaction("HD-1", TODAY, line);
        body.put("totalAmount", "1.05");
        body.put("currency", "USD");
        as(rep).contentType(ContentType.JSON)
                .body(body)
                .post(path(customer))
                .then()
                .statusCode(201)
                .body("totalAmount", equalTo("1.05"))
                .body("currency", equalTo("USD"))
                .body("dueDate", equalTo(TODAY.toString()))
                .body("paymentTerms", nullValue());
    }

    @Test
    void shouldRefuseInvalidInputNamingTheFieldAndWriteNothing() throws SQLException {
        String customer = createOrganisation(rep, unique("校验客户"));
        String active = product("在售产品", "件");
        String withdrawn = product("停售产品", "件");
        deactivate(withdrawn);

        assertRefused(
                customer,
                body -> lines(body, line(active, "1", "-5.00")),
                "lineItems[0].unitPrice");
        assertRefused(
                customer, body -> lines(body, line(active, "-1", "5.00")), "lineItems[0].quantity");
        assertRefused(
                customer,
                body -> lines(body, line(active, "0", "5.00")),
                "lineItems[0].quantity",
                "quantity.positive");
        assertRefused(
                customer,
                body -> lines(body, line(active, "1", "5.001")),
                "lineItems[0].unitPrice");
        assertRefused(
                customer,
                body -> lines(body, line(UUID.randomUUID().toString(), "1", "5")),
                "lineItems[0].productId",
                "productId.unknown");
        assertRefused(
                customer,
                body -> lines(body, line(active, "1", "5"), line(withdrawn, "1", "5")),
                "lineItems[1].productId",
                "productId.inactive");
        assertRefused(customer, body -> body.put("lineItems", List.of()), "lineItems");
        assertRefused(
                customer, body -> body.put("currency", "XYZ"), "currency", "currency.unknown");
        assertRefused(customer, body -> body.put("currency", "cny"), "currency");
        assertRefused(
                customer, body -> body.put("currency", "KWD"), "currency", "currency.unsupported");
        assertRefused(
                customer,
                body -> {
                    body.put("currency", "JPY");
                    lines(body, line(active, "1", "100.50"));
                },
                "lineItems[0].unitPrice",
                "unitPrice.scale");
        assertRefused(
                customer, body -> body.put("transactionDate", "2026-13-01"), "transactionDate");
        assertRefused(
                customer, body -> body.put("transactionDate", "20/11/2026"), "transactionDate");
        assertRefused(
                customer,
                body -> body.put("dueDate", TODAY.minusDays(30).toString()),
                "dueDate",
                "dueDate.beforeTransactionDate");
        assertRefused(
                customer,
                body -> body.put("totalAmount", "1.00"),
                "totalAmount",
                "totalAmount.mismatch");
        assertRefused(
                customer,
                body -> {
                    Map<String, Object> l = line(active, "2", "5");
                    l.put("amount", "11.00");
                    lines(body, l);
                },
                "lineItems[0].amount",
                "amount.mismatch");
        assertRefused(customer, body -> body.put("number", "  "), "number", "number.required");
        assertRefused(
                customer,
                body -> body.put("payments", List.of(payment(TODAY, "-1"))),
                "payments[0].amount");
        assertRefused(
                customer,
                body -> body.put("payments", List.of(payment(TODAY.plusDays(2), "1"))),
                "payments[0].paymentDate",
                "paymentDate.future");
        assertRefused(
                customer,
                body -> body.put("payments", List.of(payment(TODAY, "6"), payment(TODAY, "5"))),
                "payments[1].amount",
                "amount.overpayment");
        assertRefused(customer, body -> body.put("id", UUID.randomUUID().toString()), "id");

        assertThat(transactionsOf(customer)).isZero();
    }

    @Test
    void shouldRefuseASecondTransactionWithTheSameNumber() throws SQLException {
        String customer = createOrganisation(rep, unique("重号客户"));
        String product = product("重号产品", "件");
        create(customer, transaction("DUP-1", TODAY, line(product, "1", "10")))
                .then()
                .statusCode(201);

        as(rep).contentType(ContentType.JSON)
                .body(transaction("DUP-1", TODAY, line(product, "2", "10")))
                .post(path(customer))
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://dossier.app/problems/transaction-number-taken"));
        assertThat(transactionsOf(customer)).isEqualTo(1);
        // The number is unique per customer, not across customers.
        String other = createOrganisation(rep, unique("另一客户"));
        create(other, transaction("DUP-1", TODAY, line(product, "1", "10"))).then().statusCode(201);
    }

    @Test
    void shouldComputeOutstandingAndOverdueAsPaymentsArrive() {
        String customer = createOrganisation(rep, unique("回款客户"));
        String product = product("回款产品", "件");
        Map<String, Object> body =
                transaction("AR-1", TODAY.minusDays(60), line(product, "10", "100.00"));
        body.put("paymentTerms", "NET_30");
        body.put("payments", List.of(payment(TODAY.minusDays(59), "100")));
        String id =
                create(customer, body)
                        .then()
                        .statusCode(201)
                        .body("paidAmount", equalTo("100.00"))
                        .body("outstandingAmount", equalTo("900.00"))
                        .body("overdueAmount", equalTo("900.00"))
                        .body("overdue", equalTo(true))
                        .body("dueDate", equalTo(TODAY.minusDays(30).toString()))
                        .extract()
                        .path("id");
        // One not yet due, for the summary.
        Map<String, Object> current = transaction("AR-2", TODAY, line(product, "1", "50.5"));
        current.put("paymentTerms", "NET_60");
        create(customer, current).then().statusCode(201).body("overdue", equalTo(false));

        Map<String, Object> partial = payment(TODAY, "400");
        partial.put("method", "BANK_TRANSFER");
        partial.put("reference", "回单 0042");
        pay(customer, id, partial)
                .then()
                .statusCode(201)
                .body("paidAmount", equalTo("500.00"))
                .body("overdueAmount", equalTo("500.00"))
                .body("payments", hasSize(2))
                .body("payments[1].method", equalTo("BANK_TRANSFER"))
                .body("payments[1].recordedBy", equalTo("rep"));

        as(rep).get("/api/v1/customers/" + customer + "/transaction-summary")
                .then()
                .statusCode(200)
                .body("asOf", equalTo(TODAY.toString()))
                .body("currencies", hasSize(1))
                .body("currencies[0].currency", equalTo("CNY"))
                .body("currencies[0].count", equalTo(2))
                .body("currencies[0].totalAmount", equalTo("1050.50"))
                .body("currencies[0].paidAmount", equalTo("500.00"))
                .body("currencies[0].outstandingAmount", equalTo("550.50"))
                .body("currencies[0].overdueAmount", equalTo("500.00"))
                .body("currencies[0].overdueCount", equalTo(1))
                .body("currencies[0].firstTransactionDate", equalTo(TODAY.minusDays(60).toString()))
                .body("currencies[0].lastTransactionDate", equalTo(TODAY.toString()));
        as(rep).get(path(customer) + "?overdue=true")
                .then()
                .statusCode(200)
                .body("items.number", contains("AR-1"));

        raw(rep).contentType(ContentType.JSON)
                .body(payment(TODAY, "500.01"))
                .post(path(customer) + "/" + id + "/payments")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("amount"))
                .body("errors[0].code", equalTo("amount.overpayment"));
        raw(rep).contentType(ContentType.JSON)
                .body(payment(TODAY, "0"))
                .post(path(customer) + "/" + id + "/payments")
                .then()
                .statusCode(400)
                .body("errors[0].code", equalTo("amount.positive"));

        pay(customer, id, payment(TODAY, "500"))
                .then()
                .statusCode(201)
                .body("status", equalTo("PAID"))
                .body("outstandingAmount", equalTo("0.00"))
                .body("overdueAmount", equalTo("0.00"))
                .body("overdue", equalTo(false));
    }

    @Test
    void shouldVoidWithAReasonAndLeaveTheTotals() throws SQLException {
        String customer = createOrganisation(rep, unique("作废客户"));
        String product = product("作废产品", "件");
        String id =
                create(customer, transaction("VD-1", TODAY, line(product, "1", "300"))).path("id");
        String voidPath = path(customer) + "/" + id + "/void";

        raw(rep).contentType(ContentType.JSON)
                .body(Map.of("reason", " 错 "))
                .post(voidPath)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        as(rep).contentType(ContentType.JSON)
                .body(Map.of("reason", "单价录入错误,重新登记"))
                .post(voidPath)
                .then()
                .statusCode(200)
                .body("status", equalTo("VOIDED"))
                .body("outstandingAmount", equalTo("0.00"))
                .body("voidReason", equalTo("单价录入错误,重新登记"));
        as(rep).contentType(ContentType.JSON)
                .body(Map.of("reason", "再次作废试试看"))
                .post(voidPath)
                .then()
                .statusCode(409);
        raw(rep).contentType(ContentType.JSON)
                .body(payment(TODAY, "1"))
                .post(path(customer) + "/" + id + "/payments")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://dossier.app/problems/transaction-voided"));
        as(rep).get("/api/v1/customers/" + customer + "/transaction-summary")
                .then()
                .body("currencies", hasSize(0));
        // Kept, number included.
        create(customer, transaction("VD-1", TODAY, line(product, "1", "30")))
                .then()
                .statusCode(409);
        assertThat(
                        queryString(
                                "select string_agg(action, ',' order by seq) from audit_event"
                                        + " where entity_type = 'TRANSACTION' and entity_id = ?::text",
                                id))
                .isEqualTo("CREATE,VOID");
    }

    @Test
    void shouldNeverDeleteATransactionEvenWithSql() throws SQLException {
        String customer = createOrganisation(rep, unique("保留客户"));
        String id =
                create(customer, transaction("KEEP-1", TODAY, line(product("保留产品", "件"), "1", "1")))
                        .path("id");
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps =
                        c.prepareStatement("delete from customer_transaction where id = ?")) {
            ps.setObject(1, UUID.fromString(id));
            assertThatThrownBy(ps::executeUpdate).isInstanceOf(SQLException.class);
        }
        assertThat(transactionsOf(customer)).isEqualTo(1);
    }

    @Test
    void shouldPageNewestFirst() {
        String customer = createOrganisation(rep, unique("分页交易"));
        String product = product("分页产品", "件");
        for (int i = 1; i <= 3; i++) {
            create(
                            customer,
                            transaction(
                                    "PG-" + i, TODAY.minusDays(10 - i), line(product, "1", "1")))
                    .then()
                    .statusCode(201);
        }
        JsonPath first =
                as(rep).get(path(customer) + "?limit=2")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertThat(first.getList("items.number", String.class)).containsExactly("PG-3", "PG-2");
        as(rep).get(path(customer) + "?limit=2&cursor=" + first.getString("nextCursor"))
                .then()
                .statusCode(200)
                .body("items.number", contains("PG-1"))
                .body("nextCursor", nullValue());
        raw(rep).get(path(customer) + "?cursor=nonsense").then().statusCode(400);
    }

    @Test
    void shouldLetAPartnerPushByArchiveNumberOrIdWithIdempotencyKey() throws SQLException {
        String customer = createOrganisation(rep, unique("伙伴客户"));
        String archiveNo = as(rep).get("/api/v1/customers/" + customer).path("archiveNo");
        String product = product("伙伴产品", "件");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = transaction("PT-1", TODAY, line(product, "4", "25"));
        body.put("archiveNo", archiveNo);

        Response first = partnerPost(key, body);
        first.then()
                .statusCode(201)
                .body("customerId", equalTo(customer))
                .body("totalAmount", equalTo("100.00"));
        Response replay = partnerPost(key, body);
        replay.then().statusCode(201).body("id", equalTo(first.path("id")));
        assertThat(replay.header("Location")).isEqualTo(first.header("Location"));
        assertThat(transactionsOf(customer)).isEqualTo(1);

        Map<String, Object> changed = new HashMap<>(body);
        changed.put("number", "PT-2");
        partnerPost(key, changed)
                .then()
                .statusCode(422)
                .body("type", equalTo("https://dossier.app/problems/idempotency-key-reused"));

        Map<String, Object> byId = transaction("PT-3", TODAY, line(product, "1", "5"));
        byId.put("customerId", customer);
        partnerPost(UUID.randomUUID().toString(), byId).then().statusCode(201);
        assertThat(transactionsOf(customer)).isEqualTo(2);
        assertThat(
                        queryString(
                                "select created_by from customer_transaction where customer_id = ?"
                                        + " and number = 'PT-3'",
                                customer))
                .isEqualTo("dossier-partner-demo");

        Map<String, Object> both = new HashMap<>(byId);
        both.put("archiveNo", archiveNo);
        raw(partner)
                .contentType(ContentType.JSON)
                .body(both)
                .post("/api/v1/transactions")
                .then()
                .statusCode(400)
                .body("errors.field", contains("customerId", "archiveNo"));
        Map<String, Object> neither = transaction("PT-4", TODAY, line(product, "1", "5"));
        raw(partner)
                .contentType(ContentType.JSON)
                .body(neither)
                .post("/api/v1/transactions")
                .then()
                .statusCode(400);
        Map<String, Object> unknown = transaction("PT-5", TODAY, line(product, "1", "5"));
        unknown.put("archiveNo", "KH-1999-999999");
        raw(partner)
                .contentType(ContentType.JSON)
                .body(unknown)
                .post("/api/v1/transactions")
                .then()
                .statusCode(404);
    }

    @Test
    void shouldCreateOnceUnderConcurrentPartnerDuplicates() throws Exception {
        String customer = createOrganisation(rep, unique("并发伙伴"));
        String product = product("并发产品", "件");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = transaction("CC-1", TODAY, line(product, "1", "9.9"));
        body.put("customerId", customer);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(() -> partnerPost(key, body).statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            assertThat(statuses).isSubsetOf(201, 409).contains(201);
        } finally {
            pool.shutdownNow();
        }
        assertThat(transactionsOf(customer)).isEqualTo(1);
    }

    @Test
    void shouldKeepNumbersUniqueAndNeverOverpayUnderConcurrency() throws Exception {
        String customer = createOrganisation(rep, unique("并发号码"));
        String product = product("并发号码产品", "件");
        List<Integer> created =
                concurrently(
                        6,
                        () ->
                                raw(rep).contentType(ContentType.JSON)
                                        .body(
                                                transaction(
                                                        "SAME-1", TODAY, line(product, "1", "100")))
                                        .post(path(customer))
                                        .statusCode());
        assertThat(created).containsOnly(201, 409).containsOnlyOnce(201);
        assertThat(transactionsOf(customer)).isEqualTo(1);

        String id =
                as(rep).get(path(customer)).then().statusCode(200).extract().path("items[0].id");
        // Each payment alone fits the 100.00 outstanding; together they would overpay.
        List<Integer> payments =
                concurrently(
                        4,
                        () ->
                                raw(rep).contentType(ContentType.JSON)
                                        .body(payment(TODAY, "60"))
                                        .post(path(customer) + "/" + id + "/payments")
                                        .statusCode());
        assertThat(payments).containsOnly(201, 400).containsOnlyOnce(201);
        assertThat(
                        queryString(
                                "select paid_amount::text from customer_transaction where id = ?",
                                id))
                .isEqualTo("60.00");
    }

    private static List<Integer> concurrently(int n, Callable<Integer> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(java.util.Collections.nCopies(n, call))) {
                statuses.add(f.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldNotLetPartnersReadTransactions() {
        String customer = createOrganisation(rep, unique("伙伴不可读"));
        String id =
                create(customer, transaction("NR-1", TODAY, line(product("不可读产品", "件"), "1", "1")))
                        .path("id");
        for (String read :
                List.of(
                        path(customer),
                        path(customer) + "/" + id,
                        "/api/v1/customers/" + customer + "/transaction-summary")) {
            as(partner).get(read).then().statusCode(403);
            as(TestUser.withRole("auditor")).get(read).then().statusCode(403);
            as(TestUser.withRole("service-agent")).get(read).then().statusCode(200);
        }
        as(partner).get("/api/v1/products").then().statusCode(200);
        as(TestUser.withRole("service-agent"))
                .contentType(ContentType.JSON)
                .body(transaction("NR-2", TODAY, line(product("不可写产品", "件"), "1", "1")))
                .post(path(customer))
                .then()
                .statusCode(403);
    }

    @Test
    void shouldAnswerOutOfScopeLikeAMissingCustomerAndWriteNothing() throws SQLException {
        String customer = createOrganisation(rep, unique("范围外交易"));
        String archiveNo = as(rep).get("/api/v1/customers/" + customer).path("archiveNo");
        String product = product("范围外产品", "件");
        String id =
                create(customer, transaction("OS-1", TODAY, line(product, "1", "10"))).path("id");
        TestUser stranger = TestUser.rep(TestUser.freshTeam());

        as(stranger)
                .contentType(ContentType.JSON)
                .body(transaction("OS-2", TODAY, line(product, "1", "10")))
                .post(path(customer))
                .then()
                .statusCode(404);
        as(stranger)
                .contentType(ContentType.JSON)
                .body(payment(TODAY, "1"))
                .post(path(customer) + "/" + id + "/payments")
                .then()
                .statusCode(404);
        Map<String, Object> named = transaction("OS-3", TODAY, line(product, "1", "10"));
        named.put("archiveNo", archiveNo);
        Response hidden =
                as(stranger).contentType(ContentType.JSON).body(named).post("/api/v1/transactions");
        named.put("archiveNo", "KH-1999-999998");
        Response missing =
                as(stranger).contentType(ContentType.JSON).body(named).post("/api/v1/transactions");
        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(hidden.jsonPath().getString("detail"))
                .isEqualTo(missing.jsonPath().getString("detail"));
        as(stranger).get(path(customer) + "/" + id).then().statusCode(404);

        assertThat(transactionsOf(customer)).isEqualTo(1);
        assertThat(
                        queryString(
                                "select paid_amount::text from customer_transaction where id = ?",
                                id))
                .isEqualTo("0.00");
        // The team's supervisor is in scope.
        as(TestUser.supervisor(team)).get(path(customer) + "/" + id).then().statusCode(200);
    }

    // --- helpers ---

    private void assertRefused(
            String customer,
            java.util.function.Consumer<Map<String, Object>> change,
            String field) {
        assertRefused(customer, change, field, null);
    }

    private void assertRefused(
            String customer,
            java.util.function.Consumer<Map<String, Object>> change,
            String field,
            String code) {
        Map<String, Object> body = transaction(unique("BAD-"), TODAY, line(anyProduct(), "2", "5"));
        body.put("payments", List.of());
        change.accept(body);
        Response response = raw(rep).contentType(ContentType.JSON).body(body).post(path(customer));
        String what = body + " → " + response.asString();
        assertThat(response.statusCode()).as(what).isEqualTo(400);
        assertThat(response.jsonPath().getList("errors.field", String.class))
                .as(what)
                .contains(field);
        if (code != null) {
            assertThat(response.jsonPath().getList("errors.code", String.class))
                    .as(what)
                    .contains(code);
        }
    }

    /** One active product per test, made on first use. */
    private String anyProduct;

    private String anyProduct() {
        if (anyProduct == null) {
            anyProduct = product("校验用产品", "件");
        }
        return anyProduct;
    }

    String product(String name, String unit) {
        return as(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("code", unique("P-"), "name", name, "unit", unit))
                .post("/api/v1/products")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private void deactivate(String product) {
        as(admin)
                .contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(Map.of("active", false))
                .patch("/api/v1/products/" + product)
                .then()
                .statusCode(200)
                .body("active", equalTo(false));
    }

    @SafeVarargs
    private static Map<String, Object> transaction(
            String number, LocalDate date, Map<String, Object>... lines) {
        Map<String, Object> body = new HashMap<>();
        body.put("number", number);
        body.put("transactionDate", date.toString());
        body.put("lineItems", List.of(lines));
        return body;
    }

    @SafeVarargs
    private static void lines(Map<String, Object> body, Map<String, Object>... lines) {
        body.put("lineItems", List.of(lines));
    }

    private static Map<String, Object> line(String product, String quantity, String unitPrice) {
        Map<String, Object> line = new HashMap<>();
        line.put("productId", product);
        line.put("quantity", quantity);
        line.put("unitPrice", unitPrice);
        return line;
    }

    private static Map<String, Object> payment(LocalDate date, String amount) {
        Map<String, Object> payment = new HashMap<>();
        payment.put("paymentDate", date.toString());
        payment.put("amount", amount);
        return payment;
    }

    private Response create(String customer, Map<String, Object> body) {
        return as(rep).contentType(ContentType.JSON).body(body).post(path(customer));
    }

    private Response pay(String customer, String id, Map<String, Object> body) {
        return as(rep).contentType(ContentType.JSON)
                .body(body)
                .post(path(customer) + "/" + id + "/payments");
    }

    private Response partnerPost(String key, Map<String, Object> body) {
        return raw(partner)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/transactions");
    }

    private static String path(String customer) {
        return "/api/v1/customers/" + customer + "/transactions";
    }

    private long transactionsOf(String customer) throws SQLException {
        return Long.parseLong(
                queryString(
                        "select count(*) from customer_transaction where customer_id = ?",
                        customer));
    }

    private String queryString(String sql, String id) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, UUID.fromString(id));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
