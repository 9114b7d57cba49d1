package com.dossier.audit;

import static com.dossier.support.Api.as;
import static com.dossier.support.Api.createOrganisation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import com.dossier.support.EmbeddedPostgresResource;
import com.dossier.support.TestUser;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditChainTest {
    private final TestUser rep = TestUser.rep(TestUser.freshTeam());
    private final TestUser auditor = TestUser.withRole("auditor");

    /** The application's own connection pool: it connects as the application role. */
    @Inject AgroalDataSource applicationDataSource;

    @Test
    void shouldKeepTheChainLinearUnderConcurrentChanges() throws Exception {
        int writers = 8;
        int perWriter = 4;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                tasks.add(
                        () -> {
                            for (int i = 0; i < perWriter; i++) {
                                createOrganisation(rep, "并发审计" + UUID.randomUUID());
                            }
                            return null;
                        });
            }
            for (Future<Void> done : pool.invokeAll(tasks)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }
        JsonPath page =
                as(auditor)
                        .get("/api/v1/audit-events?limit=100&actorId=" + rep.subject())
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertThat(page.getList("items")).hasSize(writers * perWriter);

        // Every event links the one just before it in seq order, with no gap.
        JsonPath all = as(auditor).get("/api/v1/audit-events?limit=100").jsonPath();
        List<Long> seqs = all.getList("items.seq", Long.class);
        List<String> hashes = all.getList("items.hash", String.class);
        List<String> prevHashes = all.getList("items.prevHash", String.class);
        for (int i = 0; i + 1 < seqs.size(); i++) {
            assertThat(seqs.get(i)).isEqualTo(seqs.get(i + 1) + 1);
            assertThat(prevHashes.get(i)).isEqualTo(hashes.get(i + 1));
        }
        as(auditor)
                .get("/api/v1/audit-events/verify")
                .then()
                .statusCode(200)
                .body("valid", equalTo(true));
    }

    @Test
    void shouldRefuseUpdateDeleteAndTruncateToTheApplicationRole() throws Exception {
        createOrganisation(rep, "不可改审计" + UUID.randomUUID());
        try (Connection connection = applicationDataSource.getConnection();
                Statement sql = connection.createStatement()) {
            assertThat(connection.getMetaData().getUserName())
                    .isEqualTo(EmbeddedPostgresResource.APP_USER);
            for (String statement :
                    List.of(
                            "update audit_event set action = 'UPDATE'",
                            "delete from audit_event",
                            "truncate audit_event",
                            "update access_log set view = 'x'",
                            "delete from access_log")) {
                assertThatThrownBy(() -> sql.execute(statement))
                        .as(statement)
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("permission denied for table")
                        .extracting(e -> ((SQLException) e).getSQLState())
                        .isEqualTo("42501");
            }
        }
    }

    @Test
    void shouldRefuseChangesEvenToTheTableOwner() throws Exception {
        createOrganisation(rep, "属主也不可改" + UUID.randomUUID());
        try (Connection owner = connectAs("dossier");
                Statement sql = owner.createStatement()) {
            for (String statement :
                    List.of(
                            "update audit_event set action = 'UPDATE'",
                            "delete from audit_event",
                            "truncate audit_event")) {
                assertThatThrownBy(() -> sql.execute(statement))
                        .as(statement)
                        .hasMessageContaining("audit_event is append-only");
            }
        }
    }

    @Test
    void shouldReportExactlyTheRowASuperuserAltered() throws Exception {
        String customer = createOrganisation(rep, "被篡改客户" + UUID.randomUUID());
        // A later event, so the altered one sits inside the chain, not at its end.
        createOrganisation(rep, "之后的客户" + UUID.randomUUID());
        as(auditor).get("/api/v1/audit-events/verify").then().body("valid", equalTo(true));
        JsonPath event =
                as(auditor)
                        .get("/api/v1/audit-events?entityId=" + customer)
                        .jsonPath()
                        .setRootPath("items[0]");
        String eventId = event.getString("id");

        try (Connection superuser = connectAs("postgres")) {
            String original;
            try (PreparedStatement read =
                    superuser.prepareStatement(
                            "select changes::text from audit_event where id = ?::uuid")) {
                read.setString(1, eventId);
                try (ResultSet rs = read.executeQuery()) {
                    rs.next();
                    original = rs.getString(1);
                }
            }
            setChanges(
                    superuser,
                    eventId,
                    "[{\"field\": \"name\", \"old\": null, \"new\": \"别的名字\"}]");
            try {
                JsonPath result =
                        as(auditor)
                                .get("/api/v1/audit-events/verify")
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath();
                assertThat(result.getBoolean("valid")).isFalse();
                assertThat(result.getString("firstBrokenId")).isEqualTo(eventId);
                assertThat(result.getString("firstBrokenAt")).isNotNull();
                assertThat(result.getLong("checked")).isGreaterThan(event.getLong("seq"));
            } finally {
                setChanges(superuser, eventId, original);
            }
        }
        as(auditor).get("/api/v1/audit-events/verify").then().body("valid", equalTo(true));
    }

    @Test
    void shouldRefuseEveryRoleButAuditor() {
        for (String role :
                List.of(
                        "admin",
                        "general-manager",
                        "sales-director",
                        "supervisor",
                        "sales-rep",
                        "archivist",
                        "service-agent",
                        "quality",
                        "partner")) {
            TestUser user = TestUser.withRole(role);
            for (String path : List.of("/api/v1/audit-events", "/api/v1/audit-events/verify")) {
                as(user).get(path).then().statusCode(403).contentType("application/problem+json");
            }
        }
    }

    /** Tampering as someone with the database's keys: triggers switched off for the session. */
    private static void setChanges(Connection superuser, String eventId, String changes)
            throws SQLException {
        try (Statement replica = superuser.createStatement()) {
            replica.execute("set session_replication_role = replica");
        }
        try (PreparedStatement update =
                superuser.prepareStatement(
                        "update audit_event set changes = ?::jsonb where id = ?::uuid")) {
            update.setString(1, changes);
            update.setString(2, eventId);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
        try (Statement origin = superuser.createStatement()) {
            origin.execute("set session_replication_role = origin");
        }
    }

    private static Connection connectAs(String user) throws SQLException {
        String url = System.getProperty(EmbeddedPostgresResource.SUPERUSER_URL);
        return DriverManager.getConnection(url.replaceFirst("user=[^&]*", "user=" + user));
    }
}
