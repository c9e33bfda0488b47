package com.resellerplans.benchmark;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one operation of a phase cost each process in CPU: the milliseconds it used from the phase's first arrival
 * to its last answer (drain included), divided by the operations that completed; and the machine's load average
 * at the phase's end, since the other work on a shared machine makes the same code cost more.
 */
record CpuCost(String phase, long operations, String loadAverage, Map<String, Double> millisPerOperation) {

    static CpuCost of(String phase, long operations, Map<String, Double> usedMillis, String loadAverage) {
        Map<String, Double> perOperation = new LinkedHashMap<>();
        usedMillis.forEach((process, millis) -> perOperation.put(process, operations > 0 ? millis / operations : 0));
        return new CpuCost(phase, operations, loadAverage, perOperation);
    }

    /** Every measured process together. */
    double totalMillisPerOperation() {
        return millisPerOperation.values().stream()
                .mapToDouble(Double::doubleValue)
                .sum();
    }

    /** The 1-minute load average, the first field of {@code /proc/loadavg}. */
    String oneMinuteLoad() {
        return loadAverage.split(" ")[0];
    }
}
