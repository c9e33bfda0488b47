package com.resellerplans.benchmark;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.util.concurrent.CompletionStage;

/**
 * Non-blocking HTTP/1.1 calls to the suite over pooled keep-alive connections: a request that finds every
 * connection busy waits in the pool's queue, and that wait counts in its latency.
 */
final class SuiteClient implements AutoCloseable {

    /** An answer's status and body. */
    record Answer(int status, String body) {}

    private static final long TIMEOUT_MILLIS = 30_000;

    private final HttpClient http;

    SuiteClient(Vertx vertx, int connectionsPerServer) {
        this.http = vertx.createHttpClient(
                new HttpClientOptions().setKeepAlive(true).setTcpNoDelay(true).setDefaultHost("localhost"),
                new PoolOptions().setHttp1MaxSize(connectionsPerServer).setMaxWaitQueueSize(-1));
    }

    CompletionStage<Answer> send(HttpMethod method, int port, String path, String token, String jsonBody) {
        RequestOptions options = new RequestOptions()
                .setMethod(method)
                .setPort(port)
                .setURI(path)
                .setTimeout(TIMEOUT_MILLIS)
                .putHeader("Authorization", "Bearer " + token);
        if (jsonBody != null) {
            options.putHeader("Content-Type", "application/json");
        }
        return http.request(options)
                .compose(request -> jsonBody == null ? request.send() : request.send(Buffer.buffer(jsonBody)))
                .compose(response -> response.body().map(body -> new Answer(response.statusCode(), body.toString())))
                .toCompletionStage();
    }

    @Override
    public void close() {
        http.close().toCompletionStage().toCompletableFuture().join();
    }
}
