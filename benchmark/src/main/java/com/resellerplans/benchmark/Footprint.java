package com.resellerplans.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Each service's time to ready and the CPU it used until then, as the run script measured them when it started
 * the service, and its resident memory now, from {@code /proc/<pid>/status}.
 */
final class Footprint {

    /**
     * One service: its process, milliseconds from launch to its readiness answering 200, the CPU milliseconds it
     * used until then, and resident MB now.
     */
    record Service(String name, long pid, long readyMillis, long readyCpuMillis, double residentMb) {}

    private Footprint() {}

    /** Reads the run script's lines {@code <service> <pid> <ready millis> <CPU millis until ready>}. */
    static List<Service> of(Path servicesFile) throws IOException {
        List<Service> services = new ArrayList<>();
        for (String line : Files.readAllLines(servicesFile)) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length == 4) {
                services.add(new Service(
                        fields[0],
                        Long.parseLong(fields[1]),
                        Long.parseLong(fields[2]),
                        Long.parseLong(fields[3]),
                        residentMb(fields[1])));
            }
        }
        return services;
    }

    private static double residentMb(String pid) throws IOException {
        Path status = Path.of("/proc", pid, "status");
        if (!Files.exists(status)) {
            return Double.NaN;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmRSS:")) {
                long kilobytes = Long.parseLong(line.replaceAll("\\D", ""));
                return Math.round(kilobytes / 102.4) / 10.0;
            }
        }
        return Double.NaN;
    }
}
