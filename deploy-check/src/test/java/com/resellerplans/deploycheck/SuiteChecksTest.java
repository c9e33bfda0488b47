package com.resellerplans.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.acl.AclOperation;
import io.strimzi.api.kafka.model.user.acl.AclRuleBuilder;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The checks catch what they claim to: each case breaks one thing in the real base and expects it named. */
class SuiteChecksTest {

    private static final Path ROOT = Repo.root();

    @Test
    void propertiesMapToEnvironmentNamesAsSmallRyeConfigDoes() {
        assertThat(ServiceSources.environmentName("quarkus.datasource.jdbc.url"))
                .isEqualTo("QUARKUS_DATASOURCE_JDBC_URL");
        assertThat(ServiceSources.environmentName("storefronts.default-base-url-pattern"))
                .isEqualTo("STOREFRONTS_DEFAULT_BASE_URL_PATTERN");
        assertThat(ServiceSources.environmentName("quarkus.log.category.\"org.apache.kafka\".level"))
                .isEqualTo("QUARKUS_LOG_CATEGORY__ORG_APACHE_KAFKA__LEVEL");
    }

    @Test
    void aServiceReadsItsReferencesAndItsPropertiesButNotTestOnlyOnes() throws Exception {
        Properties raw = new Properties();
        raw.load(new StringReader("""
                quarkus.http.port=8081
                quarkus.datasource.jdbc.url=jdbc:postgresql://localhost:5432/orders
                quarkus.datasource.password=postgres
                a.url=${A_URL:http://localhost:1}
                b.url=${B_URL:https://b.example}
                %test.c.url=http://localhost:2
                %prod.d.level=INFO
                mp.messaging.incoming.things.connector=smallrye-kafka
                mp.messaging.incoming.things.failure-strategy=dead-letter-queue
                mp.messaging.incoming.others.connector=smallrye-kafka
                mp.messaging.incoming.others.failure-strategy=dead-letter-unless-stopping
                mp.messaging.incoming.news.connector=smallrye-kafka
                mp.messaging.incoming.news.topic=latest-news
                mp.messaging.incoming.quiet.connector=smallrye-kafka
                mp.messaging.incoming.quiet.failure-strategy=ignore
                mp.messaging.incoming.quiet.partitions=2
                mp.messaging.connector.smallrye-kafka.failure-strategy=dead-letter-unless-stopping
                mp.messaging.connector.smallrye-kafka.partitions=${CONSUMERS:3}
                """));
        ServiceSources sources = ServiceSources.of("demo", raw, true);

        assertThat(sources.readableVariables())
                .contains("QUARKUS_DATASOURCE_JDBC_URL", "A_URL", "B_URL", "D_LEVEL")
                .doesNotContain("C_URL");
        assertThat(sources.requiredVariables())
                .containsOnlyKeys("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_PASSWORD", "A_URL");
        assertThat(sources.credentialVariables()).containsExactly("QUARKUS_DATASOURCE_PASSWORD");
        // a channel without its own failure strategy or consumer count takes the connector's
        assertThat(sources.kafkaTopics())
                .containsExactly(
                        "dead-letter-topic-news",
                        "dead-letter-topic-others",
                        "dead-letter-topic-things",
                        "latest-news",
                        "others",
                        "quiet",
                        "things");
        assertThat(sources.consumersPerTopic())
                .containsEntry("latest-news", "${CONSUMERS:3}")
                .containsEntry("quiet", "2");
        assertThat(sources.healthPaths()).contains("/q/health/live", "/q/health/ready", "/q/health/started");
    }

    @Test
    void aServiceReadsTheSharedDefaultsOfTheModulesItUsesUnderItsOwnFile() {
        ServiceSources order = ServiceSources.read(ROOT, "order-service");

        // the outbox module's connector-wide failure strategy and consumer count, http-support's key location
        assertThat(order.kafkaTopics()).containsExactly("dead-letter-topic-subscriptions", "subscriptions");
        assertThat(order.consumersPerTopic())
                .containsExactly(Map.entry("subscriptions", "${KAFKA_CONSUMERS_PER_INSTANCE:3}"));
        assertThat(order.readableVariables())
                .contains("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "QUARKUS_DATASOURCE_PASSWORD");
        assertThat(order.httpPort()).isEqualTo(8081);
        // what its Kafka user may do: publish order.executed.v1, dead-letter what it cannot apply, as its own group
        assertThat(order.publishedTopics()).containsExactly("orders");
        assertThat(order.deadLetterTopics()).containsExactly("dead-letter-topic-subscriptions");
        assertThat(order.applicationName()).isEqualTo("order-service");
    }

    @Test
    void aKafkaUserAllowedMoreThanItsServiceDoesIsNamed() {
        List<ManifestReader.Doc> docs = Repo.baseResources(ROOT);
        KafkaUser order = SuiteChecks.all(docs, KafkaUser.class).stream()
                .filter(u -> u.getMetadata().getName().equals("order-service"))
                .findFirst()
                .orElseThrow();
        ((KafkaUserAuthorizationSimple) order.getSpec().getAuthorization())
                .getAcls()
                .add(new AclRuleBuilder()
                        .withNewAclRuleTopicResource()
                        .withName("storefronts")
                        .endAclRuleTopicResource()
                        .withOperations(AclOperation.READ)
                        .build());

        assertThat(SuiteChecks.problems(ROOT, docs, false))
                .singleElement()
                .asString()
                .contains("KafkaUser order-service grants", "topic storefronts=[READ]", "needs exactly");
    }

    @Test
    void aServiceWithoutItsKafkaUserIsNamed() {
        List<ManifestReader.Doc> docs = Repo.baseResources(ROOT).stream()
                .filter(doc -> !(doc.object() instanceof KafkaUser u
                        && u.getMetadata().getName().equals("order-service")))
                .toList();

        assertThat(SuiteChecks.problems(ROOT, docs, false))
                .singleElement()
                .asString()
                .contains("order-service: no KafkaUser order-service");
    }

    @Test
    void aKafkaLoginOutsideTheUsersSecretIsNamed() {
        assertThat(problemsAfter(order -> order.getEnv().stream()
                        .filter(e -> e.getName().equals("KAFKA_SASL_JAAS_CONFIG"))
                        .forEach(e -> e.getValueFrom().getSecretKeyRef().setName("kafka-logins"))))
                .singleElement()
                .asString()
                .contains("KAFKA_SASL_JAAS_CONFIG does not come from key sasl.jaas.config of Secret order-service");
    }

    @Test
    void aDatabaseAuthorityThatIsNotMountedIsNamed() {
        assertThat(problemsAfter(order -> order.getEnv()
                        .add(new EnvVar(
                                "QUARKUS_DATASOURCE_JDBC_URL",
                                "jdbc:postgresql://db:5432/orders?sslmode=verify-full&sslrootcert=/etc/db-ca/ca.crt",
                                null))))
                .singleElement()
                .asString()
                .contains("names /etc/db-ca/ca.crt, under no volume mount");
    }

    @Test
    void aVariableTheServiceDoesNotReadIsNamed() {
        assertThat(problemsAfter(order -> order.getEnv().add(new EnvVar("QUARKUS_DATASOURC_JDBC_URL", "x", null))))
                .singleElement()
                .asString()
                .contains("QUARKUS_DATASOURC_JDBC_URL", "not read by order-service");
    }

    @Test
    void aMissingRequiredVariableIsNamed() {
        assertThat(problemsAfter(
                        order -> order.getEnv().removeIf(e -> e.getName().equals("QUARKUS_DATASOURCE_PASSWORD"))))
                .singleElement()
                .asString()
                .contains("QUARKUS_DATASOURCE_PASSWORD is not set");
    }

    @Test
    void aPasswordOutsideASecretIsNamed() {
        assertThat(problemsAfter(order -> order.getEnv().stream()
                        .filter(e -> e.getName().equals("QUARKUS_DATASOURCE_PASSWORD"))
                        .forEach(e -> {
                            e.setValueFrom(null);
                            e.setValue("postgres");
                        })))
                .singleElement()
                .asString()
                .contains("must come from a Secret");
    }

    @Test
    void aProbeOnAPathTheServiceDoesNotServeIsNamed() {
        assertThat(problemsAfter(order -> order.getLivenessProbe().getHttpGet().setPath("/health")))
                .singleElement()
                .asString()
                .contains("livenessProbe /health is not a path the service serves");
    }

    @Test
    void aContainerPortOtherThanQuarkusHttpPortIsNamed() {
        assertThat(problemsAfter(order -> order.getPorts().get(0).setContainerPort(8080)))
                .singleElement()
                .asString()
                .contains("quarkus.http.port is 8081");
    }

    @Test
    void aTopicAServiceUsesWithoutAKafkaTopicIsNamed() {
        List<ManifestReader.Doc> docs = Repo.baseResources(ROOT).stream()
                .filter(doc -> !(doc.object() instanceof KafkaTopic t
                        && t.getMetadata().getName().equals("dead-letter-topic-orders")))
                .toList();

        assertThat(SuiteChecks.problems(ROOT, docs, false))
                .singleElement()
                .asString()
                .contains("dead-letter-topic-orders");
    }

    @Test
    void anInboxThatForgetsBeforeAReplayCanComeIsNamed() {
        assertThat(problemsAfter(order -> order.getEnv().add(new EnvVar("INBOX_RETENTION", "30d", null))))
                .singleElement()
                .asString()
                .contains("inbox.retention 30d is not longer than its topics' and dead-letter topics' retention"
                        + " together (37d)");
    }

    @Test
    void aProbeOnThePublicPortIsNamed() {
        assertThat(problemsAfter(order -> order.getReadinessProbe().getHttpGet().setPort(new IntOrString("http"))))
                .singleElement()
                .asString()
                .contains("readinessProbe port http is neither management nor 9081");
    }

    @Test
    void aScrapeAnnotationOnThePublicPortIsNamed() {
        assertThat(problemsAfterInDeployment(order -> order.getSpec()
                        .getTemplate()
                        .getMetadata()
                        .getAnnotations()
                        .put("prometheus.io/port", "8081")))
                .singleElement()
                .asString()
                .contains("prometheus.io/port is 8081, but metrics answer on 9081");
    }

    @Test
    void aGracePeriodShorterThanTheServicesShutdownIsNamed() {
        assertThat(problemsAfterInDeployment(
                        order -> order.getSpec().getTemplate().getSpec().setTerminationGracePeriodSeconds(30L)))
                .singleElement()
                .asString()
                .contains("terminationGracePeriodSeconds 30 is shorter than the service's "
                        + "shutdown (25 s) plus 15 s");
    }

    private static List<String> problemsAfter(Consumer<Container> change) {
        return problemsAfterInDeployment(order -> change.accept(
                order.getSpec().getTemplate().getSpec().getContainers().get(0)));
    }

    private static List<String> problemsAfterInDeployment(Consumer<Deployment> change) {
        List<ManifestReader.Doc> docs = Repo.baseResources(ROOT);
        Deployment order = SuiteChecks.all(docs, Deployment.class).stream()
                .filter(d -> d.getMetadata().getName().equals("order-service"))
                .findFirst()
                .orElseThrow();
        change.accept(order);
        return SuiteChecks.problems(ROOT, docs, false);
    }
}
