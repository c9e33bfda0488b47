package com.resellerplans.storefront.alias.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.resellerplans.storefront.Tenants;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.RepeatedTest;

@QuarkusTest
class ConcurrentHoldTest {

    @RepeatedTest(5)
    void two_concurrent_holds_of_one_alias_have_exactly_one_winner() throws Exception {
        Tenants tenant = Tenants.fresh();
        String operator = tenant.operator();
        CyclicBarrier start = new CyclicBarrier(2);
        Callable<Integer> holdIt = () -> {
            start.await();
            return AliasHoldsClient.hold(operator, Tenants.newId(), Tenants.newId(), "contested", 600)
                    .extract()
                    .statusCode();
        };
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = threads.invokeAll(List.of(holdIt, holdIt));
            assertThat(List.of(answers.get(0).get(), answers.get(1).get())).containsExactlyInAnyOrder(201, 409);
        } finally {
            threads.shutdownNow();
        }
    }
}
