package com.dossier.shared.ratelimit;

import static com.dossier.support.Api.raw;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.dossier.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(TinyRateLimits.class)
class RateLimitTest {
    private static final String CUSTOMERS = "/api/v1/customers";

    @Test
    void shouldCountPartnersPerClientAndAnswer429WithRetryAfter() {
        // Partner tokens of the test suite share one client id, whatever their subject.
        for (int i = 0; i < 3; i++) {
            Response ok = raw(TestUser.withRole("partner")).get(CUSTOMERS);
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.header("RateLimit-Policy")).isEqualTo("\"partner\";q=3;w=60");
            assertThat(ok.header("RateLimit")).startsWith("\"partner\";r=" + (2 - i) + ";t=");
        }

        Response refused = raw(TestUser.withRole("partner")).get(CUSTOMERS);

        refused.then()
                .statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("https://dossier.app/problems/rate-limited"))
                .body("status", equalTo(429));
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(refused.header("RateLimit")).matches("\"partner\";r=0;t=\\d+");
        assertThat(refused.header("RateLimit-Policy")).isEqualTo("\"partner\";q=3;w=60");
    }

    @Test
    void shouldCountStaffPerUser() {
        TestUser busy = TestUser.rep(TestUser.freshTeam());
        TestUser colleague = TestUser.rep(TestUser.freshTeam());
        for (int i = 0; i < 5; i++) {
            raw(busy).get(CUSTOMERS).then().statusCode(200);
        }

        raw(busy).get(CUSTOMERS).then().statusCode(429);
        Response other = raw(colleague).get(CUSTOMERS);

        other.then().statusCode(200);
        assertThat(other.header("RateLimit-Policy")).isEqualTo("\"staff\";q=5;w=60");
        assertThat(other.header("RateLimit")).startsWith("\"staff\";r=4;t=");
    }

    @Test
    void shouldAdvertiseLimitsOnErrorsToo() {
        TestUser rep = TestUser.rep(TestUser.freshTeam());
        Response missing = raw(rep).get(CUSTOMERS + "/00000000-0000-4000-8000-00000000dead");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.header("RateLimit")).startsWith("\"staff\";r=4;t=");
    }

    @Test
    void shouldNotCountRequestsWithoutAValidToken() {
        Response anonymous = given().get(CUSTOMERS);

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.header("RateLimit")).isNull();
    }
}
