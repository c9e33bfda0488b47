package com.resellerplans.journey;

import static io.restassured.RestAssured.given;

import com.resellerplans.localservers.RunningService;
import java.util.Map;

/**
 * Reads one value from a running service's Prometheus pages ({@code /q/metrics} on each instance's management
 * port). A counter is each instance's own count, so the service's is their sum; a gauge of the database reads the
 * same rows on every instance, each refreshing on its own schedule, so the service's is the highest reading.
 */
final class ServiceMetrics {
    private ServiceMetrics() {}

    /** A counter (or a histogram's count) of the service: the sum over its instances. */
    static double counter(String service, String name, Map<String, String> labels) {
        return RunningSuite.instances(service).stream()
                .mapToDouble(instance -> value(instance, name, labels))
                .sum();
    }

    /** A gauge of what the service's database holds: the highest any instance reports. */
    static double databaseGauge(String service, String name, Map<String, String> labels) {
        return RunningSuite.instances(service).stream()
                .mapToDouble(instance -> value(instance, name, labels))
                .max()
                .orElseThrow();
    }

    /**
     * The sample of {@code name} whose labels include all of {@code labels}; 0 when the instance has not
     * registered it yet (a counter appears with its first increment).
     */
    private static double value(RunningService instance, String name, Map<String, String> labels) {
        String page = given().baseUri("http://localhost")
                .port(instance.managementPort())
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        for (String line : page.split("\n")) {
            if (line.startsWith(name + "{")
                    && labels.entrySet().stream()
                            .allMatch(label -> line.contains(label.getKey() + "=\"" + label.getValue() + "\""))) {
                return sampleValue(line.substring(line.indexOf("} ") + 2));
            }
            if (labels.isEmpty() && line.startsWith(name + " ")) {
                return sampleValue(line.substring(name.length() + 1));
            }
        }
        return 0;
    }

    /** The first token: with tracing on, OpenMetrics appends an exemplar ({@code # {trace_id=…} value time}). */
    private static double sampleValue(String afterLabels) {
        return Double.parseDouble(afterLabels.strip().split("\\s+")[0]);
    }
}
