package com.resellerplans.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * deploy/ against the Kubernetes and Strimzi API models and against the services' own sources: the files
 * as written, and each kustomization as {@code kubectl kustomize} renders it (skipped without kubectl).
 */
class DeployManifestsTest {

    private static final Path ROOT = Repo.root();

    @Test
    void everyYamlDocumentUnderBaseAndOverlaysReadsStrictlyIntoTheApiModel() {
        List<String> errors = new ArrayList<>();
        int documents = 0;
        for (String folder : List.of("deploy/base", "deploy/overlays")) {
            for (Path file : Repo.yamlFiles(ROOT.resolve(folder))) {
                try {
                    documents += ManifestReader.readFile(file).size();
                } catch (ManifestReader.InvalidManifest e) {
                    errors.add(e.getMessage());
                }
            }
        }

        assertThat(errors).as("documents that do not read into the model").isEmpty();
        assertThat(documents).as("documents read").isGreaterThan(40);
    }

    @Test
    void theBaseAsWrittenPassesEveryCheck() {
        List<ManifestReader.Doc> docs = Repo.baseResources(ROOT);

        assertThat(SuiteChecks.problems(ROOT, docs, false)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"deploy/base", "deploy/overlays/dev", "deploy/overlays/prod"})
    void eachKustomizationRendersIntoManifestsThatPassEveryCheck(String kustomization) {
        Optional<Path> kubectl = Kubectl.onPath();
        assumeTrue(kubectl.isPresent(), "kubectl is not on the PATH: rendering is not checked");

        String rendered = Kubectl.kustomize(kubectl.get(), ROOT.resolve(kustomization));
        List<ManifestReader.Doc> docs = ManifestReader.read("kubectl kustomize " + kustomization, rendered);

        assertThat(docs).hasSizeGreaterThan(40);
        assertThat(SuiteChecks.problems(ROOT, docs, !kustomization.equals("deploy/base")))
                .isEmpty();
    }

    @Test
    void noSecretValueIsCommittedAnywhereUnderDeploy() {
        List<ManifestReader.Doc> docs = new ArrayList<>();
        Repo.yamlFiles(ROOT.resolve("deploy")).forEach(file -> docs.addAll(ManifestReader.readFile(file)));

        assertThat(SuiteChecks.committedSecretValues(docs)).isEmpty();
        assertThat(SuiteChecks.all(docs, io.fabric8.kubernetes.api.model.Secret.class))
                .as("Secrets are created by the operator, never committed")
                .isEmpty();
    }

    @Test
    void theReadmeNamesEverySecretTheManifestsReference() throws Exception {
        String readme = Files.readString(ROOT.resolve("deploy/README.md"));

        assertThat(SuiteChecks.referencedSecrets(Repo.baseResources(ROOT)))
                .isNotEmpty()
                .allSatisfy(secret -> assertThat(readme).as("deploy/README.md").contains("`" + secret + "`"));
    }
}
