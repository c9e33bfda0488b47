package com.resellerplans.deploycheck;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.kustomize.v1beta1.Kustomization;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads YAML documents into fabric8's Kubernetes model and Strimzi's, strictly: an unknown field, a
 * duplicate key, a number or boolean where the API wants a string, or a kind this suite does not use is
 * an error.
 *
 * <p>Every model class keeps unknown fields in an {@code additionalProperties} map through a Jackson
 * "any setter", so a typo would be swallowed silently; this reader's mapper switches those catch-alls
 * off, which makes {@code FAIL_ON_UNKNOWN_PROPERTIES} apply to them.
 */
final class ManifestReader {

    /** The kinds deploy/ may contain, by {@code apiVersion/kind}. */
    static final Map<String, Class<?>> KINDS = Map.ofEntries(
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Secret", Secret.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("kafka.strimzi.io/v1/KafkaTopic", KafkaTopic.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaTopic", KafkaTopic.class),
            Map.entry("kafka.strimzi.io/v1/KafkaUser", KafkaUser.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaUser", KafkaUser.class),
            Map.entry("kustomize.config.k8s.io/v1beta1/Kustomization", Kustomization.class));

    private static final YAMLMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .build();

    private static final ObjectMapper STRICT = strictMapper();

    private ManifestReader() {}

    /** One parsed document: where it came from and the model object. */
    record Doc(String origin, Object object) {}

    /** Thrown with every document's problem, so one run lists them all. */
    static final class InvalidManifest extends RuntimeException {
        InvalidManifest(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static List<Doc> readFile(Path file) {
        try {
            return read(file.toString(), Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every non-empty document of a YAML stream; {@code origin} names it in errors. */
    static List<Doc> read(String origin, String yaml) {
        List<JsonNode> nodes;
        try {
            nodes = YAML.readValues(YAML.createParser(yaml), JsonNode.class).readAll();
        } catch (IOException e) {
            throw new InvalidManifest(origin + ": not YAML: " + e.getMessage(), e);
        }
        List<Doc> docs = new ArrayList<>();
        int index = 0;
        for (JsonNode node : nodes) {
            index++;
            if (node == null || node.isNull() || node.isMissingNode()) {
                continue; // a comment-only document, e.g. before the first ---
            }
            String where = origin + " #" + index;
            docs.add(new Doc(where, toModel(where, node)));
        }
        return docs;
    }

    private static Object toModel(String where, JsonNode node) {
        if (!node.isObject()) {
            throw new InvalidManifest(where + ": a document must be a mapping", null);
        }
        String apiVersion = node.path("apiVersion").asText("");
        String kind = node.path("kind").asText("");
        Class<?> type = KINDS.get(apiVersion + "/" + kind);
        if (type == null) {
            throw new InvalidManifest(
                    where + ": unexpected apiVersion/kind '" + apiVersion + "/" + kind + "' (known: " + KINDS.keySet()
                            + ")",
                    null);
        }
        try {
            return STRICT.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw new InvalidManifest(
                    where + " (" + kind + " "
                            + node.path("metadata").path("name").asText("?") + "): " + e.getOriginalMessage() + " at "
                            + path(e),
                    e);
        }
    }

    private static String path(IOException e) {
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException m) {
            return m.getPathReference();
        }
        return "?";
    }

    private static ObjectMapper strictMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .annotationIntrospector(new NoCatchAll())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .build();
        // the API server refuses `port: 587` in a ConfigMap's data or `true` as a label value: so do we
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }

    /** The model's annotations, less the catch-alls that would swallow unknown fields. */
    private static final class NoCatchAll extends JacksonAnnotationIntrospector {
        @Override
        public Boolean hasAnySetter(Annotated a) {
            return Boolean.FALSE;
        }

        @Override
        public JsonIgnoreProperties.Value findPropertyIgnoralByName(MapperConfig<?> config, Annotated a) {
            return super.findPropertyIgnoralByName(config, a).withoutIgnoreUnknown();
        }
    }
}
