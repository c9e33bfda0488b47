package com.resellerplans.localservers;

import java.util.function.Supplier;

/**
 * Runs code with this module's class loader as the thread's context class loader. Kafka and
 * Jakarta Mail look classes and services up through the context class loader; when a test running
 * in another class loader (Quarkus') stops or starts the broker, they must still find this loader's
 * classes.
 */
final class OwnClassLoader {

    private OwnClassLoader() {}

    static <T> T call(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(OwnClassLoader.class.getClassLoader());
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
