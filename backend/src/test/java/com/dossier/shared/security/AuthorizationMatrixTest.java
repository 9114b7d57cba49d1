package com.dossier.shared.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.dossier.support.ContractCalls;
import com.dossier.support.ContractOperations;
import com.dossier.support.ContractOperations.Op;
import com.dossier.support.CustomerFixture;
import com.dossier.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Calls every operation of the contract with every realm role and checks the outcome against the
 * permission matrix: allowed means anything but 401/403 (and no server error), denied means 403;
 * without a token it is 401. Operations are discovered from openapi.yaml, path parameters come from
 * fixtures created for each call, bodies are the minimal valid ones the schemas describe.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    @TestFactory
    Stream<DynamicTest> shouldAllowExactlyTheRolesOfThePermissionMatrix() {
        return ContractOperations.all().stream()
                .flatMap(
                        op ->
                                Roles.ALL.stream()
                                        .map(
                                                role ->
                                                        DynamicTest.dynamicTest(
                                                                op.id() + " as " + role,
                                                                () -> callAs(op, role))));
    }

    @TestFactory
    Stream<DynamicTest> shouldRefuseEveryOperationWithoutAToken() {
        return ContractOperations.all().stream()
                .map(
                        op ->
                                DynamicTest.dynamicTest(
                                        op.id() + " anonymously",
                                        () -> {
                                            CustomerFixture fixture = CustomerFixture.create();
                                            Response response =
                                                    ContractCalls.send(given(), op, fixture);
                                            assertThat(response.statusCode())
                                                    .as(op.id() + " without a token")
                                                    .isEqualTo(401);
                                        }));
    }

    private static void callAs(Op op, String role) {
        CustomerFixture fixture = CustomerFixture.create();
        TestUser caller =
                switch (role) {
                    case Roles.SALES_REP -> fixture.owner();
                    case Roles.SUPERVISOR -> TestUser.supervisor(fixture.team());
                    default -> TestUser.withRole(role);
                };
        Response response =
                ContractCalls.send(given().header("Authorization", caller.bearer()), op, fixture);
        int status = response.statusCode();
        String what = op.id() + " as " + role + " → " + status + " " + response.asString();
        if (Permissions.allows(java.util.Set.of(role), op.id())) {
            assertThat(status).as(what).isNotIn(401, 403).isLessThan(500);
        } else {
            assertThat(status).as(what).isEqualTo(403);
        }
    }
}
