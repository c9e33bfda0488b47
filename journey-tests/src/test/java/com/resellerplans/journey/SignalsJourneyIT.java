package com.resellerplans.journey;

import static com.resellerplans.journey.Journeys.EVENTUALLY;
import static com.resellerplans.journey.Journeys.addToBasket;
import static com.resellerplans.journey.Journeys.mailsTo;
import static com.resellerplans.journey.Journeys.newDistributor;
import static com.resellerplans.journey.Journeys.newReseller;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.resellerplans.journey.OtlpTraceReceiver.ReceivedSpan;
import com.resellerplans.localservers.RunningService;
import io.opentelemetry.proto.trace.v1.Span.SpanKind;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an operator sees of one storefront checkout: a single trace from the gateway through order,
 * subscription and storefront-alias services to notification-service, carried across every Kafka hop by the
 * outbox; the business metrics moving on the management ports; the request id in the services' JSON logs.
 */
@ExtendWith(RunningSuite.class)
class SignalsJourneyIT {
    private static final List<String> SERVICES = List.of(
            "api-gateway", "order-service", "subscription-service", "storefront-alias-service", "notification-service");
    private static final List<String> PUBLISHERS =
            List.of("order-service", "subscription-service", "storefront-alias-service");
    private static final Map<String, String> STOREFRONT_NEW = Map.of("channel", "STOREFRONT", "kind", "NEW");
    private static final Map<String, String> SENT = Map.of("status", "SENT");
    private static final Map<String, String> ACTIVE = Map.of("status", "ACTIVE");

    /**
     * The packaged gateway and services answer a token they verified before from what they kept: four requests
     * with one token over two gateways and two subscription-service instances find it kept at least twice in each.
     */
    @Test
    void theGatewayAndTheServicesKeepTheTokensTheyVerified() {
        String operator = Journeys.operator(newDistributor());
        Map<String, String> kept = Map.of("outcome", "kept");
        double gatewayBefore = ServiceMetrics.counter("api-gateway", "verified_tokens_total", kept);
        double directoryBefore = ServiceMetrics.counter("subscription-service", "verified_tokens_total", kept);

        for (int i = 0; i < 4; i++) {
            Journeys.as(operator).get("/bss/v1/resellers").then().statusCode(200);
        }

        assertThat(ServiceMetrics.counter("api-gateway", "verified_tokens_total", kept))
                .isGreaterThanOrEqualTo(gatewayBefore + 2);
        assertThat(ServiceMetrics.counter("subscription-service", "verified_tokens_total", kept))
                .isGreaterThanOrEqualTo(directoryBefore + 2);
    }

    @Test
    void oneCheckoutIsOneTraceAcrossFiveServicesAndMovesTheBusinessMetrics() throws IOException {
        Journeys.Reseller reseller = newReseller(newDistributor(), "signals");
        String token = reseller.token();
        addToBasket(token, "STANDARD_PLAN");
        // what earlier journeys left in flight must not move the numbers under this test
        await().atMost(EVENTUALLY)
                .until(() -> PUBLISHERS.stream().allMatch(this::outboxDrained)
                        && ServiceMetrics.databaseGauge("notification-service", "emails", Map.of("status", "QUEUED"))
                                == 0);
        double ordersBefore = ServiceMetrics.counter("order-service", "orders_executed_total", STOREFRONT_NEW);
        double emailsBefore = ServiceMetrics.databaseGauge("notification-service", "emails", SENT);
        double activeBefore = ServiceMetrics.databaseGauge("subscription-service", "subscriptions", ACTIVE);

        String traceId = randomHex(16);
        String callerSpanId = randomHex(8);
        String requestId = "signals-" + UUID.randomUUID();
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .header("traceparent", "00-" + traceId + "-" + callerSpanId + "-01")
                .header("X-Request-Id", requestId)
                .body(Map.of("storefrontAlias", "signals" + traceId.substring(0, 6)))
                .post("/storefront/v1/basket/checkout")
                .then()
                .statusCode(201);
        await().atMost(EVENTUALLY).until(() -> !mailsTo(reseller.email()).isEmpty());

        OtlpTraceReceiver receiver = OtlpTraceReceiver.shared();
        await().atMost(EVENTUALLY)
                .untilAsserted(() -> assertThat(emailPath(receiver.trace(traceId), callerSpanId))
                        .isPresent());
        List<ReceivedSpan> trace = receiver.trace(traceId);
        List<ReceivedSpan> path = emailPath(trace, callerSpanId).orElseThrow();
        List<String> servicesInOrder =
                path.stream().map(ReceivedSpan::service).distinct().toList();
        assertThat(servicesInOrder)
                .as("services from the caller's span to the notification consumer, in order")
                .containsExactlyElementsOf(SERVICES);
        // each Kafka hop: a consumer span whose parent is the relay's producer span in the service before it
        List<String> hops = new ArrayList<>();
        for (int i = 1; i < path.size(); i++) {
            ReceivedSpan parent = path.get(i - 1);
            ReceivedSpan child = path.get(i);
            if (child.kind() == SpanKind.SPAN_KIND_CONSUMER && parent.kind() == SpanKind.SPAN_KIND_PRODUCER) {
                assertThat(child.service()).isNotEqualTo(parent.service());
                hops.add(parent.service() + " -" + parent.name() + "-> " + child.service());
            }
        }
        assertThat(hops)
                .containsExactly(
                        "order-service -orders publish-> subscription-service",
                        "subscription-service -subscriptions publish-> storefront-alias-service",
                        "storefront-alias-service -storefronts publish-> notification-service");

        await().atMost(EVENTUALLY).untilAsserted(() -> {
            assertThat(ServiceMetrics.counter("order-service", "orders_executed_total", STOREFRONT_NEW))
                    .isEqualTo(ordersBefore + 1);
            // gauges of all distributors, read every 5 s: an earlier journey's last email may still land in them
            assertThat(ServiceMetrics.databaseGauge("notification-service", "emails", SENT))
                    .isGreaterThanOrEqualTo(emailsBefore + 1);
            assertThat(ServiceMetrics.databaseGauge("subscription-service", "subscriptions", ACTIVE))
                    .isGreaterThanOrEqualTo(activeBefore + 1);
            assertThat(PUBLISHERS).allMatch(this::outboxDrained);
        });
        assertThat(ServiceMetrics.counter("order-service", "outbox_relay_lag_seconds_count", Map.of("topic", "orders")))
                .isPositive();

        List<String> orderLogs = new ArrayList<>();
        for (RunningService instance : RunningSuite.instances("order-service")) {
            orderLogs.addAll(Files.readAllLines(instance.log()));
        }
        assertThat(orderLogs)
                .as("the order-service JSON log lines of this checkout carry its request id and trace id")
                .anyMatch(line -> line.startsWith("{")
                        && line.contains("executed")
                        && line.contains("\"requestId\":\"" + requestId + "\"")
                        && line.contains(traceId));
    }

    private boolean outboxDrained(String service) {
        return ServiceMetrics.databaseGauge(service, "outbox_backlog_rows", Map.of()) == 0;
    }

    /**
     * The chain of spans from the caller's span down to a notification-service span, following parent ids;
     * empty until every span on the way has arrived.
     */
    private static Optional<List<ReceivedSpan>> emailPath(List<ReceivedSpan> trace, String callerSpanId) {
        Map<String, ReceivedSpan> byId =
                trace.stream().collect(Collectors.toMap(ReceivedSpan::spanId, Function.identity(), (a, b) -> a));
        for (ReceivedSpan span : trace) {
            // the welcome email's consumer span: notification-service also consumes the subscriptions topic
            if (!span.service().equals("notification-service")
                    || span.kind() != SpanKind.SPAN_KIND_CONSUMER
                    || !span.name().equals("storefronts process")) {
                continue;
            }
            List<ReceivedSpan> path = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            ReceivedSpan current = span;
            while (current != null && seen.add(current.spanId())) {
                path.add(0, current);
                if (current.parentSpanId().equals(callerSpanId)) {
                    return Optional.of(path);
                }
                current = byId.get(current.parentSpanId());
            }
        }
        return Optional.empty();
    }

    private static String randomHex(int bytes) {
        byte[] id = new byte[bytes];
        new SecureRandom().nextBytes(id);
        return HexFormat.of().formatHex(id);
    }
}
