package com.resellerplans.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The CPU time each measured process has used so far, from {@code /proc/<pid>/stat}: its own and its descendants'
 * {@code utime + stime}, plus {@code cutime + cstime} (what the children it already reaped used, such as
 * PostgreSQL's ended backends), in milliseconds.
 */
final class ProcessCpu {

    /** Linux reports these times in USER_HZ ticks, 100 a second on every architecture the JDK runs on. */
    private static final double MILLIS_PER_TICK = 10;

    /** A process tree to measure: its root, and the roots of subtrees that are measured on their own. */
    record Tree(String name, long root, Set<Long> excluded) {}

    /** The CPU milliseconds used by each measured tree at one moment, in the order the trees were given. */
    record Snapshot(Map<String, Double> millis) {

        /** What each tree used from {@code earlier} to this snapshot. */
        Map<String, Double> since(Snapshot earlier) {
            Map<String, Double> used = new LinkedHashMap<>();
            millis.forEach((name, now) -> used.put(name, now - earlier.millis.getOrDefault(name, now)));
            return used;
        }
    }

    private final List<Tree> trees;

    ProcessCpu(List<Tree> trees) {
        this.trees = List.copyOf(trees);
    }

    /** The tree names, in order. */
    List<String> names() {
        return trees.stream().map(Tree::name).toList();
    }

    Snapshot now() {
        Map<Long, Stat> all = readAll();
        Map<Long, List<Long>> children = new HashMap<>();
        all.values()
                .forEach(stat -> children.computeIfAbsent(stat.parent(), ignored -> new ArrayList<>())
                        .add(stat.pid()));
        Map<String, Double> millis = new LinkedHashMap<>();
        for (Tree tree : trees) {
            millis.put(tree.name(), ticks(tree.root(), tree.excluded(), all, children) * MILLIS_PER_TICK);
        }
        return new Snapshot(millis);
    }

    private static long ticks(long pid, Set<Long> excluded, Map<Long, Stat> all, Map<Long, List<Long>> children) {
        Stat stat = all.get(pid);
        if (stat == null || excluded.contains(pid)) {
            return 0;
        }
        long total = stat.ticks();
        for (long child : children.getOrDefault(pid, List.of())) {
            total += ticks(child, excluded, all, children);
        }
        return total;
    }

    /** One line of {@code /proc/<pid>/stat}: the process, its parent, and its and its reaped children's ticks. */
    record Stat(long pid, long parent, long ticks) {

        /** Parses the line; the command name in parentheses may itself hold spaces and parentheses. */
        static Stat parse(String line) {
            int nameEnd = line.lastIndexOf(')');
            long pid = Long.parseLong(line.substring(0, line.indexOf(' ')));
            // after the name: state(3) ppid(4) ... utime(14) stime(15) cutime(16) cstime(17)
            String[] fields = line.substring(nameEnd + 2).split(" ");
            long ticks = 0;
            for (int field = 14; field <= 17; field++) {
                ticks += Long.parseLong(fields[field - 3]);
            }
            return new Stat(pid, Long.parseLong(fields[1]), ticks);
        }
    }

    private static Map<Long, Stat> readAll() {
        Map<Long, Stat> all = new HashMap<>();
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            entries.filter(entry -> entry.getFileName().toString().chars().allMatch(Character::isDigit))
                    .forEach(entry -> {
                        try {
                            Stat stat = Stat.parse(Files.readString(entry.resolve("stat")));
                            all.put(stat.pid(), stat);
                        } catch (IOException | RuntimeException gone) {
                            // the process ended between the listing and the read
                        }
                    });
        } catch (IOException e) {
            throw new IllegalStateException("cannot list /proc", e);
        }
        return all;
    }
}
