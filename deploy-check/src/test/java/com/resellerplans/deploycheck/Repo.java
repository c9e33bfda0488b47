package com.resellerplans.deploycheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The repository the checks read: deploy/ and every service's sources. */
final class Repo {

    private Repo() {}

    /**
     * Surefire sets {@code repo.root} to the reactor's root; where that is the module itself (Maven run
     * from inside it without the wrapper) or unset (an IDE), the root is the nearest folder up with deploy/base.
     */
    static Path root() {
        String configured = System.getProperty("repo.root");
        Path start = configured != null && !configured.isBlank() ? Path.of(configured) : Path.of("");
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("deploy/base"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no deploy/base in or above " + start.toAbsolutePath() + " (set -Drepo.root)");
    }

    /** Every .yaml and .yml file under a folder, sorted. */
    static List<Path> yamlFiles(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().matches(".*\\.ya?ml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base's documents as written, without kustomization.yaml: the base needs no transformation. */
    static List<ManifestReader.Doc> baseResources(Path root) {
        List<ManifestReader.Doc> docs = new ArrayList<>();
        for (Path file : yamlFiles(root.resolve("deploy/base"))) {
            if (!file.getFileName().toString().startsWith("kustomization.")) {
                docs.addAll(ManifestReader.readFile(file));
            }
        }
        return docs;
    }
}
