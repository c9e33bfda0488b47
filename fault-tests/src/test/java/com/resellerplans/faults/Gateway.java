package com.resellerplans.faults;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The public door as a well-behaved client uses it: every POST carries an Idempotency-Key, and a call that a
 * fault answers (no connection, a timeout, a 5xx, a key still in use) is sent again with the same key. Each
 * attempt goes to the next gateway, as a load balancer in front of them spreads a client's requests.
 */
final class Gateway {
    static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Longer than any fault the suite injects, a service's restart on a busy machine included, and than the
     * 2-minute lease of a key whose request died: a call only gives up when something is really broken.
     */
    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(8);

    private static final Duration BETWEEN_ATTEMPTS = Duration.ofMillis(300);
    /** Conflicts that say "send it again": the key's first request still runs, or the change lost its races. */
    private static final Set<String> RETRIED_CONFLICTS = Set.of("IDEMPOTENCY_KEY_IN_USE", "CONCURRENT_UPDATE");

    /** One answer: its status, body and whether the service replayed it for an Idempotency-Key. */
    record Answer(int status, String body, boolean replayed) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON: " + body, e);
            }
        }

        String get(String member) {
            return json().path(member).asText(null);
        }

        boolean isRetryable() {
            return status >= 500
                    || status == 409
                            && RETRIED_CONFLICTS.contains(json().path("code").asText());
        }
    }

    /** A call that got no answer but a fault's for {@link #GIVE_UP_AFTER}. */
    static final class NoAnswer extends RuntimeException {
        NoAnswer(String message) {
            super(message, null, false, false);
        }
    }

    /** A POST sent with a key and the first answer the client got for it (what every replay must repeat). */
    record KeyedCall(String token, String path, String key, String body, Answer first) {}

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<String> baseUrls;
    private final AtomicInteger turn = new AtomicInteger();
    private final Tally retries;
    private final LongAdder attempts = new LongAdder();
    private final List<KeyedCall> keyedCalls = new CopyOnWriteArrayList<>();

    Gateway(List<Integer> ports, Tally retries) {
        this.baseUrls = ports.stream().map(port -> "http://localhost:" + port).toList();
        this.retries = retries;
    }

    /** Every request sent so far, answered or not: a fault's progress is measured in them. */
    long attempts() {
        return attempts.sum();
    }

    List<KeyedCall> keyedCalls() {
        return List.copyOf(keyedCalls);
    }

    /** A POST with a fresh Idempotency-Key, sent until it gets an answer that is not a fault's. */
    Answer post(String kind, String token, String path, Object body) {
        String key = UUID.randomUUID().toString();
        String json = write(body);
        Answer answer =
                untilAnswered(kind, () -> request(token, path, key).POST(HttpRequest.BodyPublishers.ofString(json)));
        keyedCalls.add(new KeyedCall(token, path, key, json, answer));
        return answer;
    }

    /** The same POST again with the same key, once: what a client does when it lost the first answer. */
    Answer replay(KeyedCall call) {
        return untilAnswered(
                "replay",
                () -> request(call.token(), call.path(), call.key())
                        .POST(HttpRequest.BodyPublishers.ofString(call.body())));
    }

    Answer patch(String kind, String token, String path, Object body) {
        String json = write(body);
        return untilAnswered(
                kind, () -> request(token, path, null).method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer get(String token, String path) {
        return untilAnswered("read", () -> request(token, path, null).GET());
    }

    private HttpRequest.Builder request(String token, String path, String keyOrNull) {
        String baseUrl = baseUrls.get(Math.floorMod(turn.getAndIncrement(), baseUrls.size()));
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
        if (keyOrNull != null) {
            builder.header("Idempotency-Key", keyOrNull);
        }
        return builder;
    }

    private Answer untilAnswered(String kind, java.util.function.Supplier<HttpRequest.Builder> request) {
        AtomicReference<Answer> answer = new AtomicReference<>();
        LongAdder tries = new LongAdder();
        try {
            await().atMost(GIVE_UP_AFTER)
                    .pollInSameThread()
                    .pollDelay(Duration.ZERO)
                    .pollInterval(BETWEEN_ATTEMPTS)
                    .until(() -> {
                        if (tries.sum() > 0) {
                            retries.add(kind);
                        }
                        tries.increment();
                        Optional<Answer> got = send(request.get().build());
                        got.filter(a -> !a.isRetryable()).ifPresent(answer::set);
                        return answer.get() != null;
                    });
        } catch (ConditionTimeoutException e) {
            // built only now, for its method and path: every build takes the next gateway's turn
            HttpRequest unanswered = request.get().build();
            throw new NoAnswer(
                    kind + " " + unanswered.method() + " " + unanswered.uri().getPath() + " got no answer in "
                            + tries.sum() + " attempts over " + GIVE_UP_AFTER);
        }
        return answer.get();
    }

    private Optional<Answer> send(HttpRequest request) {
        attempts.increment();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return Optional.of(new Answer(
                    response.statusCode(),
                    response.body(),
                    response.headers()
                            .firstValue("Idempotency-Replayed")
                            .map("true"::equals)
                            .orElse(false)));
        } catch (IOException noAnswer) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
