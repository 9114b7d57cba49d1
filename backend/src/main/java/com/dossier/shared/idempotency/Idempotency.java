package com.dossier.shared.idempotency;

import com.dossier.shared.error.ValidationProblem;
import com.dossier.shared.security.Caller;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * `Idempotency-Key` on creating POSTs. The first request with a key claims it by inserting a row
 * marked in flight ({@code INSERT ... ON CONFLICT DO NOTHING}: the database decides between
 * concurrent duplicates, on any number of instances), runs, and stores its response. A later
 * request with the same key and the same request (SHA-256 of method, path and body) gets that
 * response replayed — status, body, {@code Location}, {@code ETag} — and creates nothing; with
 * another request it is refused with 422, and while the first is still running with 409.
 *
 * <p>Keys belong to the calling client and user (the token's {@code azp} and {@code sub}; a
 * partner's service account has one subject, so for partners this is the client). Only successful
 * responses (2xx) are stored: a refused or failed request releases its key so the client can
 * correct it and retry. Entries expire after {@link #RETENTION_HOURS} hours; an expired entry is
 * removed when its key is used again and by {@link #purgeExpired()}.
 *
 * <p>The claim and the stored response are written in their own short transactions (auto-commit),
 * separate from the business transaction: the claim must be visible to other requests at once.
 */
@ApplicationScoped
public class Idempotency {
    public static final String HEADER = "Idempotency-Key";
    public static final int RETENTION_HOURS = 24;
    public static final int MAX_KEY_LENGTH = 255;

    private final AgroalDataSource dataSource;
    private final ObjectMapper mapper;
    private final Caller caller;
    private final CurrentVertxRequest currentRequest;

    Idempotency(
            AgroalDataSource dataSource,
            ObjectMapper mapper,
            Caller caller,
            CurrentVertxRequest currentRequest) {
        this.dataSource = dataSource;
        this.mapper = mapper;
        this.caller = caller;
        this.currentRequest = currentRequest;
    }

    /**
     * Runs {@code action} at most once per key: without a key it simply runs; with one it claims
     * the key, or replays or refuses as described above.
     */
    public Response once(
            String key, String method, String path, Object body, Supplier<Response> action) {
        if (key == null) {
            // JAX-RS hands an empty header over as absent; an empty key is still a wrong key.
            var context = currentRequest.getCurrent();
            if (context == null || context.request().getHeader(HEADER) == null) {
                return action.get();
            }
            key = "";
        }
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            throw ValidationProblem.of(
                    HEADER,
                    "idempotencyKey.size",
                    "The Idempotency-Key must have 1 to " + MAX_KEY_LENGTH + " characters.");
        }
        String client = caller.clientId() == null ? "" : caller.clientId();
        String subject = caller.subject() == null ? "" : caller.subject();
        String hash = hash(method, path, body);
        if (!claim(client, subject, key, hash)) {
            return replay(client, subject, key, hash);
        }
        Response response;
        try {
            response = action.get();
        } catch (RuntimeException | Error e) {
            release(client, subject, key);
            throw e;
        }
        if (response.getStatusInfo().getFamily() != Response.Status.Family.SUCCESSFUL) {
            release(client, subject, key);
            return response;
        }
        store(client, subject, key, response);
        return response;
    }

    /** Removes every expired entry; returns how many. */
    public int purgeExpired() {
        return update(
                "DELETE FROM idempotency_record WHERE created_at < now() - make_interval(hours => ?)",
                ps -> ps.setInt(1, RETENTION_HOURS));
    }

    private boolean claim(String client, String subject, String key, String hash) {
        update(
                "DELETE FROM idempotency_record WHERE client_id = ? AND subject = ?"
                        + " AND idempotency_key = ? AND created_at < now() - make_interval(hours => ?)",
                ps -> {
                    bindKey(ps, client, subject, key);
                    ps.setInt(4, RETENTION_HOURS);
                });
        return update(
                        "INSERT INTO idempotency_record (client_id, subject, idempotency_key,"
                                + " request_hash, in_flight, created_at)"
                                + " VALUES (?, ?, ?, ?, true, now()) ON CONFLICT DO NOTHING",
                        ps -> {
                            bindKey(ps, client, subject, key);
                            ps.setString(4, hash);
                        })
                == 1;
    }

    private Response replay(String client, String subject, String key, String hash) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps =
                        c.prepareStatement(
                                "SELECT request_hash, in_flight, status, content_type, body,"
                                        + " location, etag FROM idempotency_record"
                                        + " WHERE client_id = ? AND subject = ? AND idempotency_key = ?")) {
            bindKey(ps, client, subject, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    // Released between our claim and this read: the other request failed.
                    throw IdempotencyKeyProblem.inFlight();
                }
                if (!hash.equals(rs.getString("request_hash"))) {
                    throw IdempotencyKeyProblem.reused();
                }
                if (rs.getBoolean("in_flight")) {
                    throw IdempotencyKeyProblem.inFlight();
                }
                Response.ResponseBuilder replayed = Response.status(rs.getInt("status"));
                byte[] bytes = rs.getBytes("body");
                if (bytes != null) {
                    replayed.entity(bytes).type(rs.getString("content_type"));
                }
                String location = rs.getString("location");
                if (location != null) {
                    replayed.location(URI.create(location));
                }
                String etag = rs.getString("etag");
                if (etag != null) {
                    replayed.header(HttpHeaders.ETAG, etag);
                }
                return replayed.build();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Idempotency record unreadable", e);
        }
    }

    private void store(String client, String subject, String key, Response response) {
        byte[] body;
        try {
            body = response.hasEntity() ? mapper.writeValueAsBytes(response.getEntity()) : null;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Response not serialisable", e);
        }
        URI location = response.getLocation();
        update(
                "UPDATE idempotency_record SET in_flight = false, status = ?, content_type = ?,"
                        + " body = ?, location = ?, etag = ?"
                        + " WHERE client_id = ? AND subject = ? AND idempotency_key = ?",
                ps -> {
                    ps.setInt(1, response.getStatus());
                    ps.setString(2, body == null ? null : MediaType.APPLICATION_JSON);
                    ps.setBytes(3, body);
                    ps.setString(4, location == null ? null : location.toString());
                    ps.setString(5, response.getHeaderString(HttpHeaders.ETAG));
                    ps.setString(6, client);
                    ps.setString(7, subject);
                    ps.setString(8, key);
                });
    }

    private void release(String client, String subject, String key) {
        update(
                "DELETE FROM idempotency_record WHERE client_id = ? AND subject = ?"
                        + " AND idempotency_key = ? AND in_flight",
                ps -> bindKey(ps, client, subject, key));
    }

    String hash(String method, String path, Object body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(mapper.writeValueAsBytes(body));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("Request not hashable", e);
        }
    }

    private static void bindKey(PreparedStatement ps, String client, String subject, String key)
            throws SQLException {
        ps.setString(1, client);
        ps.setString(2, subject);
        ps.setString(3, key);
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private int update(String sql, Binder binder) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Idempotency record not written", e);
        }
    }
}
