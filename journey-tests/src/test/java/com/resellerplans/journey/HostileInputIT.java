package com.resellerplans.journey;

import static com.resellerplans.journey.Journeys.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.resellerplans.journey.HostileRequests.Caller;
import com.resellerplans.journey.HostileRequests.Exchange;
import com.resellerplans.journey.HostileRequests.HeaderAbuse;
import com.resellerplans.journey.HostileRequests.Poison;
import com.resellerplans.journey.PublicApi.Operation;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Bad input at volume, through the gateway against the running suite: random and hostile bodies, aliases and
 * headers on every public route the partner documents name. Never a 5xx, every refusal problem+json with a
 * {@code code}, no stack trace, class name or SQL in any answer, and nothing stored.
 */
class HostileInputIT {
    /** Stack frames, exception class names and SQL errors: what an answer must never show. */
    private static final Pattern LEAK = Pattern.compile(
            "\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\)|\\b[A-Z]\\w*(Exception|Error)\\b|Caused by|\\bjava\\.|\\bjakarta\\."
                    + "|org\\.(hibernate|postgresql|jboss|apache)|io\\.(quarkus|vertx|smallrye|netty)|com\\.fasterxml"
                    + "|com\\.resellerplans|SQLState|SQL state|syntax error at or near|PSQL|duplicate key value");

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The gateway's {@code quarkus.http.limits.max-header-size} (default) and {@code max-initial-line-length}. */
    private static final int MAX_HEADER_BYTES = 20 * 1024;

    private static final int MAX_INITIAL_LINE = 16384;
    private static final List<String> SWEEP_TEXTS =
            List.of("t\u0435ch\u0000", "'; DROP TABLE orders; --", "\u202Eadmin\uD800", "../../etc/passwd", "{{7*7}}");
    private static final List<String> SWEEP_ALIASES = List.of("\u212Aelvin", "\u0430dmin", "tech solutions");
    private static final List<String> SWEEP_SEGMENTS = List.of("%2e%2e", "%00", "1%27%20OR%20%271%27%3D%271", "%C0%AE");

    private static HttpClient http;
    private static String gateway;
    private static PublicApi api;
    private static HostileRequests requests;
    private static OwnedObjects owned;
    /** What the owners saw after the last request that could have changed it. */
    private static Map<String, String> baseline;
    /** The alias-bearing part of it, after the last hostile alias. */
    private static Map<String, String> holdings;

    @BeforeContainer
    static void theSuiteAndOneDistributorsObjects() throws Exception {
        new RunningSuite().beforeAll(null);
        gateway = RestAssured.baseURI + ":" + RestAssured.port;
        http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        api = PublicApi.read(http, gateway);
        requests = new HostileRequests(api);
        owned = new OwnedObjects();
        baseline = owned.snapshot();
        holdings = owned.holdings();
    }

    @Example
    void thePartnerDocumentsNameEveryRouteFamily() {
        assertThat(api.operations())
                .extracting(Operation::template)
                .anyMatch(path -> path.startsWith("/bss/v1/"))
                .anyMatch(path -> path.startsWith("/storefront/v1/"))
                .anyMatch(path -> path.startsWith("/public/v1/"));
        assertThat(api.operations())
                .filteredOn(Operation::changesState)
                .isNotEmpty()
                .allMatch(
                        operation -> operation.readsBody()
                                || !operation.pathParameters().isEmpty(),
                        "reads a body or names an object, so a hostile request to it can be made refusable");
    }

    @Example
    void everyRouteOfThePartnerDocumentsRefusesAPoisonedRequestCleanly() {
        Poison[] poisons = Poison.values();
        HeaderAbuse[] abuses = HeaderAbuse.values();
        for (int i = 0; i < api.operations().size(); i++) {
            Operation operation = api.operations().get(i);
            Caller caller = callerFor(operation, i % 2 == 0 ? "live" : "shopper");
            for (Set<HeaderAbuse> abuse : List.of(Set.<HeaderAbuse>of(), Set.of(abuses[i % abuses.length]))) {
                Exchange exchange = requests.build(
                        operation,
                        caller,
                        poisons[i % poisons.length],
                        abuse,
                        SWEEP_TEXTS,
                        SWEEP_ALIASES,
                        SWEEP_SEGMENTS,
                        i);
                Answer answer = send(exchange);
                assertClean(exchange, answer);
                if (operation.changesState()) {
                    assertThat(answer.status())
                            .as("%s\nmust be refused, answered %s", exchange, answer)
                            .isBetween(400, 499);
                }
            }
        }
        // once for the whole sweep, which is deterministic: a rerun with a snapshot per request finds the culprit
        assertNothingChanged("the sweep over every route");
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    void aHostileRequestIsRefusedCleanlyAndStoresNothing(
            @ForAll("operations") Operation operation,
            @ForAll("callers") String callerName,
            @ForAll Poison poison,
            @ForAll("abuse") Set<HeaderAbuse> abuse,
            @ForAll("texts") List<String> texts,
            @ForAll("aliases") List<String> aliases,
            @ForAll("segments") List<String> segments,
            @ForAll long seed) {
        Caller caller = callerFor(operation, callerName);
        Exchange exchange = requests.build(operation, caller, poison, abuse, texts, aliases, segments, seed);
        Statistics.label("route").collect(operation.toString());
        assertRefusedCleanly(operation, exchange);
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    void aHostileAliasIsNeverHeld(@ForAll("alias") String alias) {

        Answer pencil = send(jsonRequest(
                "PATCH",
                "/bss/v1/orders/" + owned.draftId + "/items/" + owned.draftItemId,
                owned.operatorToken,
                Map.of("storefrontAlias", alias)));
        Answer checkout = send(jsonRequest(
                "POST", "/storefront/v1/basket/checkout", owned.shopper.token(), Map.of("storefrontAlias", alias)));

        for (Answer answer : List.of(pencil, checkout)) {
            assertThat(answer.status()).as("%s", answer).isBetween(400, 499);
            assertThat(answer.problemCode())
                    .as("%s", answer)
                    .isIn("ALIAS_INVALID", "ALIAS_RESERVED", "ALIAS_REQUIRED", "INVALID_REQUEST");
        }
        Map<String, String> after = owned.holdings();
        Map<String, String> before = holdings;
        holdings = after;
        assertThat(after).as("orders, storefronts and basket after %s", alias).isEqualTo(before);
        String folded = Hostile.fold(alias);
        if (!Hostile.refusedAsAlias(folded)) {
            Response availability = await().atMost(Journeys.EVENTUALLY)
                    .until(
                            () -> as(owned.observerToken).get("/bss/v1/aliases/" + folded + "/availability"),
                            response -> response.statusCode() != 429);
            assertThat(availability.<Boolean>path("available"))
                    .as("%s folded to %s", alias, folded)
                    .isTrue();
        }
    }

    /** Sends the request; a change of state must be refused and leave what the owners see as it was. */
    private static void assertRefusedCleanly(Operation operation, Exchange exchange) {
        Answer answer = send(exchange);

        assertClean(exchange, answer);
        if (operation.changesState()) {
            assertThat(answer.status())
                    .as("%s\nmust be refused, answered %s", exchange, answer)
                    .isBetween(400, 499);
            assertNothingChanged(exchange);
        }
    }

    private static void assertNothingChanged(Object cause) {
        Map<String, String> after = owned.snapshot();
        Map<String, String> before = baseline;
        baseline = after; // so that the next try (or shrinking step) is judged on its own
        assertThat(after).as("what the owners see after\n%s", cause).isEqualTo(before);
    }

    @Provide
    Arbitrary<Operation> operations() {
        return Arbitraries.of(api.operations());
    }

    @Provide
    Arbitrary<String> callers() {
        return Arbitraries.of("live", "shopper");
    }

    @Provide
    Arbitrary<Set<HeaderAbuse>> abuse() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(Set.of())),
                Tuple.of(2, Arbitraries.of(HeaderAbuse.class).set().ofMinSize(1).ofMaxSize(3)));
    }

    @Provide
    Arbitrary<List<String>> texts() {
        return Hostile.texts().list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<List<String>> aliases() {
        return Hostile.aliases().list().ofMinSize(1).ofMaxSize(3);
    }

    @Provide
    Arbitrary<String> alias() {
        return Hostile.aliases();
    }

    @Provide
    Arbitrary<List<String>> segments() {
        return Hostile.pathSegments().list().ofMinSize(1).ofMaxSize(3);
    }

    /** BSS routes are called by the distributor's operator; storefront and public ones by a reseller's admin. */
    private static Caller callerFor(Operation operation, String storefrontCaller) {
        if (operation.template().startsWith("/bss/")) {
            return owned.operatorCaller();
        }
        return "live".equals(storefrontCaller) ? owned.liveCaller() : owned.shopperCaller();
    }

    private static Exchange jsonRequest(String method, String path, String token, Object body) {
        return new Exchange(
                method,
                path,
                List.of(
                        Map.entry("Authorization", "Bearer " + token),
                        Map.entry("Content-Type", "application/json"),
                        Map.entry("Accept", "application/json")),
                HostileRequests.json(body),
                false,
                "hostile alias");
    }

    /** What came back, read as text whatever its type. */
    record Answer(int status, Optional<String> contentType, String body) {
        String problemCode() {
            try {
                return JSON.readTree(body).path("code").asText(null);
            } catch (IOException notJson) {
                return null;
            }
        }

        @Override
        public String toString() {
            return status + " " + contentType.orElse("(no type)") + " " + HostileRequests.clip(body, 500);
        }
    }

    private static Answer send(Exchange exchange) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(gateway + exchange.target())).timeout(Duration.ofSeconds(60));
        exchange.headers().forEach(header -> request.header(header.getKey(), header.getValue()));
        HttpRequest.BodyPublisher body = exchange.body() == null
                ? HttpRequest.BodyPublishers.noBody()
                : exchange.chunked()
                        ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(exchange.body()))
                        : HttpRequest.BodyPublishers.ofByteArray(exchange.body());
        request.method(exchange.method(), body);
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type"),
                    new String(response.body(), StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new AssertionError("No answer within 60 s to\n" + exchange, e);
        } catch (IOException e) {
            if (exchange.body() != null && headersPastCodecLimit(exchange)) {
                // The codec answers 431 and closes before reading the body; the reset of a body still arriving can
                // discard that answer before the client reads it (the "immediate close" of RFC 9112 §9.6). Nothing
                // of the gateway ran, and the caller sees its request refused: the codec's refusal all the same.
                return new Answer(431, Optional.empty(), "");
            }
            throw new AssertionError("No answer to\n" + exchange, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Never a 5xx; every refusal problem+json with its code and status; nothing internal in any answer. The one
     * exception is the HTTP codec's own refusal, before any handler of the gateway runs (Quarkus offers no hook
     * to shape it): a bare 431 for a header section past its limit, 414 for a request line past its limit (the
     * gateway's own, lower limit answers 414 problem+json {@code URI_TOO_LONG}).
     */
    private static void assertClean(Exchange exchange, Answer answer) {
        assertThat(answer.status()).as("%s\nanswered %s", exchange, answer).isLessThan(500);
        assertThat(LEAK.matcher(answer.body()).find())
                .as("%s\nleaks in %s", exchange, answer)
                .isFalse();
        if (isCodecRefusal(exchange, answer)) {
            assertThat(answer.body()).as("%s\nanswered %s", exchange, answer).isEmpty();
        } else if (answer.status() >= 400) {
            assertThat(answer.contentType())
                    .as("%s\nanswered %s", exchange, answer)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            JsonNode problem = readProblem(exchange, answer);
            assertThat(problem.path("code").asText())
                    .as("%s\nanswered %s", exchange, answer)
                    .isNotBlank();
            assertThat(problem.path("status").asInt())
                    .as("%s\nanswered %s", exchange, answer)
                    .isEqualTo(answer.status());
        }
    }

    private static boolean isCodecRefusal(Exchange exchange, Answer answer) {
        return switch (answer.status()) {
            case 431 -> headersPastCodecLimit(exchange);
            case 414 -> exchange.target().length() > MAX_INITIAL_LINE - 64;
            default -> false;
        };
    }

    /** Past the codec's limit, give or take how it counts a header's bytes. */
    private static boolean headersPastCodecLimit(Exchange exchange) {
        return exchange.headerBytes() > MAX_HEADER_BYTES - 1024;
    }

    private static JsonNode readProblem(Exchange exchange, Answer answer) {
        try {
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new AssertionError(exchange + "\nanswered a problem that is not JSON: " + answer, e);
        }
    }
}
