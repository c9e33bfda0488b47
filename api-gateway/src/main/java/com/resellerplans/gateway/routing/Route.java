package com.resellerplans.gateway.routing;

import com.resellerplans.gateway.identity.Access;
import java.util.List;

/**
 * One row of the routing table: a path prefix (whole segments; {@code {name}} stands for any one
 * segment), the service that serves it and who may call it.
 */
public record Route(String prefix, Service service, Access access) {

    public Route {
        if (!prefix.startsWith("/") || prefix.endsWith("/")) {
            throw new IllegalArgumentException("A route prefix starts and does not end with '/': " + prefix);
        }
    }

    /** Whether the (normalised) path is this prefix or lies below it. */
    public boolean matches(String path) {
        List<String> expected = segments(prefix);
        List<String> actual = segments(path);
        if (actual.size() < expected.size()) {
            return false;
        }
        for (int i = 0; i < expected.size(); i++) {
            String segment = expected.get(i);
            boolean placeholder = segment.startsWith("{") && segment.endsWith("}");
            if (placeholder ? actual.get(i).isEmpty() : !segment.equals(actual.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** How many segments the prefix has: more segments means more specific. */
    int depth() {
        return segments(prefix).size();
    }

    private static List<String> segments(String path) {
        return List.of(path.substring(1).split("/", -1));
    }
}
