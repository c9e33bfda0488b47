package com.resellerplans.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;

/** Fires one call from several threads released at the same moment and collects what each answered. */
public final class Concurrently {
    private Concurrently() {}

    /** The HTTP statuses of {@code callers} calls, call {@code i} made by {@code statusOfCall.applyAsInt(i)}. */
    public static List<Integer> statuses(int callers, IntUnaryOperator statusOfCall) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(callers);
        CyclicBarrier together = new CyclicBarrier(callers);
        try {
            List<Future<Integer>> answers = IntStream.range(0, callers)
                    .mapToObj(i -> threads.submit(() -> {
                        together.await();
                        return statusOfCall.applyAsInt(i);
                    }))
                    .toList();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            threads.shutdownNow();
        }
    }
}
