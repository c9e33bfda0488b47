package com.resellerplans.gateway.openapi;

import io.vertx.core.json.JsonObject;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The methods the partner documents give for each of their path templates ({@code /bss/v1/orders/{id}}), as the
 * value of an {@code Allow} header. A path matches a template segment by segment, a {@code {x}} segment matching
 * any one segment; where a literal segment and a template segment both match, the literal one wins.
 */
public final class DocumentedMethods {

    /** One segment of the templates: what follows it literally, what follows it as a template segment. */
    private static final class Node {
        private final Map<String, Node> literals = new HashMap<>();
        private Node variable;
        private final Set<String> methods = new LinkedHashSet<>();
        private String allow;

        private Node child(String segment) {
            if (segment.startsWith("{") && segment.endsWith("}")) {
                if (variable == null) {
                    variable = new Node();
                }
                return variable;
            }
            return literals.computeIfAbsent(segment, ignored -> new Node());
        }

        private void seal() {
            if (!methods.isEmpty()) {
                allow = PartnerDocument.HTTP_METHODS.stream()
                        .filter(methods::contains)
                        .map(String::toUpperCase)
                        .collect(Collectors.joining(", "));
            }
            literals.values().forEach(Node::seal);
            if (variable != null) {
                variable.seal();
            }
        }
    }

    private final Node root = new Node();

    private DocumentedMethods() {}

    /** The table of the documents' {@code paths}. */
    public static DocumentedMethods of(Collection<JsonObject> documents) {
        DocumentedMethods table = new DocumentedMethods();
        for (JsonObject document : documents) {
            document.getJsonObject("paths", new JsonObject()).forEach(path -> {
                if (path.getValue() instanceof JsonObject operations) {
                    Node node = table.root;
                    for (String segment : segments(path.getKey())) {
                        node = node.child(segment);
                    }
                    Set<String> methods = node.methods;
                    operations.fieldNames().stream()
                            .filter(PartnerDocument.HTTP_METHODS::contains)
                            .forEach(methods::add);
                }
            });
        }
        table.root.seal();
        return table;
    }

    /** The {@code Allow} value for the request path, if a documented template matches it. */
    public Optional<String> allowFor(String path) {
        return Optional.ofNullable(match(root, segments(path), 0));
    }

    private static String match(Node node, String[] segments, int next) {
        if (next == segments.length) {
            return node.allow;
        }
        Node literal = node.literals.get(segments[next]);
        String found = literal == null ? null : match(literal, segments, next + 1);
        if (found == null && node.variable != null) {
            found = match(node.variable, segments, next + 1);
        }
        return found;
    }

    private static String[] segments(String path) {
        return (path.startsWith("/") ? path.substring(1) : path).split("/", -1);
    }
}
