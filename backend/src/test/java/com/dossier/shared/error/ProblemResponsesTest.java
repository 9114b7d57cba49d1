package com.dossier.shared.error;

import static com.dossier.support.Api.raw;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import com.dossier.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProblemResponsesTest {
    private final TestUser director = TestUser.withRole("sales-director");

    @Test
    void shouldHideInternalsOfUnexpectedErrors() {
        String body =
                given().get("/test-only/failure")
                        .then()
                        .statusCode(500)
                        .contentType("application/problem+json")
                        .body("type", equalTo("https://dossier.app/problems/internal"))
                        .body("traceId", matchesPattern("^[0-9a-f]{32}$"))
                        .extract()
                        .asString();
        assertThat(body)
                .doesNotContain("SELECT")
                .doesNotContain("db.internal")
                .doesNotContain("IllegalStateException")
                .doesNotContain("at com.")
                .doesNotContain("java.");
    }

    @Test
    void shouldUseTraceIdOfTraceparent() {
        given().header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
                .get("/test-only/failure")
                .then()
                .body("traceId", equalTo("4bf92f3577b34da6a3ce929d0e0e4736"));
    }

    @Test
    void shouldAnswerUnknownRoutesWithProblem() {
        raw(director)
                .get("/api/v1/no-such-thing")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://dossier.app/problems/not-found"));
        given().get("/nowhere").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldAnswerWrongMethodWithProblem() {
        raw(director)
                .delete("/api/v1/customers")
                .then()
                .statusCode(405)
                .contentType("application/problem+json");
    }

    @Test
    void shouldAnswerUnacceptableMediaTypeWithProblem() {
        raw(director)
                .accept("text/csv")
                .get("/api/v1/customers")
                .then()
                .statusCode(406)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRefuseUnknownEnumInQuery() {
        raw(director)
                .queryParam("kind", "SPACESHIP")
                .get("/api/v1/customers")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("kind"));
    }
}
