package com.dossier.shared.web;

import com.dossier.shared.error.Problems;
import com.dossier.shared.error.TraceId;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;

/** Requests that match no route at all still answer with a problem, not an HTML page. */
public class NotFoundRoutes {
    void install(@Observes Router router) {
        router.errorHandler(
                404,
                context -> {
                    if (context.response().ended()) {
                        return;
                    }
                    JsonObject problem =
                            new JsonObject()
                                    .put("type", Problems.TYPE_BASE + "not-found")
                                    .put("title", "Not found")
                                    .put("status", 404)
                                    .put("detail", "No such resource.")
                                    .put("instance", context.request().path())
                                    .put("traceId", TraceId.of(context));
                    context.response()
                            .setStatusCode(404)
                            .putHeader("Content-Type", Problems.MEDIA_TYPE)
                            .end(problem.encode());
                });
    }
}
