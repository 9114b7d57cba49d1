package com.dossier.customer.lifecycle;

import static com.dossier.support.Api.as;
import static com.dossier.support.Api.raw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.dossier.support.CustomerFixture;
import com.dossier.support.TestUser;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Periodic review: the due queue by scope and date, recording a review and the next date. */
@QuarkusTest
class ReviewTest {
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private final String team = TestUser.freshTeam();
    private final TestUser rep = TestUser.rep(team);

    @Inject AgroalDataSource dataSource;

    @Test
    void shouldQueueApprovedArchivesByDueDateWithinTheCallersScope() throws SQLException {
        String overdue = CustomerFixture.approvedCustomer(rep);
        String today = CustomerFixture.approvedCustomer(rep);
        String later = CustomerFixture.approvedCustomer(rep);
        String draft = LifecycleTest.create(rep).path("id");
        dueOn(overdue, TODAY.minusDays(10));
        dueOn(today, TODAY);
        dueOn(later, TODAY.plusDays(20));

        as(rep).get("/api/v1/reviews/due")
                .then()
                .statusCode(200)
                .body("items.id", contains(overdue, today));
        JsonPath first =
                as(rep).get("/api/v1/reviews/due?withinDays=30&limit=2")
                        .then()
                        .statusCode(200)
                        .body("items.id", contains(overdue, today))
                        .extract()
                        .jsonPath();
        as(rep).get(
                        "/api/v1/reviews/due?withinDays=30&limit=2&cursor="
                                + first.getString("nextCursor"))
                .then()
                .statusCode(200)
                .body("items.id", contains(later))
                .body("items[0].nextReviewOn", equalTo(TODAY.plusDays(20).toString()));
        as(rep).get("/api/v1/reviews/due?withinDays=366&limit=100")
                .then()
                .body("items.id", not(hasItem(draft)));

        // The supervisor of the team and the archivist see them; a rep of another team does not.
        as(TestUser.supervisor(team))
                .get("/api/v1/reviews/due?limit=100")
                .then()
                .body("items.id", hasItem(overdue));
        as(TestUser.rep(TestUser.freshTeam()))
                .get("/api/v1/reviews/due?withinDays=366&limit=100")
                .then()
                .body("items.id", not(hasItem(overdue)));
        // The archivist's queue spans every team: page until this team's archive shows up.
        assertThat(allDue(TestUser.withRole("archivist"))).contains(overdue);
        raw(rep).get("/api/v1/reviews/due?withinDays=400").then().statusCode(400);
    }

    @Test
    void shouldRecordAReviewAndSetTheNextDate() throws SQLException {
        String id = CustomerFixture.approvedCustomer(rep);
        dueOn(id, TODAY.minusDays(3));
        LocalDate next = TODAY.plus(Period.ofMonths(2));
        TestUser archivist = TestUser.withRole("archivist");

        as(archivist)
                .contentType(ContentType.JSON)
                .body(Map.of("checked", true, "findings", "联系人与电话已核实", "tier", "A"))
                .post("/api/v1/customers/" + id + "/reviews")
                .then()
                .statusCode(201)
                .body("checked", equalTo(true))
                .body("tier", equalTo("A"))
                .body("reviewerId", equalTo(archivist.subject()))
                .body("reviewedOn", equalTo(TODAY.toString()))
                .body("nextReviewOn", equalTo(next.toString()));

        as(rep).get("/api/v1/customers/" + id)
                .then()
                .body("nextReviewOn", equalTo(next.toString()));
        as(rep).get("/api/v1/reviews/due?limit=100").then().body("items.id", not(hasItem(id)));
        as(rep).get("/api/v1/customers/" + id + "/reviews")
                .then()
                .statusCode(200)
                .body("items.findings", contains("联系人与电话已核实"));
        JsonPath audit =
                as(TestUser.withRole("auditor"))
                        .get("/api/v1/audit-events?action=REVIEW&customerId=" + id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        List<Map<String, String>> changes = audit.getList("items[0].changes");
        assertThat(changes)
                .anySatisfy(
                        c -> {
                            assertThat(c.get("field")).isEqualTo("nextReviewOn");
                            assertThat(c.get("old")).isEqualTo(TODAY.minusDays(3).toString());
                            assertThat(c.get("new")).isEqualTo(next.toString());
                        });
    }

    @Test
    void shouldReviewOnlyApprovedArchivesInScope() {
        String draft = LifecycleTest.create(rep).path("id");
        as(rep).contentType(ContentType.JSON)
                .body(Map.of("checked", false))
                .post("/api/v1/customers/" + draft + "/reviews")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://dossier.app/problems/not-approved"));
        String approved = CustomerFixture.approvedCustomer(rep);
        as(TestUser.rep(TestUser.freshTeam()))
                .contentType(ContentType.JSON)
                .body(Map.of("checked", true))
                .post("/api/v1/customers/" + approved + "/reviews")
                .then()
                .statusCode(404);
        as(TestUser.withRole("service-agent"))
                .contentType(ContentType.JSON)
                .body(Map.of("checked", true))
                .post("/api/v1/customers/" + approved + "/reviews")
                .then()
                .statusCode(403);
        as(rep).get("/api/v1/customers/" + approved + "/reviews")
                .then()
                .body("items", org.hamcrest.Matchers.empty());
    }

    private List<String> allDue(TestUser who) {
        List<String> ids = new java.util.ArrayList<>();
        String cursor = null;
        do {
            JsonPath page =
                    as(who).get(
                                    "/api/v1/reviews/due?limit=100"
                                            + (cursor == null ? "" : "&cursor=" + cursor))
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath();
            ids.addAll(page.getList("items.id", String.class));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return ids;
    }

    private void dueOn(String id, LocalDate date) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update =
                        connection.prepareStatement(
                                "update customer set next_review_on = ? where id = ?")) {
            update.setObject(1, date);
            update.setObject(2, UUID.fromString(id));
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
