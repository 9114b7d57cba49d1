package com.dossier.support;

import static com.dossier.support.Api.as;
import static com.dossier.support.Api.unique;

import io.restassured.http.ContentType;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A customer owned by a sales rep of a team, with one contact, one share, one document (a text
 * file), a pending access request by a rep of another team and one open transaction (of a product
 * all fixtures share): every path parameter of the contract has a value here. A correction is made
 * on demand, on another (approved) customer of the same owner.
 */
public record CustomerFixture(
        TestUser owner,
        String team,
        String customerId,
        String contactId,
        String colleague,
        String grantId,
        String productId,
        String transactionId,
        String documentId) {

    private static String sharedProduct;

    /** An active product, created once by an administrator; fixtures never change it. */
    public static synchronized String product() {
        if (sharedProduct == null) {
            sharedProduct =
                    as(TestUser.withRole("admin"))
                            .contentType(ContentType.JSON)
                            .body(Map.of("code", unique("FX-"), "name", "夹具产品", "unit", "件"))
                            .post("/api/v1/products")
                            .then()
                            .statusCode(201)
                            .extract()
                            .path("id");
        }
        return sharedProduct;
    }

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
        String productId = product();
        String transactionId =
                as(owner)
                        .contentType(ContentType.JSON)
                        .body(
                                Map.of(
                                        "number",
                                        unique("XS-"),
                                        "transactionDate",
                                        LocalDate.now(ZoneOffset.UTC).toString(),
                                        "paymentTerms",
                                        "NET_30",
                                        "lineItems",
                                        List.of(
                                                Map.of(
                                                        "productId",
                                                        productId,
                                                        "quantity",
                                                        "100",
                                                        "unitPrice",
                                                        "500.00"))))
                        .post("/api/v1/customers/" + customerId + "/transactions")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        return new CustomerFixture(
                owner,
                team,
                customerId,
                contactId,
                colleague,
                grantId,
                productId,
                transactionId,
                documentId);
    }

    /** The same child ids under another customer id (e.g. one that does not exist). */
    public CustomerFixture withCustomerId(String otherCustomerId) {
        return new CustomerFixture(
                owner,
                team,
                otherCustomerId,
                contactId,
                colleague,
                grantId,
                productId,
                transactionId,
                documentId);
    }

    /**
     * A pending correction, proposed by the owner, of a new approved customer of the owner's team
     * (the fixture's own customer stays a draft, editable by PATCH).
     */
    public String pendingCorrection() {
        String approved = approvedCustomer(owner);
        return as(owner)
                .contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "changes",
                                List.of(Map.of("field", "notes", "newValue", "更正后的备注")),
                                "reason",
                                "客户来函更正备注"))
                .post("/api/v1/customers/" + approved + "/corrections")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /**
     * A new draft customer of the owner, of the fixture customer's kind: the duplicate a merge into
     * the fixture's customer takes as its source.
     */
    public String mergeSource() {
        return as(owner)
                .contentType(ContentType.JSON)
                .body(Map.of("kind", "INDIVIDUAL", "name", unique("重复客户")))
                .post("/api/v1/customers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A new customer of {@code owner}, submitted by it and approved by a sales director. */
    public static String approvedCustomer(TestUser owner) {
        var created =
                as(owner)
                        .contentType(ContentType.JSON)
                        .body(Map.of("kind", "INDIVIDUAL", "name", unique("已审批客户")))
                        .post("/api/v1/customers")
                        .then()
                        .statusCode(201)
                        .extract();
        String id = created.path("id");
        String etag =
                as(owner)
                        .header("If-Match", created.header("ETag"))
                        .post("/api/v1/customers/" + id + "/submit")
                        .then()
                        .statusCode(200)
                        .extract()
                        .header("ETag");
        as(TestUser.withRole("sales-director"))
                .header("If-Match", etag)
                .post("/api/v1/customers/" + id + "/approve")
                .then()
                .statusCode(200);
        return id;
    }

    /** The real-estate visitor card every installation has. */
    public static final String SEEDED_TEMPLATE = "b5e1e7c0-7d3a-4c1e-9f00-000000000001";

    public String value(Parameter parameter) {
        return switch (parameter.getName()) {
            case "id" -> customerId;
            case "contactId" -> contactId;
            case "userId" -> colleague;
            case "grantId" -> grantId;
            case "productId" -> productId;
            case "txId" -> transactionId;
            case "correctionId" -> pendingCorrection();
            // Nobody's filter: allowed roles get 404, which the matrix counts as allowed.
            case "filterId" -> "00000000-0000-4000-8000-0000000f1173";
            // A seeded profile template (migration 009): templates are not customer-scoped.
            case "templateId" -> SEEDED_TEMPLATE;
            case "docId" -> documentId;
            case "kind" -> "ORGANIZATION";
            // Nobody's import: allowed roles get 404, which the matrix counts as allowed.
            case "importId" -> "00000000-0000-4000-8000-0000000017a0";
            default ->
                    throw new IllegalStateException(
                            "No fixture for path parameter " + parameter.getName());
        };
    }
}
