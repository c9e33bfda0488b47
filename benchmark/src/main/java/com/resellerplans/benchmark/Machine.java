package com.resellerplans.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine a run measured: cores, CPU model, memory, Java, and how busy it was. */
record Machine(int cores, String cpuModel, double memoryGb, String java, String loadAverage) {

    static Machine now() throws IOException {
        return new Machine(
                Runtime.getRuntime().availableProcessors(),
                readCpuModel(),
                readMemoryGb(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                currentLoadAverage());
    }

    /** {@code /proc/loadavg}: the 1, 5 and 15 minute load averages, then running/total tasks. */
    static String currentLoadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).trim();
    }

    private static String readCpuModel() throws IOException {
        return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                .filter(line -> line.startsWith("model name"))
                .map(line -> line.substring(line.indexOf(':') + 1).trim())
                .findFirst()
                .orElse("unknown");
    }

    private static double readMemoryGb() throws IOException {
        return Files.readAllLines(Path.of("/proc/meminfo")).stream()
                .filter(line -> line.startsWith("MemTotal:"))
                .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
                .mapToDouble(kilobytes -> Math.round(kilobytes / 1024.0 / 102.4) / 10.0)
                .findFirst()
                .orElse(Double.NaN);
    }
}
