package com.dossier.support;

import static io.restassured.RestAssured.given;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Request helpers for the API tests. */
public final class Api {
    private static final OpenApiValidationFilter CONTRACT =
            new OpenApiValidationFilter(
                    OpenApiInteractionValidator.createForSpecificationUrl(
                                    contractFile().toUri().toString())
                            .build());

    private Api() {}

    public static Path contractFile() {
        return Path.of(System.getProperty("contract.file", "../openapi.yaml"));
    }

    /** A request whose exchange must match the contract (request and response). */
    public static RequestSpecification as(TestUser user) {
        return given().filter(CONTRACT).header("Authorization", user.bearer());
    }

    /** A request sent as-is, for deliberately invalid input. */
    public static RequestSpecification raw(TestUser user) {
        return given().header("Authorization", user.bearer());
    }

    /** A valid unified social credit code no other test uses. */
    public static String freshCreditCode() {
        String charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder code = new StringBuilder("91310000");
        for (int i = 0; i < 9; i++) {
            code.append(charset.charAt(ThreadLocalRandom.current().nextInt(charset.length())));
        }
        return code.append(com.dossier.customer.CreditCode.checkCharacter(code.toString()))
                .toString();
    }

    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates an organisation as {@code user} and returns its id. */
    public static String createOrganisation(TestUser user, String name) {
        return as(user).contentType(ContentType.JSON)
                .body(Map.of("kind", "ORGANIZATION", "name", name, "creditCode", freshCreditCode()))
                .post("/api/v1/customers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
