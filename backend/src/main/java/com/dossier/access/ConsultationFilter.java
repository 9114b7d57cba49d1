package com.dossier.access;

import com.dossier.api.model.CustomerDto;
import com.dossier.api.model.CustomerPageDto;
import com.dossier.api.model.ExpiringDocumentDto;
import com.dossier.api.model.ExpiringDocumentPageDto;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Records every consultation of customer archive data, by construction rather than by each endpoint
 * remembering to: any successful GET under {@code /api/v1/customers/{id}} (the customer itself and
 * every child resource, present and future) writes an entry for that customer, and a page of search
 * results (or of documents about to expire, which name their customers) writes one per listed
 * customer. The view is the operation id, which the generated interfaces use as method name.
 * Responses that carry no data (404, 403, errors) are not consultations. If the entry cannot be
 * written, the data is not returned (the failure becomes a 500). AccessLogTest checks this against
 * every customer-scoped read of the contract.
 */
public class ConsultationFilter {
    private static final String CUSTOMERS = "/api/v1/customers/";

    private final AccessLog accessLog;

    ConsultationFilter(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    @ServerResponseFilter
    public void record(
            ContainerRequestContext request,
            ContainerResponseContext response,
            ResourceInfo resource) {
        if (!HttpMethod.GET.equals(request.getMethod())
                || response.getStatusInfo().getFamily() != Response.Status.Family.SUCCESSFUL
                || resource == null
                || resource.getResourceMethod() == null) {
            return;
        }
        String view = resource.getResourceMethod().getName();
        List<UUID> customers = consultedCustomers(request, response);
        accessLog.consulted(customers, view);
    }

    private static List<UUID> consultedCustomers(
            ContainerRequestContext request, ContainerResponseContext response) {
        String id = request.getUriInfo().getPathParameters().getFirst("id");
        String path = request.getUriInfo().getPath();
        path = path.startsWith("/") ? path : "/" + path;
        if (id != null && (path.equals(CUSTOMERS + id) || path.startsWith(CUSTOMERS + id + "/"))) {
            return List.of(UUID.fromString(id));
        }
        if (response.getEntity() instanceof CustomerPageDto page && page.getItems() != null) {
            return page.getItems().stream().map(CustomerDto::getId).toList();
        }
        if (response.getEntity() instanceof ExpiringDocumentPageDto page
                && page.getItems() != null) {
            return page.getItems().stream().map(ExpiringDocumentDto::getCustomerId).toList();
        }
        return List.of();
    }
}
