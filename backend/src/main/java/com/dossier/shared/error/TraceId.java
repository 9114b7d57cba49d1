package com.dossier.shared.error;

import io.vertx.ext.web.RoutingContext;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/** The trace id of a request: taken from a W3C traceparent when present, otherwise made once. */
public final class TraceId {
    private static final String KEY = "dossier.traceId";

    private TraceId() {}

    public static String of(RoutingContext context) {
        if (context == null) {
            return random();
        }
        String known = context.get(KEY);
        if (known != null) {
            return known;
        }
        String traceparent = context.request().getHeader("traceparent");
        String id =
                traceparent != null && traceparent.matches("^[0-9a-f]{2}-[0-9a-f]{32}-.*")
                        ? traceparent.substring(3, 35)
                        : random();
        context.put(KEY, id);
        return id;
    }

    private static String random() {
        byte[] bytes = new byte[16];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
