package com.resellerplans.gateway.routing;

import static com.resellerplans.gateway.routing.Service.NOTIFICATION;
import static com.resellerplans.gateway.routing.Service.ORDER;
import static com.resellerplans.gateway.routing.Service.STOREFRONT;
import static com.resellerplans.gateway.routing.Service.SUBSCRIPTION;

import com.resellerplans.gateway.identity.Access;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The gateway's routing table (DESIGN.md "Public API"): public path prefix → service. Nothing else
 * is forwarded, so the services' {@code /q/*} and {@code /internal/*} routes are unreachable from
 * outside the cluster.
 */
public final class Routes {

    /** Most specific first: a deeper prefix wins over a shallower one it lies below. */
    private static final List<Route> TABLE = List.of(
                    bss("/bss/v1/resellers", SUBSCRIPTION),
                    // the upgrade of a subscription is an order: order-service serves it
                    bss("/bss/v1/subscriptions/{id}/upgrade", ORDER),
                    bss("/bss/v1/subscriptions", SUBSCRIPTION),
                    bss("/bss/v1/setup/subscriptions", SUBSCRIPTION),
                    bss("/bss/v1/orders", ORDER),
                    bss("/bss/v1/aliases", STOREFRONT),
                    bss("/bss/v1/storefronts", STOREFRONT),
                    bss("/bss/v1/setup/storefront", STOREFRONT),
                    bss("/bss/v1/setup/notifications", NOTIFICATION),
                    bss("/bss/v1/notifications", NOTIFICATION),
                    storefront("/storefront/v1/plans", ORDER),
                    storefront("/storefront/v1/basket", ORDER),
                    storefront("/storefront/v1/orders", ORDER),
                    storefront("/storefront/v1/subscriptions", SUBSCRIPTION),
                    storefront("/storefront/v1/aliases", STOREFRONT),
                    storefront("/storefront/v1/storefront", STOREFRONT),
                    new Route("/public/v1/distributors/{distributorId}/storefronts", STOREFRONT, Access.PUBLIC))
            .stream()
            .sorted(Comparator.comparingInt(Route::depth).reversed())
            .toList();

    private Routes() {}

    /** The route serving this normalised path, if any. */
    public static Optional<Route> find(String path) {
        return TABLE.stream().filter(route -> route.matches(path)).findFirst();
    }

    /** Every route, most specific first. */
    public static List<Route> all() {
        return TABLE;
    }

    private static Route bss(String prefix, Service service) {
        return new Route(prefix, service, Access.OPERATOR);
    }

    private static Route storefront(String prefix, Service service) {
        return new Route(prefix, service, Access.RESELLER_ADMIN);
    }
}
