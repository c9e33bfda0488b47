package com.resellerplans.benchmark;

import com.resellerplans.benchmark.OpenLoad.PhaseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Everything one run measured, the targets it is held against, and the table {@code ./run bench} prints.
 */
record Results(
        String startedAt,
        Machine machine,
        String loadAverageAtEnd,
        List<PhaseResult> checkouts,
        Integer highestHeldCheckoutsPerSecond,
        List<PhaseResult> stepUp,
        List<CheckoutStages.Stage> checkoutStages,
        List<PhaseResult> aliasDirect,
        List<PhaseResult> aliasGateway,
        List<PhaseResult> aliasNginx,
        RelayLag.Summary relayLag,
        List<Footprint.Service> services,
        long emailsAccepted,
        long repeatedEmails,
        List<CpuCost> cpuCosts,
        List<Target> targets) {

    /** One target of issue 8: what is asked, what was measured, and whether it was met. */
    record Target(String name, String goal, String measured, boolean met) {}

    static List<Target> targets(
            List<PhaseResult> checkouts,
            Integer highestHeld,
            List<PhaseResult> aliasDirect,
            List<PhaseResult> aliasGateway,
            List<PhaseResult> aliasNginx,
            RelayLag.Summary relayLag,
            List<Footprint.Service> services) {
        List<Target> targets = new ArrayList<>();
        checkouts.stream()
                .filter(phase -> phase.ratePerSecond() == 50)
                .findFirst()
                .ifPresent(phase -> targets.add(new Target(
                        "checkout→email p99 at 50/s",
                        "≤ 250 ms",
                        ms(phase.latency().p99Ms()) + lossNote(phase),
                        phase.latency().heldWithin(250.000001))));
        int held = highestHeld == null ? 0 : highestHeld;
        targets.add(
                new Target("checkouts/s sustained 60 s (p99 < 1 s, none lost)", "≥ 100/s", held + "/s", held >= 100));
        PhaseResult fastestGateway = aliasGateway.get(aliasGateway.size() - 1);
        targets.add(new Target(
                "alias availability via gateway at " + rate(fastestGateway),
                "≥ 5000 req/s, p99 ≤ 10 ms",
                String.format(
                        Locale.ROOT,
                        "%.0f req/s, p99 %s%s",
                        fastestGateway.latency().throughputPerSecond(),
                        ms(fastestGateway.latency().p99Ms()),
                        lossNote(fastestGateway)),
                fastestGateway.ratePerSecond() >= 5000
                        && fastestGateway.latency().throughputPerSecond() >= 4950
                        && fastestGateway.latency().heldWithin(10.000001)));
        if (!aliasNginx.isEmpty()) {
            PhaseResult fastestNginx = aliasNginx.get(aliasNginx.size() - 1);
            double ratio = throughputRatio(fastestGateway, fastestNginx);
            targets.add(new Target(
                    "gateway throughput / nginx's at " + rate(fastestGateway),
                    "≥ 70 %",
                    String.format(
                            Locale.ROOT,
                            "%.0f %% (%.0f vs %.0f req/s)",
                            ratio * 100,
                            fastestGateway.latency().throughputPerSecond(),
                            fastestNginx.latency().throughputPerSecond()),
                    ratio >= 0.7));
        }
        PhaseResult slowestDirect = aliasDirect.get(0);
        PhaseResult slowestGateway = aliasGateway.get(0);
        double added =
                slowestGateway.latency().p50Ms() - slowestDirect.latency().p50Ms();
        // a difference of two overloaded phases says nothing about the gateway
        boolean comparable = slowestDirect.latency().heldWithin(Double.MAX_VALUE)
                && slowestGateway.latency().heldWithin(Double.MAX_VALUE);
        targets.add(new Target(
                "gateway added latency p50 at " + rate(slowestGateway),
                "≤ 1 ms",
                ms(added) + (comparable ? "" : " (not comparable: failed/lost)"),
                comparable && added <= 1));
        targets.add(new Target(
                "relay lag p99 (commit → broker ack)",
                "≤ 50 ms",
                ms(relayLag.p99Ms()),
                relayLag.p99Ms() <= 50 && relayLag.unsent() == 0));
        for (Footprint.Service service : services) {
            targets.add(new Target(
                    service.name() + " ready / resident",
                    "≤ 3000 ms, ≤ 200 MB",
                    service.readyMillis() + " ms, " + service.residentMb() + " MB",
                    service.readyMillis() <= 3000 && service.residentMb() <= 200));
        }
        return targets;
    }

    String table() {
        StringBuilder out = new StringBuilder();
        line(
                out,
                "Machine: %d cores, %s, %.1f GB RAM, %s",
                machine.cores(),
                machine.cpuModel(),
                machine.memoryGb(),
                machine.java());
        line(
                out,
                "Load average (1/5/15 min) at start: %s; at end: %s (machine shared with other work)",
                machine.loadAverage(),
                loadAverageAtEnd);
        line(out, "");
        line(out, "Checkout -> welcome email accepted by SMTP (open model, latency from intended start)");
        phaseHeader(out, "phase");
        checkouts.forEach(phase -> phaseRow(out, phase.name(), phase));
        stepUp.forEach(phase -> phaseRow(out, phase.name(), phase));
        line(
                out,
                "Highest rate held 60 s with p99 < 1 s and nothing lost: %s",
                highestHeldCheckoutsPerSecond == null ? "none of the steps" : highestHeldCheckoutsPerSecond + "/s");
        line(out, "Emails accepted: %d (to a recipient that already had one: %d)", emailsAccepted, repeatedEmails);
        line(out, "");
        line(out, "Where the checkouts' time went, stage by stage (all measured phases; the services' own timestamps)");
        line(out, "%-40s %7s %9s %9s %9s", "stage ends when", "count", "p50 ms", "p99 ms", "max ms");
        checkoutStages.forEach(stage -> line(
                out,
                "%-40s %7d %9.2f %9.2f %9.2f",
                stage.name(),
                stage.latency().ok(),
                stage.latency().p50Ms(),
                stage.latency().p99Ms(),
                stage.latency().maxMs()));
        line(out, "");
        line(out, "Alias availability, straight to storefront-alias-service vs through the gateway");
        phaseHeader(out, "route");
        for (int i = 0; i < aliasDirect.size(); i++) {
            phaseRow(out, "direct", aliasDirect.get(i));
            phaseRow(out, "gateway", aliasGateway.get(i));
            line(
                    out,
                    "  %-22s gateway added p50 %s, p99 %s",
                    "",
                    ms(aliasGateway.get(i).latency().p50Ms()
                            - aliasDirect.get(i).latency().p50Ms()),
                    ms(aliasGateway.get(i).latency().p99Ms()
                            - aliasDirect.get(i).latency().p99Ms()));
            if (i < aliasNginx.size()) {
                phaseRow(out, "nginx", aliasNginx.get(i));
                line(
                        out,
                        "  %-22s gateway throughput %.0f %% of nginx's",
                        "",
                        throughputRatio(aliasGateway.get(i), aliasNginx.get(i)) * 100);
            }
        }
        line(out, "");
        cpuTable(out);
        line(out, "");
        line(
                out,
                "Relay lag (outbox occurred_at -> sent_at once the broker acknowledged): %d rows, %d unsent, "
                        + "p50 %s, p99 %s, max %s",
                relayLag.sent(),
                relayLag.unsent(),
                ms(relayLag.p50Ms()),
                ms(relayLag.p99Ms()),
                ms(relayLag.maxMs()));
        line(out, "");
        line(out, "%-26s %10s %14s %12s", "service", "ready ms", "CPU to ready", "resident MB");
        services.forEach(service -> line(
                out,
                "%-26s %10d %11d ms %12.1f",
                service.name(),
                service.readyMillis(),
                service.readyCpuMillis(),
                service.residentMb()));
        line(out, "");
        line(out, "%-55s %-26s %-32s %s", "target", "goal", "measured", "met");
        targets.forEach(target -> line(
                out,
                "%-55s %-26s %-32s %s",
                target.name(),
                target.goal(),
                target.measured(),
                target.met() ? "yes" : "NO"));
        return out.toString();
    }

    /** CPU milliseconds per completed operation, each process a column, each measured phase a row. */
    private void cpuTable(StringBuilder out) {
        if (cpuCosts.isEmpty()) {
            return;
        }
        List<String> processes =
                List.copyOf(cpuCosts.get(0).millisPerOperation().keySet());
        line(
                out,
                "CPU ms per completed operation (utime+stime from /proc over the phase, drain included); "
                        + "load = 1-min load average at its end");
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-26s %6s", "phase", "load"));
        processes.forEach(process -> header.append(String.format(Locale.ROOT, " %10s", shortName(process))));
        header.append(String.format(Locale.ROOT, " %10s", "total"));
        line(out, "%s", header);
        for (CpuCost cost : cpuCosts) {
            StringBuilder row =
                    new StringBuilder(String.format(Locale.ROOT, "%-26s %6s", cost.phase(), cost.oneMinuteLoad()));
            processes.forEach(process -> row.append(String.format(
                    Locale.ROOT, " %10.3f", cost.millisPerOperation().getOrDefault(process, 0.0))));
            row.append(String.format(Locale.ROOT, " %10.3f", cost.totalMillisPerOperation()));
            line(out, "%s", row);
        }
    }

    /** A process's name cut to its column: "storefront" for storefront-alias-service, "gateway" for api-gateway. */
    private static String shortName(String process) {
        String name = process.replace("-service", "").replace("api-", "");
        return name.length() > 10 ? name.substring(0, 10) : name;
    }

    private static double throughputRatio(PhaseResult gateway, PhaseResult nginx) {
        double nginxRate = nginx.latency().throughputPerSecond();
        return nginxRate > 0 ? gateway.latency().throughputPerSecond() / nginxRate : 0;
    }

    private static void phaseHeader(StringBuilder out, String first) {
        line(
                out,
                "%-22s %7s %6s %8s %7s %6s %5s %9s %9s %9s",
                first,
                "rate/s",
                "secs",
                "done/s",
                "ok",
                "failed",
                "lost",
                "p50 ms",
                "p99 ms",
                "max ms");
    }

    private static void phaseRow(StringBuilder out, String label, PhaseResult phase) {
        LatencySummary latency = phase.latency();
        line(
                out,
                "%-22s %7.0f %6.0f %8.1f %7d %6d %5d %9.2f %9.2f %9.2f",
                label,
                phase.ratePerSecond(),
                phase.seconds(),
                latency.throughputPerSecond(),
                latency.ok(),
                latency.failed(),
                latency.lost(),
                latency.p50Ms(),
                latency.p99Ms(),
                latency.maxMs());
        phase.failures().forEach((reason, count) -> line(out, "  %-22s %d x %s", "", count, reason));
    }

    private static String lossNote(PhaseResult phase) {
        long missing = phase.latency().failed() + phase.latency().lost();
        return missing == 0 ? "" : " (" + missing + " failed/lost)";
    }

    private static String rate(PhaseResult phase) {
        return String.format(Locale.ROOT, "%.0f/s", phase.ratePerSecond());
    }

    private static String ms(double millis) {
        return String.format(Locale.ROOT, "%.2f ms", millis);
    }

    private static void line(StringBuilder out, String format, Object... arguments) {
        out.append(String.format(Locale.ROOT, format, arguments)).append('\n');
    }
}
