package com.dossier.support;

import static com.dossier.support.Api.as;
import static com.dossier.support.Api.unique;

import io.restassured.http.ContentType;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.Map;
import java.util.UUID;

/**
 * A customer owned by a sales rep of a team, with one contact, one share, one document (a text
 * file) and a pending access request by a rep of another team: every path parameter of the contract
 * has a value here.
 */
public record CustomerFixture(
        TestUser owner,
        String team,
        String customerId,
        String contactId,
        String colleague,
        String grantId,
        String documentId) {

    /** A customer of a team no other test uses. */
    public static CustomerFixture create() {
        return create(TestUser.freshTeam());
    }

    public static CustomerFixture create(String team) {
        TestUser owner = TestUser.rep(team);
        String customerId =
                as(owner)
                        .contentType(ContentType.JSON)
                        .body(Map.of("kind", "INDIVIDUAL", "name", unique("范围客户")))
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
        String documentId = Documents.uploadText(owner, customerId, "ID_COPY", unique("身份证复印件"));
        return new CustomerFixture(
                owner, team, customerId, contactId, colleague, grantId, documentId);
    }

    /** The same child ids under another customer id (e.g. one that does not exist). */
    public CustomerFixture withCustomerId(String otherCustomerId) {
        return new CustomerFixture(
                owner, team, otherCustomerId, contactId, colleague, grantId, documentId);
    }

    public String value(Parameter parameter) {
        return switch (parameter.getName()) {
            case "id" -> customerId;
            case "contactId" -> contactId;
            case "userId" -> colleague;
            case "grantId" -> grantId;
            case "docId" -> documentId;
            case "kind" -> "ORGANIZATION";
            default ->
                    throw new IllegalStateException(
                            "No fixture for path parameter " + parameter.getName());
        };
    }
}
