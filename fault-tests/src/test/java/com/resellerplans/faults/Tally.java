package com.resellerplans.faults;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts by kind, safe to add to from many threads. */
final class Tally {
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    void add(String kind) {
        counts.computeIfAbsent(kind, k -> new LongAdder()).increment();
    }

    long of(String kind) {
        LongAdder count = counts.get(kind);
        return count == null ? 0 : count.sum();
    }

    long total() {
        return counts.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Sorted by kind, for the summary. */
    Map<String, Long> snapshot() {
        Map<String, Long> sorted = new TreeMap<>();
        counts.forEach((kind, count) -> sorted.put(kind, count.sum()));
        return sorted;
    }

    @Override
    public String toString() {
        return total() + " " + snapshot();
    }
}
