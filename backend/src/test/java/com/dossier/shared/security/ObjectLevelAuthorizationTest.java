package com.dossier.shared.security;

import static com.dossier.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.dossier.support.ContractCalls;
import com.dossier.support.ContractOperations;
import com.dossier.support.ContractOperations.Op;
import com.dossier.support.CustomerFixture;
import com.dossier.support.TestUser;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Broken object-level authorization: every operation of the contract under {@code
 * /api/v1/customers/{id}} (the archive and each of its child resources, including ones added later)
 * is called by every role of limited data scope that the permission matrix lets call it, on a
 * customer outside the caller's scope. The answer must be 404 with the very problem a customer id
 * that does not exist gets (only {@code traceId} and {@code instance} may differ), and nothing of
 * the customer may change: its row, its contacts, shares and documents, its transactions and
 * payments, its status history, corrections and reviews, its audit events and access log. The
 * caller in scope gets anything but 404 for the same call, so the refusal is the scope's doing.
 */
@QuarkusTest
class ObjectLevelAuthorizationTest {
    private static final String CUSTOMER_PATH = "/api/v1/customers/{id}";

    /** One caller outside a fixture's scope, and how it stands to the fixture's owner. */
    private record Outsider(String description, Function<CustomerFixture, TestUser> caller) {}

    /** A role of limited scope: who is inside a fixture's scope, and who is outside it. */
    private record ScopedRole(
            Function<CustomerFixture, TestUser> inScope, List<Outsider> outsiders) {}

    private static final Map<String, ScopedRole> SCOPED_ROLES =
            Map.of(
                    Roles.SALES_REP,
                    new ScopedRole(
                            CustomerFixture::owner,
                            List.of(
                                    new Outsider(
                                            "a rep of another team",
                                            f -> TestUser.rep(TestUser.freshTeam())),
                                    new Outsider(
                                            "another rep of the owner's team",
                                            f -> TestUser.rep(f.team())))),
                    Roles.SUPERVISOR,
                    new ScopedRole(
                            f -> TestUser.supervisor(f.team()),
                            List.of(
                                    new Outsider(
                                            "the supervisor of another team",
                                            f -> TestUser.supervisor(TestUser.freshTeam())))),
                    Roles.QUALITY,
                    new ScopedRole(
                            ObjectLevelAuthorizationTest::qualitySharedWith,
                            List.of(
                                    new Outsider(
                                            "quality staff it is not shared with",
                                            f -> TestUser.withRole(Roles.QUALITY)))));

    /** Quality sees a customer once it is shared with it (e.g. for a quality complaint). */
    private static TestUser qualitySharedWith(CustomerFixture fixture) {
        TestUser quality = TestUser.withRole(Roles.QUALITY);
        as(fixture.owner())
                .contentType(ContentType.JSON)
                .body(Map.of("userId", quality.subject()))
                .post("/api/v1/customers/" + fixture.customerId() + "/shares")
                .then()
                .statusCode(201);
        return quality;
    }

    /** Roles that see every customer or read only logs of any customer (auditor). */
    private static final Set<String> UNSCOPED_FOR_CUSTOMERS = Set.of(Roles.AUDITOR);

    /**
     * One customer per role, reused by all refused calls of that role: a refused call changes
     * nothing, and the test checks exactly that.
     */
    private static final Map<String, CustomerFixture> FIXTURES = new ConcurrentHashMap<>();

    @Inject AgroalDataSource dataSource;

    @Test
    void shouldKnowTheScopeOfEveryRole() {
        for (String role : Roles.ALL) {
            assertThat(
                            Roles.SEE_ALL.contains(role)
                                    || UNSCOPED_FOR_CUSTOMERS.contains(role)
                                    || SCOPED_ROLES.containsKey(role))
                    .as("%s: sees every customer, or has outsiders to test with", role)
                    .isTrue();
        }
        assertThat(customerScopedOperations()).isNotEmpty();
    }

    @TestFactory
    Stream<DynamicTest> shouldAnswerOutOfScopeExactlyLikeANonExistentCustomer() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Op op : customerScopedOperations()) {
            for (String role : scopedRolesAllowed(op)) {
                for (Outsider outsider : SCOPED_ROLES.get(role).outsiders()) {
                    tests.add(
                            DynamicTest.dynamicTest(
                                    op.id() + " as " + role + ", " + outsider.description(),
                                    () -> callOutOfScope(op, role, outsider)));
                }
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> shouldLetTheCallerInScopeThrough() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Op op : customerScopedOperations()) {
            for (String role : scopedRolesAllowed(op)) {
                tests.add(
                        DynamicTest.dynamicTest(
                                op.id() + " as " + role + " in scope",
                                () -> {
                                    CustomerFixture fixture = CustomerFixture.create();
                                    TestUser caller =
                                            SCOPED_ROLES.get(role).inScope().apply(fixture);
                                    Response response =
                                            ContractCalls.send(
                                                    request(caller),
                                                    op,
                                                    fixture,
                                                    currentETag(op, fixture));
                                    assertThat(response.statusCode())
                                            .as(describe(op, role, response))
                                            .isNotIn(401, 403, 404)
                                            .isLessThan(500);
                                }));
            }
        }
        return tests.stream();
    }

    private void callOutOfScope(Op op, String role, Outsider outsider) throws SQLException {
        CustomerFixture fixture = FIXTURES.computeIfAbsent(role, r -> CustomerFixture.create());
        TestUser caller = outsider.caller().apply(fixture);
        // The version the caller would need: a refusal must not depend on guessing it wrong.
        String ifMatch = currentETag(op, fixture);
        Map<String, String> before = snapshot(fixture.customerId());

        Response outOfScope = ContractCalls.send(request(caller), op, fixture, ifMatch);

        assertThat(snapshot(fixture.customerId()))
                .as("%s as %s changed the customer", op.id(), role)
                .isEqualTo(before);
        Response absent =
                ContractCalls.send(
                        request(caller),
                        op,
                        fixture.withCustomerId(UUID.randomUUID().toString()),
                        ifMatch);
        assertThat(outOfScope.statusCode()).as(describe(op, role, outOfScope)).isEqualTo(404);
        assertThat(absent.statusCode()).as(describe(op, role, absent)).isEqualTo(404);
        assertThat(outOfScope.contentType()).isEqualTo(absent.contentType());
        assertThat(problem(outOfScope))
                .as("%s as %s: out of scope answered unlike a missing customer", op.id(), role)
                .isEqualTo(problem(absent))
                .containsKeys("type", "title", "status", "detail");
    }

    /** Operations under a customer, straight from the contract. */
    private static List<Op> customerScopedOperations() {
        return ContractOperations.all().stream()
                .filter(
                        op ->
                                op.path().equals(CUSTOMER_PATH)
                                        || op.path().startsWith(CUSTOMER_PATH + "/"))
                .toList();
    }

    private static List<String> scopedRolesAllowed(Op op) {
        return SCOPED_ROLES.keySet().stream()
                .sorted()
                .filter(role -> Permissions.allows(Set.of(role), op.id()))
                .toList();
    }

    private static io.restassured.specification.RequestSpecification request(TestUser caller) {
        return given().header("Authorization", caller.bearer());
    }

    /**
     * The current ETag of the resource an operation's {@code If-Match} refers to: the one read by
     * the nearest GET at or above the operation's path, as its owner; null without If-Match.
     */
    private static String currentETag(Op op, CustomerFixture fixture) {
        if (!ContractCalls.takesIfMatch(op)) {
            return null;
        }
        Op read =
                ContractOperations.all().stream()
                        .filter(candidate -> "GET".equals(candidate.method()))
                        .filter(
                                candidate ->
                                        op.path().equals(candidate.path())
                                                || op.path().startsWith(candidate.path() + "/"))
                        .max(Comparator.comparingInt(candidate -> candidate.path().length()))
                        .orElseThrow(() -> new IllegalStateException("No read for " + op.id()));
        String etag =
                request(fixture.owner())
                        .get(ContractCalls.path(read.path(), read, fixture))
                        .then()
                        .statusCode(200)
                        .extract()
                        .header("ETag");
        assertThat(etag).as("ETag of %s", read.id()).isNotBlank();
        return etag;
    }

    /** The problem body without what differs on every response. */
    private static Map<String, Object> problem(Response response) {
        Map<String, Object> body = new LinkedHashMap<>(response.jsonPath().getMap("$"));
        body.remove("traceId");
        body.remove("instance");
        return body;
    }

    private static String describe(Op op, String role, Response response) {
        return op.id() + " as " + role + " → " + response.statusCode() + " " + response.asString();
    }

    /** Everything stored about a customer that an operation on it could change. */
    private Map<String, String> snapshot(String customerId) throws SQLException {
        String sql =
                """
                select (select row_to_json(c)::text from customer c where c.id = ?) as customer,
                       (select json_agg(t order by t.id)::text
                          from contact t where t.customer_id = ?) as contacts,
                       (select json_agg(s order by s.user_id)::text
                          from customer_share s where s.customer_id = ?) as shares,
                       (select json_agg(d order by d.id)::text
                          from document d where d.customer_id = ?) as documents,
                       (select count(*) from document_version v join document d
                          on d.id = v.document_id where d.customer_id = ?) as document_versions,
                       (select count(*) from audit_event a where a.customer_id = ?) as audit_events,
                       (select count(*) from access_log l where l.customer_id = ?) as access_log,
                       (select json_agg(x order by x.id)::text
                          from customer_transaction x where x.customer_id = ?) as transactions,
                       (select count(*) from transaction_payment p
                          join customer_transaction x on x.id = p.transaction_id
                         where x.customer_id = ?) as payments,
                       (select count(*) from customer_status_change h
                         where h.customer_id = ?) as status_history,
                       (select json_agg(r order by r.id)::text
                          from correction r where r.customer_id = ?) as corrections,
                       (select count(*) from customer_review v where v.customer_id = ?) as reviews
                """;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            UUID id = UUID.fromString(customerId);
            for (int i = 1; i <= 12; i++) {
                statement.setObject(i, id);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                ResultSetMetaData meta = rows.getMetaData();
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    values.put(meta.getColumnLabel(i), rows.getString(i));
                }
                assertThat(values.get("customer")).as("customer %s", customerId).isNotNull();
                return values;
            }
        }
    }
}
