package com.resellerplans.deploycheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The links of the repository's Markdown files and what is wrong with them: a relative target that does not
 * exist, a target outside the repository, or an {@code #anchor} that names no heading of a Markdown file
 * (GitHub's heading slugs). Web and mail links are not followed.
 */
final class MarkdownLinks {

    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(?:(?!\\1).)+?\\1");
    private static final Pattern INLINE_LINK =
            Pattern.compile("!?\\[(?:[^\\]\\[]|\\[[^\\]]*])*]\\(\\s*<?([^)\\s>]*)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern REFERENCE_DEFINITION =
            Pattern.compile("^\\s{0,3}\\[[^\\]]+]:\\s*<?(\\S+?)>?(?:\\s+.*)?$");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)(?:\\s+#+)?\\s*$");
    private static final Pattern EXTERNAL = Pattern.compile("^(?i)(https?|mailto|ftp):.*");

    private MarkdownLinks() {}

    /** Every .md file under the root, skipping build output and hidden folders (.git, .run-data, …). */
    static List<Path> markdownFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".md"))
                    .filter(f -> outsideSkippedFolders(root.relativize(f).getParent()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean outsideSkippedFolders(Path relativeFolder) {
        if (relativeFolder == null) {
            return true;
        }
        for (Path part : relativeFolder) {
            String name = part.toString();
            if (name.equals("target") || name.startsWith(".") || name.equals("node_modules")) {
                return false;
            }
        }
        return true;
    }

    /** The link targets written in a Markdown text, outside code blocks and code spans, in order. */
    static List<String> targets(String markdown) {
        List<String> targets = new ArrayList<>();
        for (String line : proseLines(markdown)) {
            Matcher definition = REFERENCE_DEFINITION.matcher(line);
            if (definition.matches()) {
                targets.add(definition.group(1));
                continue;
            }
            Matcher link = INLINE_LINK.matcher(CODE_SPAN.matcher(line).replaceAll(""));
            while (link.find()) {
                targets.add(link.group(1));
            }
        }
        return targets;
    }

    /** The anchors GitHub gives the headings of a Markdown text: duplicates numbered -1, -2, … */
    static Set<String> anchors(String markdown) {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        for (String line : proseLines(markdown)) {
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                String slug = slug(heading.group(1));
                int times = seen.merge(slug, 1, Integer::sum);
                anchors.add(times == 1 ? slug : slug + "-" + (times - 1));
            }
        }
        return anchors;
    }

    /** GitHub's slug of a heading: its text as rendered, lower case, punctuation dropped, spaces as hyphens. */
    static String slug(String heading) {
        String text = heading.replaceAll("!?\\[([^\\]]*)]\\([^)]*\\)", "$1").replace("`", "");
        return text.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}\\p{M} _-]", "")
                .replace(' ', '-');
    }

    /** What is wrong with each link of one file, as "file: target — reason"; empty when every link holds. */
    static List<String> problems(Path root, Path file) {
        List<String> problems = new ArrayList<>();
        String where = root.relativize(file).toString();
        for (String target : targets(read(file))) {
            problem(root, file, target).ifPresent(reason -> problems.add(where + ": " + target + " — " + reason));
        }
        return problems;
    }

    private static Optional<String> problem(Path root, Path file, String target) {
        if (target.isEmpty()) {
            return Optional.of("empty link");
        }
        if (EXTERNAL.matcher(target).matches()) {
            return Optional.empty();
        }
        if (target.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*") || target.startsWith("/") || target.startsWith("\\")) {
            return Optional.of("an absolute path or another scheme: not part of a clone");
        }
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? null : target.substring(hash + 1);
        Path resolved =
                path.isEmpty() ? file : file.getParent().resolve(decode(path)).normalize();
        if (!resolved.startsWith(root)) {
            return Optional.of("leaves the repository");
        }
        if (!Files.exists(resolved)) {
            return Optional.of("no such file");
        }
        if (anchor != null
                && resolved.getFileName().toString().endsWith(".md")
                && !anchors(read(resolved)).contains(decode(anchor).toLowerCase(Locale.ROOT))) {
            return Optional.of("no heading with that anchor in " + root.relativize(resolved));
        }
        return Optional.empty();
    }

    private static String decode(String part) {
        return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static List<String> proseLines(String markdown) {
        List<String> lines = new ArrayList<>();
        String openFence = null;
        for (String line : markdown.split("\\R", -1)) {
            Matcher fence = FENCE.matcher(line);
            if (fence.find()) {
                if (openFence == null) {
                    openFence = fence.group(1);
                } else if (openFence.equals(fence.group(1))) {
                    openFence = null;
                }
                continue;
            }
            if (openFence == null) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
