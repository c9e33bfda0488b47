package com.resellerplans.gateway.routing;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * One service's instances, offered in turn (round robin). An instance that could not be connected to rests for a
 * while: until then it is offered after the others, so requests reach it only when they have no other instance.
 */
final class Instances {
    private final List<URI> urls;
    private final long restNanos;
    private final LongSupplier nanoClock;
    private final AtomicInteger turn = new AtomicInteger();
    private final Map<URI, Long> restingUntil = new ConcurrentHashMap<>();

    Instances(List<URI> urls, Duration rest, LongSupplier nanoClock) {
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("A service needs at least one instance");
        }
        this.urls = List.copyOf(urls);
        this.restNanos = rest.toNanos();
        this.nanoClock = nanoClock;
    }

    /** Every instance, the one whose turn it is first, then the next ones; resting ones after all others. */
    List<URI> inTurn() {
        int first = Math.floorMod(turn.getAndIncrement(), urls.size());
        List<URI> ordered = new ArrayList<>(urls.size());
        for (int i = 0; i < urls.size(); i++) {
            ordered.add(urls.get((first + i) % urls.size()));
        }
        long now = nanoClock.getAsLong();
        ordered.sort(Comparator.comparing(url -> isResting(url, now))); // stable: the turn order stays within each
        return ordered;
    }

    void unreachable(URI url) {
        restingUntil.put(url, nanoClock.getAsLong() + restNanos);
    }

    void connected(URI url) {
        restingUntil.remove(url);
    }

    private boolean isResting(URI url, long now) {
        Long until = restingUntil.get(url);
        return until != null && now - until < 0;
    }
}
