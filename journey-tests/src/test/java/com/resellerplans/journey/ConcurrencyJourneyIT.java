package com.resellerplans.journey;

import static com.resellerplans.journey.Journeys.EVENTUALLY;
import static com.resellerplans.journey.Journeys.WELCOME;
import static com.resellerplans.journey.Journeys.addToBasket;
import static com.resellerplans.journey.Journeys.as;
import static com.resellerplans.journey.Journeys.awaitLiveSubscription;
import static com.resellerplans.journey.Journeys.awaitMail;
import static com.resellerplans.journey.Journeys.checkout;
import static com.resellerplans.journey.Journeys.draftOrder;
import static com.resellerplans.journey.Journeys.mailsTo;
import static com.resellerplans.journey.Journeys.newDistributor;
import static com.resellerplans.journey.Journeys.newReseller;
import static com.resellerplans.journey.Journeys.operator;
import static com.resellerplans.journey.Journeys.publicStorefront;
import static com.resellerplans.journey.Journeys.setAlias;
import static com.resellerplans.journey.Journeys.storefrontUrl;
import static com.resellerplans.journey.Journeys.tierOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.resellerplans.journey.Journeys.Reseller;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Many people acting at the same moment: one alias wanted by a hundred resellers, and one reseller's plan
 * changed from the storefront and the BSS at once. Exactly one wins each race; every loser gets a clean refusal.
 */
@ExtendWith(RunningSuite.class)
class ConcurrencyJourneyIT {
    private static final int RESELLERS = 100;
    private static final int THREADS = 20;

    @Test
    void aHundredResellersCheckOutTheSameAliasAndExactlyOneGetsIt() throws Exception {
        String distributor = newDistributor();
        List<Reseller> resellers =
                inParallel(IntStream.range(0, RESELLERS).boxed().toList(), i -> {
                    Reseller reseller = newReseller(distributor, "reseller" + i);
                    addToBasket(reseller.token(), "STANDARD_PLAN");
                    return reseller;
                });

        List<Response> answers = inParallel(resellers, reseller -> checkout(reseller.token(), "popular"));

        List<Integer> winners = IntStream.range(0, RESELLERS)
                .filter(i -> answers.get(i).statusCode() == 201)
                .boxed()
                .toList();
        assertThat(winners).hasSize(1);
        for (int i = 0; i < RESELLERS; i++) {
            if (i != winners.get(0)) {
                Response refusal = answers.get(i);
                assertThat(refusal.statusCode())
                        .as("answer %d: %s", i, refusal.asString())
                        .isEqualTo(409);
                assertThat(refusal.contentType()).startsWith("application/problem+json");
                assertThat(refusal.jsonPath().getString("code")).isEqualTo("ALIAS_TAKEN");
                assertThat(refusal.jsonPath().getList("suggestions"))
                        .isNotEmpty()
                        .doesNotContain("popular");
            }
        }

        Reseller winner = resellers.get(winners.get(0));
        awaitLiveSubscription(winner, "STANDARD");
        publicStorefront(distributor, "popular")
                .statusCode(200)
                .body("url", equalTo(storefrontUrl(distributor, "popular")))
                .body("status", equalTo("ACTIVE"));
        as(operator(distributor))
                .queryParam("limit", 100)
                .get("/bss/v1/storefronts")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].alias", equalTo("popular"));
        awaitMail(winner.email(), WELCOME);
        assertThat(mailsTo("@" + distributor + ".example", WELCOME)).hasSize(1);
        assertThat(inParallel(resellers, Journeys::tierOf).stream().filter("STANDARD"::equals))
                .hasSize(1);
    }

    @Test
    void aCheckoutAndABssExecutionForOneResellerAtOnceLetExactlyOneWin() throws Exception {
        String distributor = newDistributor();
        Reseller reseller = newReseller(distributor, "racer");
        JsonPath draft = draftOrder(reseller, "STANDARD_PLAN")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        setAlias(distributor, draft, "from-bss").statusCode(200);
        addToBasket(reseller.token(), "STANDARD_PLAN");

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService people = Executors.newFixedThreadPool(2);
        try {
            Future<Response> shop = people.submit(() -> {
                start.await();
                return checkout(reseller.token(), "from-shop");
            });
            Future<Response> bss = people.submit(() -> {
                start.await();
                return as(operator(distributor)).post("/bss/v1/orders/" + draft.getString("id") + "/execution");
            });
            start.countDown();
            Response checkout = shop.get(60, TimeUnit.SECONDS);
            Response execution = bss.get(60, TimeUnit.SECONDS);

            boolean shopWon = checkout.statusCode() == 201;
            Response loser = shopWon ? execution : checkout;
            assertThat(shopWon ^ execution.statusCode() == 200)
                    .as("checkout %s, execution %s", checkout.asString(), execution.asString())
                    .isTrue();
            assertThat(loser.statusCode()).isEqualTo(409);
            assertThat(loser.contentType()).startsWith("application/problem+json");
            assertThat(loser.jsonPath().getString("code")).isEqualTo("PLAN_ALREADY_ACTIVE");

            String alias = shopWon ? "from-shop" : "from-bss";
            String subscription = awaitLiveSubscription(reseller, "STANDARD");
            as(reseller.token())
                    .get("/storefront/v1/subscriptions")
                    .then()
                    .statusCode(200)
                    .body("items", hasSize(1))
                    .body("items[0].id", equalTo(subscription))
                    .body("items[0].storefrontUrl", equalTo(storefrontUrl(distributor, alias)));
            as(reseller.token())
                    .get("/storefront/v1/orders")
                    .then()
                    .statusCode(200)
                    .body("items.findAll { it.status == 'EXECUTED' }", hasSize(1));
            assertThat(tierOf(reseller)).isEqualTo("STANDARD");
            if (!shopWon) {
                await().atMost(EVENTUALLY)
                        .untilAsserted(() -> as(reseller.token())
                                .get("/storefront/v1/aliases/from-shop/availability")
                                .then()
                                .statusCode(200)
                                .body("available", equalTo(true)));
            }
            awaitMail(reseller.email(), WELCOME);
            assertThat(mailsTo(reseller.email(), WELCOME)).hasSize(1);
        } finally {
            people.shutdownNow();
        }
    }

    /** Runs the step for every input on a pool of {@value #THREADS}, all released at once; answers in order. */
    private static <T, R> List<R> inParallel(List<T> inputs, Function<T, R> step) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T input : inputs) {
                Callable<R> call = () -> {
                    start.await();
                    return step.apply(input);
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            List<R> results = new ArrayList<>();
            for (Future<R> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
