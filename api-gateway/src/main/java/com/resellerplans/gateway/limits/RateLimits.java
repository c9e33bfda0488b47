package com.resellerplans.gateway.limits;

import com.resellerplans.gateway.config.GatewayConfig;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Per-caller token buckets on the routes worth limiting (alias availability, storefront sign-in), per
 * replica. A caller is the token's subject and distributor, or the client address without a token. The
 * buckets live in an access-ordered map bounded by {@code gateway.rate-limits.max-callers}: the longest
 * idle caller is forgotten first, which costs nothing, since an idle caller's bucket is full anyway.
 */
@ApplicationScoped
public class RateLimits {

    private static final Pattern AVAILABILITY = Pattern.compile("/(storefront|bss)/v1/aliases/[^/]+/availability");
    private static final Pattern SIGN_IN = Pattern.compile("/public/v1/distributors/[^/]+/storefronts/[^/]+/sign-in");

    private final GatewayConfig.RateLimits config;
    private final Map<String, TokenBucket> buckets;

    public RateLimits(GatewayConfig config) {
        this.config = config.rateLimits();
        int maxCallers = this.config.maxCallers();
        this.buckets = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, TokenBucket> eldest) {
                return size() > maxCallers;
            }
        };
    }

    /**
     * Counts the call against its caller's budget: empty when it may go on, else the whole seconds to
     * wait before retrying. Calls on routes without a limit always go on.
     */
    public OptionalLong retryAfterSeconds(HttpMethod method, String path, JsonWebToken tokenOrNull, String address) {
        String limit = limitOf(method, path);
        if (limit == null) {
            return OptionalLong.empty();
        }
        String caller = tokenOrNull == null
                ? "ip:" + address
                : "sub:" + tokenOrNull.getSubject() + "|" + tokenOrNull.getClaim("distributor");
        long now = System.nanoTime();
        long waitNanos = bucket(limit + "|" + caller, limit, now).take(now);
        return waitNanos == 0
                ? OptionalLong.empty()
                : OptionalLong.of(Math.max(1, TimeUnit.NANOSECONDS.toSeconds(waitNanos + 999_999_999)));
    }

    /** Whether calls of this method on this path (or path template) count against a per-caller budget. */
    public static boolean isLimited(HttpMethod method, String path) {
        return limitOf(method, path) != null;
    }

    private static String limitOf(HttpMethod method, String path) {
        if (HttpMethod.GET.equals(method) && AVAILABILITY.matcher(path).matches()) {
            return "availability";
        }
        if (HttpMethod.POST.equals(method) && SIGN_IN.matcher(path).matches()) {
            return "sign-in";
        }
        return null;
    }

    private TokenBucket bucket(String key, String limit, long now) {
        synchronized (buckets) {
            return buckets.computeIfAbsent(
                    key,
                    ignored -> limit.equals("availability")
                            ? new TokenBucket(
                                    config.availability().burst(),
                                    config.availability().perSecond(),
                                    now)
                            : new TokenBucket(
                                    config.signIn().perMinute(), config.signIn().perMinute() / 60d, now));
        }
    }
}
