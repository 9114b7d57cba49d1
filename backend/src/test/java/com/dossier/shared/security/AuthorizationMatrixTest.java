package com.dossier.shared.security;

import static com.dossier.support.Api.as;
import static com.dossier.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.dossier.support.ContractOperations;
import com.dossier.support.ContractOperations.Op;
import com.dossier.support.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
                                            Fixture fixture = Fixture.create();
                                            Response response = send(given(), op, fixture);
                                            assertThat(response.statusCode())
                                                    .as(op.id() + " without a token")
                                                    .isEqualTo(401);
                                        }));
    }

    private static void callAs(Op op, String role) {
        Fixture fixture = Fixture.create();
        TestUser caller =
                switch (role) {
                    case Roles.SALES_REP -> fixture.owner();
                    case Roles.SUPERVISOR -> TestUser.supervisor(fixture.team());
                    default -> TestUser.withRole(role);
                };
        Response response = send(given().header("Authorization", caller.bearer()), op, fixture);
        int status = response.statusCode();
        String what = op.id() + " as " + role + " → " + status + " " + response.asString();
        if (Permissions.allows(java.util.Set.of(role), op.id())) {
            assertThat(status).as(what).isNotIn(401, 403).isLessThan(500);
        } else {
            assertThat(status).as(what).isEqualTo(403);
        }
    }

    private static Response send(RequestSpecification request, Op op, Fixture fixture) {
        String path = op.path();
        for (Parameter parameter :
                op.operation().getParameters() == null
                        ? List.<Parameter>of()
                        : op.operation().getParameters()) {
            if ("path".equals(parameter.getIn())) {
                path = path.replace("{" + parameter.getName() + "}", fixture.value(parameter));
            } else if ("header".equals(parameter.getIn())
                    && "If-Match".equals(parameter.getName())) {
                request.header("If-Match", "\"0\"");
            }
        }
        if (op.operation().getRequestBody() != null) {
            Map.Entry<String, MediaType> content =
                    op.operation().getRequestBody().getContent().entrySet().iterator().next();
            request.contentType(content.getKey())
                    .body(minimal(content.getValue().getSchema(), fixture));
        }
        return request.request(op.method(), path);
    }

    /** The smallest object the schema accepts: its required properties with plain values. */
    private static Map<String, Object> minimal(Schema<?> schema, Fixture fixture) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (schema.getRequired() != null) {
            for (String name : schema.getRequired()) {
                body.put(name, sample(name, schema.getProperties().get(name), fixture));
            }
        }
        return body;
    }

    private static Object sample(String name, Schema<?> schema, Fixture fixture) {
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return schema.getEnum().get(0);
        }
        String type = schema.getType() != null ? schema.getType() : "string";
        return switch (type) {
            case "boolean" -> false;
            case "integer", "number" -> schema.getMinimum() == null ? 1 : schema.getMinimum();
            case "object" -> minimal(schema, fixture);
            case "array" -> List.of();
            default -> "uuid".equals(schema.getFormat()) ? fixture.colleague() : unique(name + "-");
        };
    }

    /** A customer owned by a sales rep of a fresh team, with one contact and one share. */
    private record Fixture(
            TestUser owner,
            String team,
            String customerId,
            String contactId,
            String colleague,
            String grantId) {
        static Fixture create() {
            String team = TestUser.freshTeam();
            TestUser owner = TestUser.rep(team);
            String customerId =
                    as(owner)
                            .contentType(ContentType.JSON)
                            .body(Map.of("kind", "INDIVIDUAL", "name", unique("授权矩阵客户")))
                            .post("/api/v1/customers")
                            .then()
                            .statusCode(201)
                            .extract()
                            .path("id");
            String contactId =
                    as(owner)
                            .contentType(ContentType.JSON)
                            .body(Map.of("name", "王建国"))
                            .post("/api/v1/customers/" + customerId + "/contacts")
                            .then()
                            .statusCode(201)
                            .extract()
                            .path("id");
            String colleague = UUID.randomUUID().toString();
            as(owner)
                    .contentType(ContentType.JSON)
                    .body(Map.of("userId", colleague))
                    .post("/api/v1/customers/" + customerId + "/shares")
                    .then()
                    .statusCode(201);
            // A pending access request for the customer, by a rep of another team.
            String grantId =
                    as(TestUser.rep(TestUser.freshTeam()))
                            .contentType(ContentType.JSON)
                            .body(
                                    Map.of(
                                            "customerId",
                                            customerId,
                                            "reason",
                                            "核对客户合同信息的需要",
                                            "durationHours",
                                            8))
                            .post("/api/v1/access-grants")
                            .then()
                            .statusCode(201)
                            .extract()
                            .path("id");
            return new Fixture(owner, team, customerId, contactId, colleague, grantId);
        }

        String value(Parameter parameter) {
            return switch (parameter.getName()) {
                case "id" -> customerId;
                case "contactId" -> contactId;
                case "userId" -> colleague;
                case "grantId" -> grantId;
                default ->
                        throw new IllegalStateException(
                                "No fixture for path parameter " + parameter.getName());
            };
        }
    }
}
