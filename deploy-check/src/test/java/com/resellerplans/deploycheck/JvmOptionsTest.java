package com.resellerplans.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Every image runs its service on the JVM options {@code ./run} uses (the ones {@code ./run bench} measured): the
 * collector in {@code GC_CONTAINER_OPTIONS}, which replaces the base image's default, and every other
 * {@code -X} option at the end of {@code JAVA_OPTS_APPEND}, where it wins over the base image's computed heap.
 */
class JvmOptionsTest {

    private static final Path ROOT = Repo.root();
    private static final Pattern RUN_OPTIONS =
            Pattern.compile("(?m)^SERVICE_JVM_OPTIONS=\"\\$\\{SERVICE_JVM_OPTIONS:-(.*)}\"$");

    static final List<String> SERVICES = SuiteChecks.SERVICES;

    @ParameterizedTest(name = "{0}")
    @FieldSource("SERVICES")
    void theImageRunsTheServiceOnTheOptionsOfRun(String service) throws IOException {
        String dockerfile = Files.readString(ROOT.resolve(service).resolve("src/main/docker/Dockerfile.jvm"));
        List<String> image =
                new ArrayList<>(options(env(dockerfile, "GC_CONTAINER_OPTIONS").orElse("")));
        options(env(dockerfile, "JAVA_OPTS_APPEND").orElse("")).stream()
                .filter(option -> option.startsWith("-X"))
                .forEach(image::add);

        assertThat(image).as(service + " Dockerfile.jvm").containsExactlyElementsOf(runOptions());
        assertThat(env(dockerfile, "MALLOC_ARENA_MAX"))
                .as(service + " MALLOC_ARENA_MAX")
                .contains("2");
    }

    private static List<String> runOptions() throws IOException {
        String run = Files.readString(ROOT.resolve("run"));
        Matcher options = RUN_OPTIONS.matcher(run);
        assertThat(options.find()).as("run defines SERVICE_JVM_OPTIONS").isTrue();
        assertThat(run).contains("export MALLOC_ARENA_MAX=2");
        return options(options.group(1));
    }

    /** The value of {@code ENV NAME="value"} (or unquoted), if the Dockerfile sets it. */
    private static Optional<String> env(String dockerfile, String name) {
        Matcher value =
                Pattern.compile("(?m)^ENV " + name + "=(\"([^\"]*)\"|(\\S*))$").matcher(dockerfile);
        return value.find() ? Optional.of(value.group(2) != null ? value.group(2) : value.group(3)) : Optional.empty();
    }

    private static List<String> options(String line) {
        return line.isBlank() ? List.of() : Arrays.asList(line.trim().split("\\s+"));
    }
}
