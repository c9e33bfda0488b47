package com.resellerplans.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.resellerplans.domain.DomainException;
import com.resellerplans.domain.Refusal;
import com.resellerplans.http.Problem;
import com.resellerplans.http.ProblemMappers;
import io.quarkus.vertx.http.ManagementInterface;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The dead-letter replay's routes on the management interface (the management port, never behind a Service, the
 * Ingress or the gateway): {@code GET /q/dead-letters/<channel>} lists, {@code POST
 * /q/dead-letters/<channel>/<partition>/<offset>/replay} replays one. They answer only a caller on the pod's own
 * loopback, which is where {@code kubectl port-forward} (and {@code ./run dead-letters}) arrive: the Kubernetes
 * right to port-forward to the pod is what admits an operator, and Prometheus, which may reach the management port
 * to scrape, may not replay. Refusals are problem documents with a stable code, as on the public port.
 */
@ApplicationScoped
class DeadLetterRoutes {
    static final String PATH = "/q/dead-letters";
    private static final String JSON = "application/json";

    private final DeadLetters deadLetters;
    private final ObjectMapper json;

    DeadLetterRoutes(DeadLetters deadLetters, ObjectMapper json) {
        this.deadLetters = deadLetters;
        this.json = json;
    }

    void register(@Observes ManagementInterface management) {
        Router router = management.router();
        router.route(PATH + "/*").handler(this::onlyFromLoopback);
        router.get(PATH + "/:channel")
                .blockingHandler(
                        context -> answer(
                                context,
                                () -> deadLetters.page(
                                        context.pathParam("channel"),
                                        context.queryParams().get("cursor"),
                                        limitOf(context.queryParams().get("limit")))),
                        false);
        router.post(PATH + "/:channel/:partition/:offset/replay")
                .blockingHandler(
                        context -> answer(
                                context,
                                () -> deadLetters.replay(
                                        context.pathParam("channel"),
                                        number(context.pathParam("partition"), "partition", Integer::parseInt),
                                        number(context.pathParam("offset"), "offset", Long::parseLong))),
                        false);
    }

    private void onlyFromLoopback(RoutingContext context) {
        // the socket's peer, never an address a forwarding header claims (should proxy forwarding ever be switched on)
        if (isLoopback(context.request().connection().remoteAddress())) {
            context.next();
        } else {
            refuse(
                    context,
                    new DomainException(
                            Refusal.FORBIDDEN,
                            "DEAD_LETTERS_LOOPBACK_ONLY",
                            "The dead-letter routes answer only on the pod's loopback: use kubectl port-forward."));
        }
    }

    static boolean isLoopback(SocketAddress address) {
        if (address == null || address.hostAddress() == null) {
            return false;
        }
        try {
            // a literal address: getByName parses it without a name lookup
            return InetAddress.getByName(address.hostAddress()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private void answer(RoutingContext context, Supplier<Object> work) {
        try {
            write(context, 200, JSON, work.get());
        } catch (DomainException refusal) {
            refuse(context, refusal);
        } catch (RuntimeException e) {
            write(context, 500, Problem.MEDIA_TYPE, ProblemMappers.unexpectedProblem(e));
        }
    }

    private void refuse(RoutingContext context, DomainException refusal) {
        int status = ProblemMappers.statusOf(refusal.refusal());
        write(
                context,
                status,
                Problem.MEDIA_TYPE,
                Problem.of(status, refusal.code(), refusal.getMessage(), refusal.extensions()));
    }

    private void write(RoutingContext context, int status, String contentType, Object body) {
        try {
            context.response()
                    .setStatusCode(status)
                    .putHeader("Content-Type", contentType)
                    .end(json.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write a dead-letter answer", e);
        }
    }

    private static int limitOf(String limit) {
        return limit == null ? DeadLetters.DEFAULT_LIMIT : number(limit, "limit", Integer::parseInt);
    }

    private static <T extends Number> T number(String value, String name, Function<String, T> parse) {
        try {
            T number = parse.apply(value);
            if (number.longValue() >= 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new DomainException(Refusal.INVALID, "INVALID_REQUEST", name + " must be a whole number, 0 or more.");
    }
}
