package com.resellerplans.journey;

import static io.restassured.RestAssured.given;

import java.util.Map;

/** Reads one value from a running service's Prometheus page ({@code /q/metrics} on its management port). */
final class ServiceMetrics {
    private ServiceMetrics() {
    }

    /**
     * The sample of {@code name} whose labels include all of {@code labels}; 0 when the service has not
     * registered it yet (a counter appears with its first increment).
     */
    static double value(String service, String name, Map<String, String> labels) {
        String page = given().baseUri("http://localhost").port(RunningSuite.managementPort(service))
                .get("/q/metrics").then().statusCode(200).extract().asString();
        for (String line : page.split("\n")) {
            if (line.startsWith(name + "{") && labels.entrySet().stream()
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
