package com.resellerplans.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProcessCpuTest {

    @Test
    void readsTheParentAndAllFourTimesPastACommandNameWithSpacesAndParentheses() {
        String line = "4242 (java (main) x) S 17 4242 17 0 -1 4194560 900 0 0 0 250 50 7 3 20 0 41 0 100 0 0";

        ProcessCpu.Stat stat = ProcessCpu.Stat.parse(line);

        assertThat(stat.pid()).isEqualTo(4242);
        assertThat(stat.parent()).isEqualTo(17);
        assertThat(stat.ticks()).isEqualTo(250 + 50 + 7 + 3);
    }

    @Test
    void countsTheCpuThisProcessUsesAndNothingForAnExcludedOne() {
        long self = ProcessHandle.current().pid();
        ProcessCpu cpu = new ProcessCpu(List.of(
                new ProcessCpu.Tree("driver", self, Set.of()), new ProcessCpu.Tree("none", self, Set.of(self))));
        ProcessCpu.Snapshot before = cpu.now();

        spinFor(300);
        var used = cpu.now().since(before);

        // the kernel counts in 10 ms ticks
        assertThat(used.get("driver")).isGreaterThanOrEqualTo(280);
        assertThat(used.get("none")).isZero();
    }

    /** Runs until this thread has used {@code millis} of CPU, however busy the machine is. */
    private static void spinFor(long millis) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long end = threads.getCurrentThreadCpuTime() + millis * 1_000_000;
        long sink = 0;
        while (threads.getCurrentThreadCpuTime() < end) {
            sink += Long.numberOfTrailingZeros(System.nanoTime());
        }
        assertThat(sink).isNotNegative();
    }
}
