package com.resellerplans.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.resellerplans.benchmark.OpenLoad.PhaseResult;
import com.resellerplans.benchmark.Resellers.Reseller;
import com.resellerplans.localservers.JwtKeys;
import com.resellerplans.localservers.TokenMinter;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpMethod;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/**
 * The load driver {@code ./run bench} starts once the suite is ready: warms it up, then measures checkout to
 * welcome email at fixed rates and stepping up, alias availability with and without the gateway, relay lag and
 * each service's footprint, and what each operation cost every process in CPU; with {@code --nginx-port} the
 * alias check also runs through nginx in front of the same service. Prints the table and writes it as JSON.
 *
 * <pre>
 * Benchmark --gateway-port P --storefront-port P --pg-port P --smtp-port P --data DIR --services FILE --out DIR
 *           --servers-pid PID [--nginx-port P --nginx-pid PID] [--quick] [--warmup SECONDS]
 * </pre>
 */
public final class Benchmark {

    private static final String DISTRIBUTOR = "disti-bench";
    private static final double HELD_P99_LIMIT_MS = 1_000;
    private static final Duration EMAIL_DRAIN = Duration.ofSeconds(60);
    private static final Duration ANSWER_DRAIN = Duration.ofSeconds(30);
    private static final int CONNECTIONS_PER_SERVER = 256;
    private static final int ALIAS_PROBES = 5_000;
    private static final Duration IDLE = Duration.ofSeconds(10);

    private final Map<String, String> options;
    private final Sizes sizes;

    /**
     * How long and how hard each phase runs; {@code --quick} is a smoke run of the same phases. Each alias route
     * is warmed up for {@code aliasWarmUp} at the first alias rate.
     */
    record Sizes(
            Duration warmUp,
            double warmUpRate,
            Duration aliasWarmUp,
            Duration fixed,
            List<Integer> fixedRates,
            Duration step,
            List<Integer> stepRates,
            Duration alias,
            List<Integer> aliasRates) {

        static Sizes of(boolean quick) {
            return quick
                    ? new Sizes(
                            Duration.ofSeconds(5),
                            10,
                            Duration.ofSeconds(5),
                            Duration.ofSeconds(5),
                            List.of(10, 50),
                            Duration.ofSeconds(10),
                            List.of(25, 50),
                            Duration.ofSeconds(5),
                            List.of(500, 2000))
                    : new Sizes(
                            Duration.ofSeconds(20),
                            10,
                            Duration.ofSeconds(20),
                            Duration.ofSeconds(30),
                            List.of(10, 25, 50),
                            Duration.ofSeconds(60),
                            List.of(10, 25, 50, 75, 100, 150, 200, 250),
                            Duration.ofSeconds(20),
                            List.of(100, 500, 2500, 5000));
        }

        /**
         * A warm-up of {@code seconds} of checkouts, then a quarter of that on each alias route: long enough for
         * the JIT's last tier to compile the hot paths, as on a server that has been up for days.
         */
        Sizes warmedUpFor(long seconds) {
            return new Sizes(
                    Duration.ofSeconds(seconds),
                    warmUpRate,
                    Duration.ofSeconds(Math.max(1, seconds / 4)),
                    fixed,
                    fixedRates,
                    step,
                    stepRates,
                    alias,
                    aliasRates);
        }
    }

    private Benchmark(Map<String, String> options) {
        this.options = options;
        Sizes chosen = Sizes.of(options.containsKey("quick"));
        this.sizes = options.containsKey("warmup") ? chosen.warmedUpFor(Long.parseLong(options.get("warmup"))) : chosen;
    }

    public static void main(String[] args) throws Exception {
        new Benchmark(parse(args)).run();
    }

    private void run() throws Exception {
        String startedAt = DateTimeFormatter.ISO_INSTANT.format(Instant.now());
        Machine machine = Machine.now();
        int gatewayPort = port("gateway-port");
        int storefrontPort = port("storefront-port");
        String runId = UUID.randomUUID().toString().substring(0, 6).replaceAll("[^a-z]", "x");
        Integer nginxPort = options.containsKey("nginx-port") ? port("nginx-port") : null;
        List<Footprint.Service> started = Footprint.of(Path.of(required("services")));
        CostMeter cost = new CostMeter(new ProcessCpu(processTrees(started)));
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
        try (SmtpSink sink = new SmtpSink(port("smtp-port"));
                SuiteClient client = new SuiteClient(vertx, CONNECTIONS_PER_SERVER)) {
            TokenMinter tokens =
                    new TokenMinter(JwtKeys.generateIn(Path.of(required("data")).resolve("keys")));
            Resellers resellers = new Resellers(client, tokens, gatewayPort, DISTRIBUTOR, runId);
            Checkouts checkouts = new Checkouts(client, sink, gatewayPort);

            say("Creating resellers for the warm-up and the fixed rates...");
            List<Reseller> warmUpPool = resellers.create(count(sizes.warmUpRate(), sizes.warmUp()));
            List<List<Reseller>> fixedPools = new ArrayList<>();
            for (int rate : sizes.fixedRates()) {
                fixedPools.add(resellers.create(count(rate, sizes.fixed())));
            }
            say("Warming up: checkouts at " + sizes.warmUpRate() + "/s, then alias availability...");
            checkouts.at("warm-up", sizes.warmUpRate(), sizes.warmUp(), warmUpPool);
            List<String> aliasTokens = fixedPools.stream()
                    .flatMap(List::stream)
                    .map(Reseller::token)
                    .toList();
            AliasProbes probes = new AliasProbes(client, aliasTokens);
            probes.at("warm-up", storefrontPort, sizes.aliasRates().get(0), sizes.aliasWarmUp());
            probes.at("warm-up", gatewayPort, sizes.aliasRates().get(0), sizes.aliasWarmUp());
            if (nginxPort != null) {
                probes.at("warm-up", nginxPort, sizes.aliasRates().get(0), sizes.aliasWarmUp());
            }

            say("Idle for " + IDLE.toSeconds() + " s: what the suite costs with no load...");
            cost.idle(IDLE);

            List<PhaseResult> aliasDirect = new ArrayList<>();
            List<PhaseResult> aliasGateway = new ArrayList<>();
            List<PhaseResult> aliasNginx = new ArrayList<>();
            for (int rate : sizes.aliasRates()) {
                say("Alias availability at " + rate + "/s, straight to the service, through the gateway"
                        + (nginxPort == null ? "" : ", through nginx") + "...");
                aliasDirect.add(cost.of(
                        "alias " + rate + "/s direct", () -> probes.at("direct", storefrontPort, rate, sizes.alias())));
                aliasGateway.add(cost.of(
                        "alias " + rate + "/s gateway", () -> probes.at("gateway", gatewayPort, rate, sizes.alias())));
                if (nginxPort != null) {
                    aliasNginx.add(cost.of(
                            "alias " + rate + "/s nginx", () -> probes.at("nginx", nginxPort, rate, sizes.alias())));
                }
            }

            Instant measuredFrom = Instant.now();
            List<PhaseResult> fixed = new ArrayList<>();
            for (int i = 0; i < sizes.fixedRates().size(); i++) {
                int rate = sizes.fixedRates().get(i);
                say("Checkouts at " + rate + "/s for " + sizes.fixed().toSeconds() + " s...");
                List<Reseller> pool = fixedPools.get(i);
                fixed.add(cost.of(
                        "checkout " + rate + "/s fixed",
                        () -> checkouts.at(rate + "/s fixed", rate, sizes.fixed(), pool)));
            }
            List<PhaseResult> stepUp = new ArrayList<>();
            Integer highestHeld = null;
            for (int rate : sizes.stepRates()) {
                say("Step-up: creating resellers, then checkouts at " + rate + "/s for "
                        + sizes.step().toSeconds() + " s...");
                List<Reseller> pool = resellers.create(count(rate, sizes.step()));
                PhaseResult step = cost.of(
                        "checkout " + rate + "/s step", () -> checkouts.at(rate + "/s step", rate, sizes.step(), pool));
                stepUp.add(step);
                if (!step.latency().heldWithin(HELD_P99_LIMIT_MS)) {
                    break;
                }
                highestHeld = rate;
            }

            RelayLag.Summary relayLag = RelayLag.since(port("pg-port"), measuredFrom);
            List<CheckoutStages.Stage> stages = CheckoutStages.since(port("pg-port"), measuredFrom);
            List<Footprint.Service> services = Footprint.of(Path.of(required("services")));
            Results results = new Results(
                    startedAt,
                    machine,
                    Machine.currentLoadAverage(),
                    fixed,
                    highestHeld,
                    stepUp,
                    stages,
                    aliasDirect,
                    aliasGateway,
                    aliasNginx,
                    relayLag,
                    services,
                    sink.messages(),
                    sink.repeatedRecipients(),
                    cost.costs(),
                    Results.targets(fixed, highestHeld, aliasDirect, aliasGateway, aliasNginx, relayLag, services));
            report(results);
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }

    private void report(Results results) throws Exception {
        System.out.println();
        System.out.print(results.table());
        Path out = Path.of(required("out"));
        Files.createDirectories(out);
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)
                .withZone(ZoneOffset.UTC)
                .format(Instant.now());
        Path json = out.resolve("bench-" + stamp + ".json");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), results);
        System.out.println();
        System.out.println("Written to " + json);
    }

    /** Checkouts of resellers whose basket holds the Standard plan, each timed until its welcome email. */
    private record Checkouts(SuiteClient client, SmtpSink sink, int gatewayPort) {

        PhaseResult at(String name, double rate, Duration duration, List<Reseller> pool) throws InterruptedException {
            return OpenLoad.run(
                    name, new RateSchedule(rate, duration), index -> checkout(pool.get((int) index)), EMAIL_DRAIN);
        }

        private CompletionStage<Long> checkout(Reseller reseller) {
            CompletionStage<Long> welcomeEmail = sink.acceptanceOf(reseller.email());
            return client.send(
                            HttpMethod.POST,
                            gatewayPort,
                            "/storefront/v1/basket/checkout",
                            reseller.token(),
                            "{\"storefrontAlias\":\"" + reseller.alias() + "\"}")
                    .thenApply(answer -> Resellers.expect(answer, 201, "checkout"))
                    .thenCompose(answer -> welcomeEmail);
        }
    }

    /** Alias availability questions, each from the next reseller's token in turn, about free aliases. */
    private record AliasProbes(SuiteClient client, List<String> tokens) {

        PhaseResult at(String name, int port, double rate, Duration duration) throws InterruptedException {
            return OpenLoad.run(name, new RateSchedule(rate, duration), index -> probe(port, index), ANSWER_DRAIN);
        }

        private CompletionStage<Long> probe(int port, long index) {
            String path = "/storefront/v1/aliases/probe-" + (index % ALIAS_PROBES) + "/availability";
            return client.send(HttpMethod.GET, port, path, tokens.get((int) (index % tokens.size())), null)
                    .thenApply(answer -> Resellers.expect(answer, 200, "alias availability"))
                    .thenApply(answer -> System.nanoTime());
        }
    }

    /**
     * The processes whose CPU is measured: each service, PostgreSQL (its postmaster, whose children are the
     * backends), the local-servers JVM without PostgreSQL (Kafka; its SMTP server and mailbox are idle here, the
     * emails go to the driver's sink), nginx with its workers when it runs, and this driver with its SMTP sink.
     */
    private List<ProcessCpu.Tree> processTrees(List<Footprint.Service> services) throws IOException {
        List<ProcessCpu.Tree> trees = new ArrayList<>();
        services.forEach(service -> trees.add(new ProcessCpu.Tree(service.name(), service.pid(), Set.of())));
        Path postmasterPid = Path.of(required("data"), "postgres", "postmaster.pid");
        long postmaster =
                Long.parseLong(Files.readAllLines(postmasterPid).get(0).trim());
        trees.add(new ProcessCpu.Tree("postgresql", postmaster, Set.of()));
        trees.add(new ProcessCpu.Tree("kafka", Long.parseLong(required("servers-pid")), Set.of(postmaster)));
        if (options.containsKey("nginx-pid")) {
            trees.add(new ProcessCpu.Tree("nginx", Long.parseLong(options.get("nginx-pid")), Set.of()));
        }
        trees.add(new ProcessCpu.Tree("driver", ProcessHandle.current().pid(), Set.of()));
        return trees;
    }

    /** Runs measured phases and notes what each operation cost every process in CPU. */
    private static final class CostMeter {

        /** A phase to measure. */
        @FunctionalInterface
        interface Phase {
            PhaseResult run() throws InterruptedException;
        }

        private final ProcessCpu cpu;
        private final List<CpuCost> costs = new ArrayList<>();

        CostMeter(ProcessCpu cpu) {
            this.cpu = cpu;
        }

        PhaseResult of(String name, Phase phase) throws InterruptedException, IOException {
            ProcessCpu.Snapshot before = cpu.now();
            PhaseResult result = phase.run();
            Map<String, Double> used = cpu.now().since(before);
            costs.add(CpuCost.of(name, result.latency().ok(), used, Machine.currentLoadAverage()));
            return result;
        }

        /** What each process uses with no load at all (relays polling, consumers, metrics), per second. */
        void idle(Duration duration) throws InterruptedException, IOException {
            ProcessCpu.Snapshot before = cpu.now();
            Thread.sleep(duration.toMillis());
            Map<String, Double> used = cpu.now().since(before);
            costs.add(CpuCost.of("idle, per second", duration.toSeconds(), used, Machine.currentLoadAverage()));
        }

        List<CpuCost> costs() {
            return List.copyOf(costs);
        }
    }

    private static int count(double rate, Duration duration) {
        return Math.toIntExact(new RateSchedule(rate, duration).arrivals());
    }

    private int port(String name) {
        return Integer.parseInt(required(name));
    }

    private String required(String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument: " + args[i]);
            }
            String name = args[i].substring(2);
            boolean hasValue = i + 1 < args.length && !args[i + 1].startsWith("--");
            options.put(name, hasValue ? args[++i] : "true");
        }
        return options;
    }

    private static void say(String message) {
        System.err.println(message);
    }
}
