package com.dossier.shared.ratelimit;

import com.dossier.shared.error.Problems;
import com.dossier.shared.error.TraceId;
import com.dossier.shared.security.Roles;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Applies the rate limits to every authenticated API request and advertises them on every response,
 * in the syntax of draft-ietf-httpapi-ratelimit-headers-08 (October 2024, section 3 and 4): {@code
 * RateLimit-Policy: "partner";q=120;w=60} and {@code RateLimit: "partner";r=37;t=21} (r = requests
 * left, t = seconds until the quota is full again). Past the limit: 429 problem with {@code
 * Retry-After}.
 *
 * <p>Partners are counted per client ({@code azp}: one integration, however many tokens it
 * fetches); staff per user ({@code sub}), since every staff member signs in through the same web
 * client. Only verified identities are counted: a forged token cannot spend someone else's quota,
 * and requests without a valid token are answered 401 without touching any bucket.
 */
public class RateLimitFilter {
    private static final String DECISION = RateLimitFilter.class.getName() + ".decision";

    private final RateLimitConfig config;
    private final RateLimiter limiter;
    private final CurrentIdentityAssociation identities;
    private final CurrentVertxRequest currentRequest;

    RateLimitFilter(
            RateLimitConfig config,
            RateLimiter limiter,
            CurrentIdentityAssociation identities,
            CurrentVertxRequest currentRequest) {
        this.config = config;
        this.limiter = limiter;
        this.identities = identities;
        this.currentRequest = currentRequest;
    }

    @ServerRequestFilter
    public Uni<Response> limit(ContainerRequestContext request) {
        if (!config.enabled() || !request.getUriInfo().getPath().startsWith("/api/")) {
            return Uni.createFrom().nullItem();
        }
        return identities
                .getDeferredIdentity()
                .onFailure()
                .recoverWithNull()
                .map(identity -> decide(request, identity));
    }

    @ServerResponseFilter
    public void advertise(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(DECISION) instanceof RateLimiter.Decision decision) {
            var headers = response.getHeaders();
            headers.putSingle("RateLimit-Policy", policyHeader(decision));
            headers.putSingle("RateLimit", limitHeader(decision));
            if (!decision.allowed()) {
                headers.putSingle("Retry-After", String.valueOf(decision.retryAfterSeconds()));
            }
        }
    }

    private Response decide(ContainerRequestContext request, SecurityIdentity identity) {
        if (identity == null
                || identity.isAnonymous()
                || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return null;
        }
        boolean partner = identity.hasRole(Roles.PARTNER);
        String key = partner ? jwt.getClaim("azp") : jwt.getSubject();
        if (key == null) {
            key = jwt.getSubject() == null ? "" : jwt.getSubject();
        }
        RateLimiter.Decision decision =
                partner
                        ? limiter.take("partner", key, config.partner())
                        : limiter.take("staff", key, config.staff());
        request.setProperty(DECISION, decision);
        if (decision.allowed()) {
            return null;
        }
        var context = currentRequest.getCurrent();
        return Problems.response(
                429,
                "rate-limited",
                "Too many requests",
                "The rate limit of this client is exhausted; retry after the indicated time.",
                List.of(),
                request.getUriInfo().getRequestUri().getPath(),
                TraceId.of(context));
    }

    static String policyHeader(RateLimiter.Decision d) {
        return "\"" + d.policy() + "\";q=" + d.quota() + ";w=" + d.windowSeconds();
    }

    static String limitHeader(RateLimiter.Decision d) {
        return "\"" + d.policy() + "\";r=" + d.remaining() + ";t=" + d.resetSeconds();
    }
}
