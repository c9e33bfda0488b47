package com.resellerplans.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import org.junit.jupiter.api.Test;

/** The reader is only worth something if it refuses what the API server would refuse. */
class ManifestReaderTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: demo
            spec:
              selector:
                matchLabels:
                  app: demo
              template:
                metadata:
                  labels:
                    app: demo
                spec:
                  containers:
                    - name: demo
                      image: demo:1
                      %s
            """;

    @Test
    void readsAKnownKindIntoItsModelClass() {
        var docs = ManifestReader.read("inline", "# comment\n---\n" + DEPLOYMENT.formatted("imagePullPolicy: Always"));

        assertThat(docs)
                .singleElement()
                .satisfies(doc -> assertThat(doc.object())
                        .isInstanceOfSatisfying(
                                Deployment.class,
                                d -> assertThat(d.getSpec()
                                                .getTemplate()
                                                .getSpec()
                                                .getContainers()
                                                .get(0)
                                                .getImagePullPolicy())
                                        .isEqualTo("Always")));
    }

    @Test
    void anUnknownFieldDeepInsideFails() {
        assertThatThrownBy(() -> ManifestReader.read("inline", DEPLOYMENT.formatted("imagePulPolicy: Always")))
                .isInstanceOf(ManifestReader.InvalidManifest.class)
                .hasMessageContaining("imagePulPolicy")
                .hasMessageContaining("containers");
    }

    @Test
    void aNumberWhereTheApiWantsAStringFails() {
        String configMap = """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: demo
                data:
                  QUARKUS_MAILER_PORT: 587
                """;

        assertThatThrownBy(() -> ManifestReader.read("inline", configMap))
                .isInstanceOf(ManifestReader.InvalidManifest.class)
                .hasMessageContaining("QUARKUS_MAILER_PORT");
    }

    @Test
    void aDuplicateKeyFails() {
        String configMap = """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: demo
                data:
                  A: "1"
                  A: "2"
                """;

        assertThatThrownBy(() -> ManifestReader.read("inline", configMap))
                .isInstanceOf(ManifestReader.InvalidManifest.class)
                .hasMessageContaining("A");
    }

    @Test
    void kafkaTopicsReadIntoStrimzisModelStrictlyToo() {
        String topic = """
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaTopic
                metadata:
                  name: orders
                spec:
                  partitions: 6
                  replicas: 3
                  config:
                    retention.ms: 604800000
                """;

        assertThat(ManifestReader.read("inline", topic))
                .singleElement()
                .satisfies(doc -> assertThat(doc.object())
                        .isInstanceOfSatisfying(
                                KafkaTopic.class,
                                t -> assertThat(t.getSpec().getPartitions()).isEqualTo(6)));
        assertThatThrownBy(() -> ManifestReader.read("inline", topic.replace("replicas:", "replica:")))
                .isInstanceOf(ManifestReader.InvalidManifest.class)
                .hasMessageContaining("replica");
    }

    @Test
    void aKindTheSuiteDoesNotUseFails() {
        assertThatThrownBy(() -> ManifestReader.read("inline", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n"))
                .isInstanceOf(ManifestReader.InvalidManifest.class)
                .hasMessageContaining("v1/Pod");
    }
}
