package com.resellerplans.faults;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.resellerplans.localservers.TestServers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Resellers of several distributors moving through their plans at the same time, each by its own path:
 * Storefront checkouts, BSS drafts executed by an operator, upgrades from both channels and cancellations.
 * Every answer that is not the one the step expects is an anomaly.
 */
final class Traffic {
    /** Events normally land within a second; this also covers a broker or consumer that is down. */
    private static final Duration EVENTUALLY = Duration.ofMinutes(5);

    private final Gateway gateway;
    private final List<String> distributors;
    private final Tally operations = new Tally();
    private final List<String> anomalies = new CopyOnWriteArrayList<>();
    private final AtomicInteger resellers = new AtomicInteger();

    Traffic(Gateway gateway, List<String> distributors) {
        this.gateway = gateway;
        this.distributors = List.copyOf(distributors);
    }

    Tally operations() {
        return operations;
    }

    List<String> anomalies() {
        return List.copyOf(anomalies);
    }

    Set<String> distributors() {
        return Set.copyOf(distributors);
    }

    /**
     * Runs {@code workers} resellers at a time until at least {@code atLeast} have gone through their path and
     * {@code keepGoing} says stop; returns when every started one is done.
     */
    void run(int workers, int atLeast, BooleanSupplier keepGoing) {
        onWorkers(
                workers,
                IntStream.range(0, workers)
                        .<Runnable>mapToObj(w -> () -> {
                            int n;
                            while ((n = resellers.getAndIncrement()) < atLeast || keepGoing.getAsBoolean()) {
                                livePlanLife(n);
                            }
                        })
                        .toList());
    }

    /**
     * The same Storefront checkout for many new resellers, the n-th due {@code n × spacing} after the first (an
     * open arrival rate, so calls keep arriving while a service stops and starts); returns when every one has
     * answered.
     */
    void checkoutBurst(int count, int workers, Duration spacing) {
        List<Reseller> registered =
                IntStream.range(0, count).mapToObj(this::register).toList();
        long start = System.nanoTime();
        onWorkers(
                workers,
                IntStream.range(0, count)
                        .<Runnable>mapToObj(n -> () -> {
                            Reseller reseller = registered.get(n);
                            LockSupport.parkNanos(start + n * spacing.toNanos() - System.nanoTime());
                            try {
                                checkout(reseller, "STANDARD_PLAN", alias());
                            } catch (StepRefused | Gateway.NoAnswer refused) {
                                anomalies.add(refused.getMessage());
                            }
                        })
                        .toList());
    }

    private static void onWorkers(int workers, List<Runnable> tasks) {
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<?>> running =
                    tasks.stream().<Future<?>>map(pool::submit).toList();
            for (Future<?> task : running) {
                task.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("The traffic failed", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private void livePlanLife(int n) {
        try {
            Reseller reseller = register(n);
            String subscription;
            switch (n % 4) {
                case 0 -> {
                    checkout(reseller, "FREE_PLAN", alias());
                    subscription = awaitSubscription(reseller, "FREE");
                    checkout(reseller, "STANDARD_PLAN", null);
                    awaitSubscription(reseller, "STANDARD");
                    cancel(reseller, subscription, "IMMEDIATE");
                }
                case 1 -> {
                    bssOrder(reseller, "FREE_PLAN");
                    subscription = awaitSubscription(reseller, "FREE");
                    expect(
                            201,
                            "bss-upgrade",
                            gateway.post(
                                    "bss-upgrade",
                                    operator(reseller),
                                    "/bss/v1/subscriptions/" + subscription + "/upgrade",
                                    Map.of("product", "STANDARD_PLAN")),
                            reseller);
                    awaitSubscription(reseller, "STANDARD");
                    cancel(reseller, subscription, "END_OF_TERM");
                }
                case 2 -> {
                    checkout(reseller, "STANDARD_PLAN", alias());
                    subscription = awaitSubscription(reseller, "STANDARD");
                    expect(
                            200,
                            "cancellation",
                            gateway.post(
                                    "cancellation",
                                    reseller.token(),
                                    "/storefront/v1/subscriptions/" + subscription + "/cancellation",
                                    Map.of()),
                            reseller);
                }
                default -> {
                    bssOrder(reseller, "STANDARD_PLAN");
                    subscription = awaitSubscription(reseller, "STANDARD");
                    cancel(reseller, subscription, "IMMEDIATE");
                }
            }
        } catch (StepRefused | Gateway.NoAnswer refused) {
            anomalies.add(refused.getMessage());
        }
    }

    private Reseller register(int n) {
        String distributor = distributors.get(n % distributors.size());
        String email =
                "contact-" + n + "-" + UUID.randomUUID().toString().substring(0, 6) + "@" + distributor + ".example";
        Gateway.Answer created = gateway.post(
                "reseller",
                TestServers.tokens().operator(distributor),
                "/bss/v1/resellers",
                Map.of("name", "Reseller " + n, "primaryContact", Map.of("name", "Ann Lee", "email", email)));
        operations.add("reseller");
        if (created.status() != 201) {
            throw new IllegalStateException(
                    "Registering a reseller answered " + created.status() + " " + created.body());
        }
        String id = created.get("id");
        return new Reseller(n, distributor, id, TestServers.tokens().reseller(distributor, id));
    }

    private void checkout(Reseller reseller, String product, String aliasOrNull) {
        expect(
                201,
                "basket-item",
                gateway.post(
                        "basket-item", reseller.token(), "/storefront/v1/basket/items", Map.of("product", product)),
                reseller);
        Map<String, Object> form = aliasOrNull == null ? Map.of() : Map.of("storefrontAlias", aliasOrNull);
        Gateway.Answer order = expect(
                201,
                "checkout",
                gateway.post("checkout", reseller.token(), "/storefront/v1/basket/checkout", form),
                reseller);
        expectExecuted(order, reseller);
    }

    private void bssOrder(Reseller reseller, String product) {
        Gateway.Answer draft = expect(
                201,
                "bss-draft",
                gateway.post(
                        "bss-draft",
                        operator(reseller),
                        "/bss/v1/orders",
                        Map.of("resellerId", reseller.id(), "items", List.of(Map.of("product", product)))),
                reseller);
        String orderId = draft.get("id");
        String itemId = draft.json().path("items").path(0).path("id").asText();
        expect(
                200,
                "bss-alias",
                gateway.patch(
                        "bss-alias",
                        operator(reseller),
                        "/bss/v1/orders/" + orderId + "/items/" + itemId,
                        Map.of("storefrontAlias", alias())),
                reseller);
        expectExecuted(
                expect(
                        200,
                        "bss-execution",
                        gateway.post(
                                "bss-execution",
                                operator(reseller),
                                "/bss/v1/orders/" + orderId + "/execution",
                                Map.of()),
                        reseller),
                reseller);
    }

    private void cancel(Reseller reseller, String subscription, String effective) {
        expect(
                200,
                "cancellation",
                gateway.post(
                        "cancellation",
                        operator(reseller),
                        "/bss/v1/subscriptions/" + subscription + "/cancellation",
                        Map.of("effective", effective)),
                reseller);
    }

    /** Waits until the reseller's own list shows a live subscription on the plan; returns its id. */
    private String awaitSubscription(Reseller reseller, String plan) {
        try {
            return await().atMost(EVENTUALLY)
                    .pollInterval(Duration.ofMillis(500))
                    .until(
                            () -> {
                                for (JsonNode item : gateway.get(reseller.token(), "/storefront/v1/subscriptions")
                                        .json()
                                        .path("items")) {
                                    if (item.path("status").asText().equals("ACTIVE")
                                            && item.path("plan").asText().equals(plan)) {
                                        return item.path("id").asText();
                                    }
                                }
                                return null;
                            },
                            java.util.Objects::nonNull);
        } catch (ConditionTimeoutException e) {
            throw new StepRefused(reseller + ": no ACTIVE " + plan + " subscription within " + EVENTUALLY);
        }
    }

    private Gateway.Answer expect(int status, String kind, Gateway.Answer answer, Reseller reseller) {
        operations.add(kind);
        if (answer.status() != status) {
            throw new StepRefused(kind + " for " + reseller + " answered " + answer.status() + " instead of " + status
                    + ": " + answer.body());
        }
        return answer;
    }

    private void expectExecuted(Gateway.Answer order, Reseller reseller) {
        if (!"EXECUTED".equals(order.get("status"))) {
            throw new StepRefused(
                    "order " + order.get("id") + " of " + reseller + " is " + order.get("status") + ", not EXECUTED");
        }
    }

    private static String operator(Reseller reseller) {
        return TestServers.tokens().operator(reseller.distributor());
    }

    private static String alias() {
        return "shop" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** A reseller of the traffic, its number (which picks its path) and its admin's token. */
    private record Reseller(int n, String distributor, String id, String token) {
        @Override
        public String toString() {
            return "reseller #" + n + " " + id + " (" + distributor + ")";
        }
    }

    /** A step got an answer other than the one it expects: the reseller's path stops there. */
    private static final class StepRefused extends RuntimeException {
        StepRefused(String message) {
            super(message, null, false, false);
        }
    }
}
