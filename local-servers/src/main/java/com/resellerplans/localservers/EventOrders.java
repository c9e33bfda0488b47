package com.resellerplans.localservers;

import java.util.ArrayList;
import java.util.List;

/** Every order a consumer could receive a sequence of events in, for the tests that feed it reordered events. */
public final class EventOrders {
    private EventOrders() {}

    /** All permutations of {@code events}; the first is the true order. */
    public static <T> List<List<T>> allOf(List<T> events) {
        if (events.isEmpty()) {
            return List.of(List.of());
        }
        List<List<T>> orders = new ArrayList<>();
        for (int first = 0; first < events.size(); first++) {
            List<T> rest = new ArrayList<>(events);
            T head = rest.remove(first);
            for (List<T> tail : allOf(rest)) {
                List<T> order = new ArrayList<>();
                order.add(head);
                order.addAll(tail);
                orders.add(order);
            }
        }
        return orders;
    }
}
