package com.resellerplans.gateway;

import static com.resellerplans.gateway.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Calls that end without the service's answer: the service hangs up, or the caller goes away first. */
@QuarkusTest
class AbandonedCallsTest {

    private final List<String> logLines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            boolean error = record.getLevel().intValue() >= Level.SEVERE.intValue();
            if (error || record.getLoggerName().startsWith("com.resellerplans.gateway")) {
                logLines.add((error ? "ERROR " : record.getLevel() + " ") + record.getMessage());
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void backendsUpAndLogsCaptured() {
        EchoBackends.startAll();
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void aServiceHangingUpOnAnHttp2CallIsAServiceUnavailableProblem() throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            // prior-knowledge h2c, as the JDK's and most HTTP/2 clients speak to a plain-HTTP gateway
            HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                    .setProtocolVersion(HttpVersion.HTTP_2)
                    .setHttp2ClearTextUpgrade(false));
            String id = "hang-up-" + UUID.randomUUID();
            Answer answer = client.request(new RequestOptions()
                            .setMethod(HttpMethod.GET)
                            .setHost("localhost")
                            .setPort(RestAssured.port)
                            .setURI("/bss/v1/orders/hang-up")
                            .putHeader("Authorization", bearer(TestTokens.operator()))
                            .putHeader("X-Request-Id", id))
                    .compose(request -> request.send())
                    .compose(response -> response.body()
                            .map(body -> new Answer(
                                    response.version(),
                                    response.statusCode(),
                                    response.getHeader("Content-Type"),
                                    body.toJsonObject())))
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(10, TimeUnit.SECONDS);

            assertThat(answer.version()).isEqualTo(HttpVersion.HTTP_2);
            assertThat(answer.status()).isEqualTo(503);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.body().getString("code")).isEqualTo("SERVICE_UNAVAILABLE");
            assertThat(await().until(() -> accessLine(id), Optional::isPresent).get())
                    .contains("-> 503");
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aCallerThatGoesAwayIsLoggedAsSentNoAnswerAndNotAsTheServicesFailure() throws IOException {
        String id = "gone-" + UUID.randomUUID();
        callAndLeave("GET", id, "\r\n");

        String access = await().atMost(Duration.ofSeconds(10))
                .until(() -> accessLine(id), Optional::isPresent)
                .get();
        assertThat(access).contains("-> no answer (the connection closed first)");
        String forwarding = await().until(
                        () -> logLines.stream()
                                .filter(line -> line.contains(id) && !line.contains(" -> "))
                                .findFirst(),
                        Optional::isPresent)
                .get();
        assertThat(forwarding).startsWith("INFO").contains("The caller went away before ORDER answered");
    }

    @Test
    void aCallerThatGoesAwayInTheMiddleOfItsBodyLeavesNoErrorBehind() throws IOException {
        String id = "gone-mid-body-" + UUID.randomUUID();
        callAndLeave("POST", id, "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"items\": [");

        assertThat(await().until(() -> accessLine(id), Optional::isPresent).get())
                .contains("-> no answer (the connection closed first)");
        await().until(() ->
                logLines.stream().anyMatch(line -> line.contains("The caller went away") && line.contains(id)));
        // the proxy resets the request it was streaming to the service: expected, so not an unhandled error
        assertThat(logLines).noneMatch(line -> line.startsWith("ERROR"));
    }

    /**
     * Sends a call to a silent path of order-service, with the rest of the head (and body) as given, and closes the
     * connection once the service holds the call.
     */
    private static void callAndLeave(String method, String requestId, String rest) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write((method + " /bss/v1/orders/silent HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                            + bearer(TestTokens.operator()) + "\r\nX-Request-Id: " + requestId + "\r\n" + rest)
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            await().until(() -> EchoBackends.heldSilently().contains(requestId));
        }
    }

    private Optional<String> accessLine(String requestId) {
        return logLines.stream()
                .filter(line -> line.contains(" -> ") && line.contains(requestId))
                .findFirst();
    }

    private record Answer(HttpVersion version, int status, String contentType, JsonObject body) {}
}
