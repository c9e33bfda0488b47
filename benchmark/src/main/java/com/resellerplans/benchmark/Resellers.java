package com.resellerplans.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.resellerplans.localservers.TokenMinter;
import io.vertx.core.http.HttpMethod;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Semaphore;

/**
 * Creates the resellers the load is spread over, through the BSS API like an operator would, each with its own
 * reseller-admin token and the Standard plan already in its basket, so a checkout is one request.
 */
final class Resellers {

    /** A reseller ready to check out: its token, the welcome email's address and the alias it will ask for. */
    record Reseller(String id, String token, String email, String alias) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CONCURRENT_CREATIONS = 32;

    private final SuiteClient client;
    private final TokenMinter tokens;
    private final int gatewayPort;
    private final String distributor;
    private final String runId;
    private final String operatorToken;
    private int created;

    Resellers(SuiteClient client, TokenMinter tokens, int gatewayPort, String distributor, String runId) {
        this.client = client;
        this.tokens = tokens;
        this.gatewayPort = gatewayPort;
        this.distributor = distributor;
        this.runId = runId;
        this.operatorToken = tokens.operator(distributor);
    }

    /** {@code count} new resellers, created {@value #CONCURRENT_CREATIONS} at a time. */
    List<Reseller> create(int count) throws InterruptedException {
        Semaphore slots = new Semaphore(CONCURRENT_CREATIONS);
        List<CompletableFuture<Reseller>> pending = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            slots.acquire();
            CompletableFuture<Reseller> reseller = createOne(created++).toCompletableFuture();
            reseller.whenComplete((ignored, error) -> slots.release());
            pending.add(reseller);
        }
        return pending.stream().map(CompletableFuture::join).toList();
    }

    private CompletionStage<Reseller> createOne(int number) {
        String name = "r" + number + "-" + runId;
        String email = name + "@bench.example";
        String body = "{\"name\":\"Bench " + name + "\",\"primaryContact\":{\"name\":\"Bench Admin\",\"email\":\""
                + email + "\"}}";
        return client.send(HttpMethod.POST, gatewayPort, "/bss/v1/resellers", operatorToken, body)
                .thenApply(answer -> expect(answer, 201, "create reseller"))
                .thenApply(answer -> new Reseller(
                        idOf(answer),
                        tokens.reseller(distributor, idOf(answer)),
                        email,
                        "bench-" + runId + "-" + number))
                .thenCompose(reseller -> client.send(
                                HttpMethod.POST,
                                gatewayPort,
                                "/storefront/v1/basket/items",
                                reseller.token(),
                                "{\"product\":\"STANDARD_PLAN\"}")
                        .thenApply(answer -> expect(answer, 201, "add the Standard plan to the basket"))
                        .thenApply(answer -> reseller));
    }

    static SuiteClient.Answer expect(SuiteClient.Answer answer, int status, String what) {
        if (answer.status() != status) {
            throw new IllegalStateException(what + ": HTTP " + answer.status() + " " + abbreviated(answer.body()));
        }
        return answer;
    }

    private static String idOf(SuiteClient.Answer answer) {
        try {
            return JSON.readTree(answer.body()).path("id").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String abbreviated(String body) {
        return body.length() > 200 ? body.substring(0, 200) : body;
    }
}
