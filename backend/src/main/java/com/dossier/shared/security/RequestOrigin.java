package com.dossier.shared.security;

import com.dossier.shared.error.TraceId;
import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

/**
 * Who and what a record of the audit trail or the access log names: the caller (id, username,
 * client) and the request's trace id. Outside an HTTP request (jobs, migrations) all are null.
 */
@ApplicationScoped
public class RequestOrigin {
    private final Instance<Caller> caller;
    private final Instance<CurrentVertxRequest> request;

    RequestOrigin(Instance<Caller> caller, Instance<CurrentVertxRequest> request) {
        this.caller = caller;
        this.request = request;
    }

    public record Origin(String userId, String username, String clientId, String traceId) {}

    public Origin current() {
        if (!Arc.container().requestContext().isActive()) {
            return new Origin(null, null, null, null);
        }
        Caller who = caller.get();
        var context = request.get().getCurrent();
        return new Origin(
                who.subject(),
                who.username(),
                who.clientId(),
                context == null ? null : TraceId.of(context));
    }
}
