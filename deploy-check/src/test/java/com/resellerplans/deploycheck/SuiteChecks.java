package com.resellerplans.deploycheck;

import static io.strimzi.api.kafka.model.user.acl.AclOperation.DESCRIBE;
import static io.strimzi.api.kafka.model.user.acl.AclOperation.READ;
import static io.strimzi.api.kafka.model.user.acl.AclOperation.WRITE;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.kustomize.v1beta1.Kustomization;
import io.fabric8.kubernetes.api.model.kustomize.v1beta1.SecretArgs;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.KafkaUserScramSha512ClientAuthentication;
import io.strimzi.api.kafka.model.user.KafkaUserSpec;
import io.strimzi.api.kafka.model.user.acl.AclOperation;
import io.strimzi.api.kafka.model.user.acl.AclResourcePatternType;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclRuleGroupResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The checks one set of manifests (the base's files, or what {@code kubectl kustomize} renders) must pass
 * against the services' own sources. Each returns problems as sentences; none means the set is good.
 */
final class SuiteChecks {

    /** The five services: each Deployment is named after its module. */
    static final List<String> SERVICES = List.of(
            "order-service", "subscription-service", "storefront-alias-service", "notification-service", "api-gateway");

    private static final Pattern IN_CLUSTER_URL = Pattern.compile("https?://([a-z0-9-]+)(?::(\\d+))?(/.*)?");
    /** After requests: the outbox relay's batch (ack timeout 10 s + 1 s) and the consumers' last commit. */
    private static final Duration AFTER_REQUESTS = Duration.ofSeconds(15);

    /** A SASL JAAS line carries the password. */
    private static final Pattern SECRET_LIKE = Pattern.compile("PASSWORD|SECRET|TOKEN|CREDENTIAL|JAAS");
    /** The file a PostgreSQL JDBC URL verifies the server's certificate against. */
    private static final Pattern SSL_ROOT_CERT = Pattern.compile("[?&]sslrootcert=([^&]+)");
    /** The variable a service's Kafka login comes from, and the key Strimzi writes it under in the user's Secret. */
    private static final String JAAS_VARIABLE = "KAFKA_SASL_JAAS_CONFIG";

    private static final String JAAS_KEY = "sasl.jaas.config";

    /** A *_LOCATION names a file, not its content: what must hold is that the file is mounted (checked below). */
    private static boolean looksSecret(String name) {
        return SECRET_LIKE.matcher(name).find() && !name.endsWith("_LOCATION");
    }

    private final Path repoRoot;
    private final List<ManifestReader.Doc> docs;
    private final List<String> problems = new ArrayList<>();

    private SuiteChecks(Path repoRoot, List<ManifestReader.Doc> docs) {
        this.repoRoot = repoRoot;
        this.docs = docs;
    }

    /**
     * Every problem of a set of manifests; {@code released} also asks for pinned image tags (an overlay's
     * output, where the base's placeholder image names are replaced).
     */
    static List<String> problems(Path repoRoot, List<ManifestReader.Doc> docs, boolean released) {
        SuiteChecks checks = new SuiteChecks(repoRoot, docs);
        checks.run(released);
        return checks.problems;
    }

    /** The names of every Secret the manifests reference (env, volumes, the Ingress's certificate). */
    static Set<String> referencedSecrets(List<ManifestReader.Doc> docs) {
        Set<String> names = new TreeSet<>();
        for (Deployment deployment : all(docs, Deployment.class)) {
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            for (Container container : pod.getContainers()) {
                for (EnvVar env : container.getEnv()) {
                    if (env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null) {
                        names.add(env.getValueFrom().getSecretKeyRef().getName());
                    }
                }
            }
            for (Volume volume : pod.getVolumes()) {
                if (volume.getSecret() != null) {
                    names.add(volume.getSecret().getSecretName());
                }
            }
        }
        for (Ingress ingress : all(docs, Ingress.class)) {
            ingress.getSpec().getTls().forEach(tls -> names.add(tls.getSecretName()));
        }
        return names;
    }

    /** Secrets with values, and secret generators, anywhere in the documents. */
    static List<String> committedSecretValues(List<ManifestReader.Doc> docs) {
        List<String> found = new ArrayList<>();
        for (ManifestReader.Doc doc : docs) {
            if (doc.object() instanceof Secret secret
                    && (!secret.getData().isEmpty() || !secret.getStringData().isEmpty())) {
                found.add(doc.origin() + ": Secret " + secret.getMetadata().getName() + " carries values");
            }
            if (doc.object() instanceof Kustomization kustomization) {
                for (SecretArgs generator : kustomization.getSecretGenerator()) {
                    if (!generator.getLiterals().isEmpty()
                            || !generator.getFiles().isEmpty()
                            || !generator.getEnvs().isEmpty()) {
                        found.add(doc.origin() + ": secretGenerator " + generator.getName() + " generates values");
                    }
                }
            }
        }
        return found;
    }

    private void run(boolean released) {
        problems.addAll(committedSecretValues(docs));
        List<Deployment> deployments = all(docs, Deployment.class);
        Set<String> deployed = new TreeSet<>();
        deployments.forEach(d -> deployed.add(d.getMetadata().getName()));
        if (!deployed.equals(new TreeSet<>(SERVICES))) {
            problem("the Deployments are " + deployed + ", not the five services " + SERVICES);
        }
        Set<String> topicsNeeded = new TreeSet<>();
        Set<String> kafkaUsersNeeded = new TreeSet<>();
        for (Deployment deployment : deployments) {
            String name = deployment.getMetadata().getName();
            if (!SERVICES.contains(name)) {
                continue;
            }
            ServiceSources sources = ServiceSources.read(repoRoot, name);
            topicsNeeded.addAll(sources.kafkaTopics());
            checkDeployment(deployment, sources, released);
            checkService(deployment, sources);
            checkAutoscalingAndDisruption(deployment);
            checkConsumers(deployment, sources);
            checkKafkaUser(deployment, sources).ifPresent(kafkaUsersNeeded::add);
            checkInboxRetention(deployment, sources);
        }
        all(docs, KafkaUser.class).stream()
                .map(user -> user.getMetadata().getName())
                .filter(user -> !kafkaUsersNeeded.contains(user))
                .forEach(user -> problem("KafkaUser " + user + " is the login of no service that uses Kafka"));
        checkIngress();
        checkNetworkPolicies(deployments);
        checkTopics(topicsNeeded);
    }

    private void checkDeployment(Deployment deployment, ServiceSources sources, boolean released) {
        String name = deployment.getMetadata().getName();
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        checkPodSecurity(name, pod.getSecurityContext());
        if (pod.getContainers().size() != 1) {
            problem(name + ": expected one container, found "
                    + pod.getContainers().size());
            return;
        }
        Container container = pod.getContainers().get(0);
        String where = name + " container " + container.getName();
        if (released) {
            checkImage(where, container.getImage());
        }
        checkPorts(where, container, sources);
        checkProbe(where, "startupProbe", container.getStartupProbe(), "/started", sources);
        checkProbe(where, "livenessProbe", container.getLivenessProbe(), "/live", sources);
        checkProbe(where, "readinessProbe", container.getReadinessProbe(), "/ready", sources);
        checkResources(where, container.getResources());
        checkContainerSecurity(where, container, pod);
        checkEnvironment(where, container, pod, sources);
        checkScrapeAnnotations(
                name, deployment.getSpec().getTemplate().getMetadata().getAnnotations(), sources);
        checkGracePeriod(name, pod.getTerminationGracePeriodSeconds(), sources);
    }

    /** Prometheus finds a pod by its {@code prometheus.io/*} annotations: they must name where metrics answer. */
    private void checkScrapeAnnotations(String name, Map<String, String> annotations, ServiceSources sources) {
        Map<String, String> present = annotations == null ? Map.of() : annotations;
        if (!"true".equals(present.get("prometheus.io/scrape"))) {
            problem(name + ": the pod template has no prometheus.io/scrape: \"true\" annotation");
            return;
        }
        if (!String.valueOf(sources.healthPort()).equals(present.get("prometheus.io/port"))) {
            problem(name + ": prometheus.io/port is " + present.get("prometheus.io/port") + ", but metrics answer on "
                    + sources.healthPort());
        }
        if (!sources.metricsPath().equals(present.get("prometheus.io/path"))) {
            problem(name + ": prometheus.io/path is " + present.get("prometheus.io/path") + ", but metrics answer at "
                    + sources.metricsPath());
        }
    }

    /**
     * The pod's grace period must outlast the service's own shutdown (readiness delay and request drain) plus
     * {@link #AFTER_REQUESTS} for the outbox relay's last batch and the consumers' last commit.
     */
    private void checkGracePeriod(String name, Long gracePeriodSeconds, ServiceSources sources) {
        long grace = gracePeriodSeconds == null ? 30 : gracePeriodSeconds;
        Optional<Duration> shutdown = sources.shutdown();
        if (shutdown.isEmpty()) {
            problem(name + ": " + sources.module()
                    + " sets no quarkus.shutdown.timeout: SIGTERM cuts in-flight requests");
        } else if (shutdown.get().plus(AFTER_REQUESTS).getSeconds() > grace) {
            problem(name + ": terminationGracePeriodSeconds " + grace + " is shorter than the service's shutdown ("
                    + shutdown.get().getSeconds() + " s) plus " + AFTER_REQUESTS.getSeconds() + " s");
        }
    }

    private void checkImage(String where, String image) {
        String lastPart = image.substring(image.lastIndexOf('/') + 1);
        if (!lastPart.contains(":") && !image.contains("@sha256:")) {
            problem(where + ": image " + image + " has no tag");
        } else if (lastPart.endsWith(":latest")) {
            problem(where + ": image " + image + " uses :latest");
        }
    }

    private void checkPorts(String where, Container container, ServiceSources sources) {
        checkPort(where, container, "http", sources.httpPort(), "quarkus.http.port");
        if (sources.managementInterface()) {
            checkPort(where, container, "management", sources.healthPort(), "quarkus.management.port");
        }
    }

    private void checkPort(String where, Container container, String name, int served, String property) {
        Optional<ContainerPort> port = container.getPorts().stream()
                .filter(p -> name.equals(p.getName()))
                .findFirst();
        if (port.isEmpty()) {
            problem(where + ": no container port named " + name);
        } else if (port.get().getContainerPort() != served) {
            problem(where + ": port " + name + " is " + port.get().getContainerPort() + " but " + property + " is "
                    + served);
        }
    }

    private void checkProbe(String where, String which, Probe probe, String suffix, ServiceSources sources) {
        if (probe == null) {
            problem(where + ": no " + which);
            return;
        }
        HTTPGetAction get = probe.getHttpGet();
        if (get == null) {
            problem(where + ": " + which + " is not an HTTP GET");
            return;
        }
        if (!sources.healthPaths().contains(get.getPath())) {
            problem(where + ": " + which + " " + get.getPath() + " is not a path the service serves "
                    + (sources.healthPaths().isEmpty() ? "(no quarkus-smallrye-health)" : sources.healthPaths()));
        } else if (!get.getPath().endsWith(suffix)) {
            problem(where + ": " + which + " should use the " + suffix + " check, not " + get.getPath());
        }
        Object port = get.getPort() == null
                ? null
                : get.getPort().getIntVal() != null
                        ? get.getPort().getIntVal()
                        : get.getPort().getStrVal();
        String portName = sources.managementInterface() ? "management" : "http";
        if (!portName.equals(port) && !Integer.valueOf(sources.healthPort()).equals(port)) {
            problem(where + ": " + which + " port " + port + " is neither " + portName + " nor " + sources.healthPort()
                    + " (where health answers)");
        }
    }

    private void checkResources(String where, ResourceRequirements resources) {
        if (resources == null) {
            problem(where + ": no resources");
            return;
        }
        for (String kind : List.of("cpu", "memory")) {
            if (!resources.getRequests().containsKey(kind)) {
                problem(where + ": no " + kind + " request");
            }
        }
        Quantity limit = resources.getLimits().get("memory");
        Quantity request = resources.getRequests().get("memory");
        if (limit == null) {
            problem(where + ": no memory limit");
        } else if (request != null && limit.getNumericalAmount().compareTo(request.getNumericalAmount()) < 0) {
            problem(where + ": memory limit " + limit + " is below the request " + request);
        }
    }

    private void checkPodSecurity(String name, PodSecurityContext security) {
        if (security == null || !Boolean.TRUE.equals(security.getRunAsNonRoot())) {
            problem(name + ": the pod does not require runAsNonRoot");
        }
        if (security == null
                || security.getSeccompProfile() == null
                || !"RuntimeDefault".equals(security.getSeccompProfile().getType())) {
            problem(name + ": the pod's seccomp profile is not RuntimeDefault");
        }
    }

    private void checkContainerSecurity(String where, Container container, PodSpec pod) {
        SecurityContext security = container.getSecurityContext();
        if (security == null) {
            problem(where + ": no securityContext");
            return;
        }
        if (!Boolean.TRUE.equals(security.getReadOnlyRootFilesystem())) {
            problem(where + ": the root filesystem is writable");
        }
        if (!Boolean.FALSE.equals(security.getAllowPrivilegeEscalation())) {
            problem(where + ": allowPrivilegeEscalation is not false");
        }
        if (security.getCapabilities() == null
                || !security.getCapabilities().getDrop().contains("ALL")) {
            problem(where + ": capabilities are not all dropped");
        }
        Optional<VolumeMount> tmp = container.getVolumeMounts().stream()
                .filter(m -> "/tmp".equals(m.getMountPath()))
                .findFirst();
        boolean emptyDir = tmp.isPresent()
                && pod.getVolumes().stream()
                        .anyMatch(v -> v.getName().equals(tmp.get().getName()) && v.getEmptyDir() != null);
        if (!emptyDir) {
            problem(where + ": /tmp is not an emptyDir (the root filesystem is read-only)");
        }
    }

    /** Every variable set is one the service reads; every required one is set; credentials come from Secrets. */
    private void checkEnvironment(String where, Container container, PodSpec pod, ServiceSources sources) {
        Map<String, String> values = new LinkedHashMap<>(); // name -> literal value, null when from a Secret
        Map<String, String> origins = new LinkedHashMap<>();
        collectEnvironment(where, container, values, origins);
        Set<String> readable = sources.readableVariables();
        values.keySet().stream()
                .filter(name -> !readable.contains(name))
                .forEach(name -> problem(where + ": "
                        + name + " (" + origins.get(name) + ") is not read by " + sources.module()
                        + ": its configuration has neither ${" + name + "} nor a property of that env name"));
        sources.requiredVariables().forEach((name, why) -> {
            if (!values.containsKey(name)) {
                problem(where + ": " + name + " is not set, but " + why);
            }
        });
        for (String name : values.keySet()) {
            boolean fromSecret = origins.get(name).startsWith("Secret ");
            if ((sources.credentialVariables().contains(name) || looksSecret(name)) && !fromSecret) {
                problem(where + ": " + name + " must come from a Secret (secretKeyRef), not " + origins.get(name));
            }
        }
        values.forEach((name, value) -> {
            if (value != null) {
                checkValue(where, container, name, value);
            }
        });
    }

    /** The container's variables (literal value, null when from a Secret) and where each comes from. */
    private void collectEnvironment(
            String where, Container container, Map<String, String> values, Map<String, String> origins) {
        for (EnvFromSource from : container.getEnvFrom()) {
            if (from.getSecretRef() != null) {
                problem(where + ": envFrom Secret " + from.getSecretRef().getName()
                        + " hides which variables are set: use env with secretKeyRef");
            }
            if (from.getConfigMapRef() != null) {
                String mapName = from.getConfigMapRef().getName();
                Optional<ConfigMap> map = named(ConfigMap.class, mapName);
                if (map.isEmpty()) {
                    problem(where + ": envFrom ConfigMap " + mapName + " is not in the manifests");
                } else {
                    map.get().getData().forEach((key, value) -> {
                        values.put(key, value);
                        origins.put(key, "ConfigMap " + mapName);
                    });
                }
            }
        }
        for (EnvVar env : container.getEnv()) {
            boolean fromSecret =
                    env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null;
            values.put(env.getName(), fromSecret ? null : env.getValue());
            origins.put(
                    env.getName(),
                    fromSecret
                            ? "Secret " + env.getValueFrom().getSecretKeyRef().getName()
                            : "env");
        }
    }

    /** A property value with its {@code ${VAR:default}} resolved from the container's environment. */
    private String resolved(Container container, String value) {
        Matcher reference = ServiceSources.ENV_REFERENCE.matcher(value);
        if (!reference.matches()) {
            return value;
        }
        Map<String, String> values = new LinkedHashMap<>();
        collectEnvironment(container.getName(), container, values, new LinkedHashMap<>());
        return values.getOrDefault(reference.group(1), reference.group(2));
    }

    /** A path (or a JDBC URL's {@code sslrootcert}) must be mounted; a same-namespace URL must name a Service. */
    private void checkValue(String where, Container container, String name, String value) {
        Matcher rootCert = SSL_ROOT_CERT.matcher(value);
        String path = value.startsWith("/") ? value : rootCert.find() ? rootCert.group(1) : null;
        if (path != null) {
            boolean mounted =
                    container.getVolumeMounts().stream().anyMatch(m -> path.startsWith(m.getMountPath() + "/"));
            if (!mounted) {
                problem(where + ": " + name + "=" + value + " names " + path + ", under no volume mount");
            }
        }
        Matcher url = IN_CLUSTER_URL.matcher(value);
        if (url.matches()) {
            Optional<Service> service = named(Service.class, url.group(1));
            int port = url.group(2) == null ? 80 : Integer.parseInt(url.group(2));
            if (service.isEmpty() || service.get().getSpec().getPorts().stream().noneMatch(p -> p.getPort() == port)) {
                problem(where + ": " + name + "=" + value + " names no Service " + url.group(1) + " on port " + port);
            }
        }
    }

    private void checkService(Deployment deployment, ServiceSources sources) {
        String name = deployment.getMetadata().getName();
        Optional<Service> service = named(Service.class, name);
        if (service.isEmpty()) {
            problem(name + ": no Service");
            return;
        }
        Map<String, String> podLabels =
                deployment.getSpec().getTemplate().getMetadata().getLabels();
        if (!selects(service.get().getSpec().getSelector(), podLabels)) {
            problem(name + ": the Service's selector " + service.get().getSpec().getSelector()
                    + " does not select its pods");
        }
        for (ServicePort port : service.get().getSpec().getPorts()) {
            Object target = port.getTargetPort() == null
                    ? null
                    : port.getTargetPort().getIntVal() != null
                            ? port.getTargetPort().getIntVal()
                            : port.getTargetPort().getStrVal();
            if (!"http".equals(target) && !Integer.valueOf(sources.httpPort()).equals(target)) {
                problem(name + ": Service port " + port.getName() + " targets " + target + ", not the http port");
            }
        }
    }

    private void checkAutoscalingAndDisruption(Deployment deployment) {
        String name = deployment.getMetadata().getName();
        boolean scaled = all(docs, HorizontalPodAutoscaler.class).stream()
                .anyMatch(
                        h -> "Deployment".equals(h.getSpec().getScaleTargetRef().getKind())
                                && name.equals(h.getSpec().getScaleTargetRef().getName()));
        if (!scaled) {
            problem(name + ": no HorizontalPodAutoscaler");
        }
        Map<String, String> podLabels =
                deployment.getSpec().getTemplate().getMetadata().getLabels();
        boolean budget = all(docs, PodDisruptionBudget.class).stream()
                .anyMatch(p -> selects(p.getSpec().getSelector().getMatchLabels(), podLabels));
        if (!budget) {
            problem(name + ": no PodDisruptionBudget selects its pods");
        }
    }

    /**
     * At the autoscaler's minimum every partition of a consumed topic has its own consumer: instances × consumers per
     * instance equals the partitions. Instances added beyond it serve HTTP; their consumers stand by for a rebalance.
     */
    private void checkConsumers(Deployment deployment, ServiceSources sources) {
        String name = deployment.getMetadata().getName();
        Optional<Integer> minReplicas = all(docs, HorizontalPodAutoscaler.class).stream()
                .filter(h -> name.equals(h.getSpec().getScaleTargetRef().getName()))
                .map(h -> h.getSpec().getMinReplicas() == null ? 1 : h.getSpec().getMinReplicas())
                .findFirst();
        Map<String, Integer> partitions = new HashMap<>();
        for (KafkaTopic topic : all(docs, KafkaTopic.class)) {
            if (topic.getSpec() != null && topic.getSpec().getPartitions() != null) {
                partitions.put(
                        topic.getSpec().getTopicName() != null
                                ? topic.getSpec().getTopicName()
                                : topic.getMetadata().getName(),
                        topic.getSpec().getPartitions());
            }
        }
        Container container =
                deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
        sources.consumersPerTopic().forEach((topic, consumersProperty) -> {
            int consumers = Integer.parseInt(resolved(container, consumersProperty));
            Integer topicPartitions = partitions.get(topic);
            if (minReplicas.isPresent()
                    && topicPartitions != null
                    && consumers * minReplicas.get() != topicPartitions) {
                problem(name + ": " + minReplicas.get() + " instances × " + consumers + " consumers of " + topic
                        + " do not match its " + topicPartitions + " partitions");
            }
        });
    }

    /**
     * A service that uses Kafka logs in as the {@code KafkaUser} named after it (its consumer group): SCRAM-SHA-512,
     * its password from the Secret Strimzi writes for that user, and ACLs granting exactly what its sources do (write
     * the topics its outbox publishes to, read the topics it consumes, read its group, write its dead-letter topics and
     * read them too: the operator's replay reads them outside any group).
     * Returns the user's name when the service needs one.
     */
    private Optional<String> checkKafkaUser(Deployment deployment, ServiceSources sources) {
        if (sources.kafkaTopics().isEmpty() && sources.publishedTopics().isEmpty()) {
            return Optional.empty();
        }
        String name = deployment.getMetadata().getName();
        String user = sources.applicationName();
        Container container =
                deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
        boolean login = container.getEnv().stream()
                .anyMatch(env -> JAAS_VARIABLE.equals(env.getName())
                        && env.getValueFrom() != null
                        && env.getValueFrom().getSecretKeyRef() != null
                        && user.equals(env.getValueFrom().getSecretKeyRef().getName())
                        && JAAS_KEY.equals(env.getValueFrom().getSecretKeyRef().getKey()));
        if (!login) {
            problem(name + ": " + JAAS_VARIABLE + " does not come from key " + JAAS_KEY + " of Secret " + user
                    + " (the one Strimzi writes for KafkaUser " + user + ")");
        }
        Optional<KafkaUser> found = named(KafkaUser.class, user);
        if (found.isEmpty()) {
            problem(name + ": no KafkaUser " + user + " to log in to Kafka as");
            return Optional.of(user);
        }
        KafkaUserSpec spec = found.get().getSpec();
        String where = "KafkaUser " + user;
        if (spec == null || !(spec.getAuthentication() instanceof KafkaUserScramSha512ClientAuthentication)) {
            problem(where + ": authentication is not scram-sha-512");
        }
        if (spec == null || !(spec.getAuthorization() instanceof KafkaUserAuthorizationSimple simple)) {
            problem(where + ": authorization is not simple (ACLs)");
            return Optional.of(user);
        }
        Map<String, Set<AclOperation>> expected = new TreeMap<>();
        sources.publishedTopics().forEach(topic -> expected.put("topic " + topic, Set.of(WRITE, DESCRIBE)));
        sources.deadLetterTopics().forEach(topic -> expected.put("topic " + topic, Set.of(WRITE, READ, DESCRIBE)));
        sources.consumersPerTopic().keySet().forEach(topic -> expected.put("topic " + topic, Set.of(READ, DESCRIBE)));
        expected.put("group " + user, Set.of(READ));
        Map<String, Set<AclOperation>> granted = new TreeMap<>();
        for (AclRule rule : simple.getAcls()) {
            if (rule.getType() != null && rule.getType() != AclRuleType.ALLOW) {
                continue; // a deny only narrows what the rules grant
            }
            Set<AclOperation> operations =
                    new TreeSet<>(rule.getOperations() == null ? List.of() : rule.getOperations());
            if (rule.getOperation() != null) {
                operations.add(rule.getOperation());
            }
            granted.merge(resource(where, rule.getResource()), operations, (a, b) -> {
                Set<AclOperation> both = new TreeSet<>(a);
                both.addAll(b);
                return both;
            });
        }
        if (!granted.equals(expected)) {
            problem(where + " grants " + granted + ", but " + sources.module() + " needs exactly " + expected);
        }
        return Optional.of(user);
    }

    /** "topic orders", "group order-service"; anything broader (a prefix, the cluster) is a problem. */
    private String resource(String where, AclRuleResource resource) {
        if (resource instanceof AclRuleTopicResource topic && topic.getPatternType() != AclResourcePatternType.PREFIX) {
            return "topic " + topic.getName();
        }
        if (resource instanceof AclRuleGroupResource group && group.getPatternType() != AclResourcePatternType.PREFIX) {
            return "group " + group.getName();
        }
        problem(where + ": an ACL on " + resource.getType() + " beyond one named topic or group");
        return resource.getType();
    }

    private void checkIngress() {
        List<Ingress> ingresses = all(docs, Ingress.class);
        if (ingresses.size() != 1) {
            problem("expected exactly one Ingress, found " + ingresses.size());
        }
        for (Ingress ingress : ingresses) {
            Stream<String> backends = ingress.getSpec().getRules().stream()
                    .flatMap(rule -> rule.getHttp().getPaths().stream())
                    .map(path -> path.getBackend().getService().getName());
            backends.filter(backend -> !"api-gateway".equals(backend))
                    .forEach(backend ->
                            problem("Ingress " + ingress.getMetadata().getName() + " exposes " + backend
                                    + ": only api-gateway is reachable from outside"));
        }
    }

    private void checkNetworkPolicies(List<Deployment> deployments) {
        List<NetworkPolicy> policies = all(docs, NetworkPolicy.class);
        boolean defaultDeny = policies.stream()
                .anyMatch(p -> p.getSpec().getPodSelector() != null
                        && p.getSpec().getPodSelector().getMatchLabels().isEmpty()
                        && p.getSpec().getPodSelector().getMatchExpressions().isEmpty()
                        && p.getSpec().getPolicyTypes().containsAll(List.of("Ingress", "Egress"))
                        && p.getSpec().getIngress().isEmpty()
                        && p.getSpec().getEgress().isEmpty());
        if (!defaultDeny) {
            problem("no default-deny NetworkPolicy (empty pod selector, Ingress and Egress, no rules)");
        }
        for (Deployment deployment : deployments) {
            Map<String, String> podLabels =
                    deployment.getSpec().getTemplate().getMetadata().getLabels();
            boolean admitted = policies.stream()
                    .anyMatch(p -> !p.getSpec().getIngress().isEmpty()
                            && selects(p.getSpec().getPodSelector().getMatchLabels(), podLabels));
            if (!admitted) {
                problem(deployment.getMetadata().getName() + ": no NetworkPolicy lets anything reach it");
            }
        }
    }

    private void checkTopics(Set<String> needed) {
        Map<String, KafkaTopic> topics = new LinkedHashMap<>();
        for (KafkaTopic topic : all(docs, KafkaTopic.class)) {
            String name = topic.getSpec() != null && topic.getSpec().getTopicName() != null
                    ? topic.getSpec().getTopicName()
                    : topic.getMetadata().getName();
            topics.put(name, topic);
            String where = "KafkaTopic " + name;
            if (topic.getSpec() == null
                    || topic.getSpec().getPartitions() == null
                    || topic.getSpec().getPartitions() < 1) {
                problem(where + ": no partitions");
            }
            if (topic.getSpec() == null
                    || topic.getSpec().getReplicas() == null
                    || topic.getSpec().getReplicas() < 1) {
                problem(where + ": no replicas");
            }
            if (topic.getSpec() == null
                    || topic.getSpec().getConfig() == null
                    || !topic.getSpec().getConfig().containsKey("retention.ms")) {
                problem(where + ": no retention.ms in its config");
            }
            if (topic.getMetadata().getLabels() == null
                    || !topic.getMetadata().getLabels().containsKey("strimzi.io/cluster")) {
                problem(where + ": no strimzi.io/cluster label");
            }
        }
        needed.stream()
                .filter(name -> !topics.containsKey(name))
                .forEach(name -> problem("topic " + name + " is used by a service but has no KafkaTopic"));
    }

    /**
     * The inbox must remember an event for longer than a copy of it can still arrive: the longest a consumed topic
     * keeps a record plus the longest one of the service's dead-letter topics does (a replay comes from there).
     */
    private void checkInboxRetention(Deployment deployment, ServiceSources sources) {
        if (sources.inboxRetention().isEmpty() || sources.consumersPerTopic().isEmpty()) {
            return;
        }
        Container container =
                deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
        Map<String, String> environment = new LinkedHashMap<>();
        collectEnvironment(container.getName(), container, environment, new LinkedHashMap<>());
        Duration inbox = ServiceSources.duration(environment.getOrDefault(
                ServiceSources.environmentName("inbox.retention"),
                resolved(container, sources.inboxRetention().get())));
        Duration redelivery = longestRetention(sources.consumersPerTopic().keySet())
                .plus(longestRetention(sources.deadLetterTopics()));
        if (inbox.compareTo(redelivery) <= 0) {
            problem(deployment.getMetadata().getName() + ": inbox.retention " + inbox.toDays() + "d is not longer"
                    + " than its topics' and dead-letter topics' retention together (" + redelivery.toDays() + "d):"
                    + " a copy delivered after the inbox forgot it would be applied as new");
        }
    }

    private Duration longestRetention(Set<String> topicNames) {
        return all(docs, KafkaTopic.class).stream()
                .filter(topic -> topicNames.contains(
                        topic.getSpec() != null && topic.getSpec().getTopicName() != null
                                ? topic.getSpec().getTopicName()
                                : topic.getMetadata().getName()))
                .map(topic -> topic.getSpec().getConfig() == null
                        ? null
                        : topic.getSpec().getConfig().get("retention.ms"))
                .filter(retention -> retention != null)
                .map(retention -> Duration.ofMillis(Long.parseLong(retention.toString())))
                .max(Duration::compareTo)
                .orElse(Duration.ZERO);
    }

    private void problem(String sentence) {
        problems.add(sentence);
    }

    private static boolean selects(Map<String, String> selector, Map<String, String> labels) {
        return selector != null
                && !selector.isEmpty()
                && labels != null
                && selector.entrySet().stream().allMatch(e -> Objects.equals(labels.get(e.getKey()), e.getValue()));
    }

    private <T extends HasMetadata> Optional<T> named(Class<T> type, String name) {
        return all(docs, type).stream()
                .filter(o -> name.equals(o.getMetadata().getName()))
                .findFirst();
    }

    static <T> List<T> all(List<ManifestReader.Doc> docs, Class<T> type) {
        return docs.stream()
                .map(ManifestReader.Doc::object)
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }
}
