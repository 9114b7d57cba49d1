package com.dossier.customer.lifecycle;

import com.dossier.api.ReviewsApi;
import com.dossier.api.model.CustomerPageDto;
import com.dossier.api.model.ReviewCreateDto;
import com.dossier.api.model.ReviewDto;
import com.dossier.api.model.ReviewPageDto;
import com.dossier.customer.CustomerMapper;
import com.dossier.shared.security.Caller;
import com.dossier.shared.security.Permissions;
import io.quarkus.security.PermissionsAllowed;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.ZoneOffset;
import java.util.UUID;

/** HTTP face of periodic reviews. */
public class ReviewResource implements ReviewsApi {
    private final ReviewService service;
    private final Caller caller;

    ReviewResource(ReviewService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @Override
    @PermissionsAllowed(Permissions.RECORD_REVIEW)
    public Response recordReview(UUID id, ReviewCreateDto body) {
        CustomerReview review = service.record(id, body);
        return Response.created(
                        UriBuilder.fromPath("/api/v1/customers/{id}/reviews")
                                .build(review.customerId))
                .entity(toDto(review))
                .build();
    }

    @Override
    @PermissionsAllowed(Permissions.LIST_CUSTOMER_REVIEWS)
    public Response listCustomerReviews(UUID id, Integer limit, String cursor) {
        ReviewService.ReviewPage page = service.history(id, limit, cursor);
        return Response.ok(
                        new ReviewPageDto()
                                .items(page.items().stream().map(ReviewResource::toDto).toList())
                                .nextCursor(page.nextCursor()))
                .build();
    }

    @Override
    @PermissionsAllowed(Permissions.LIST_DUE_REVIEWS)
    public Response listDueReviews(Integer withinDays, Integer limit, String cursor) {
        ReviewService.QueuePage page = service.due(withinDays, limit, cursor);
        boolean sees = caller.seesSensitiveFields();
        return Response.ok(
                        new CustomerPageDto()
                                .items(
                                        page.items().stream()
                                                .map(c -> CustomerMapper.toDto(c, sees))
                                                .toList())
                                .nextCursor(page.nextCursor()))
                .build();
    }

    private static ReviewDto toDto(CustomerReview r) {
        return new ReviewDto()
                .id(r.id)
                .customerId(r.customerId)
                .checked(r.checked)
                .findings(r.findings)
                .tier(r.tier)
                .reviewerId(r.reviewerId)
                .reviewerUsername(r.reviewerUsername)
                .reviewedOn(r.reviewedOn)
                .reviewedAt(r.reviewedAt.atOffset(ZoneOffset.UTC))
                .nextReviewOn(r.nextReviewOn);
    }
}
