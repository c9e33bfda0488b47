package com.resellerplans.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToDoubleFunction;
import org.jboss.logging.Logger;

/**
 * Gauges whose values live in the service's database. A scheduled job reads them (each in its own short
 * transaction), so a scrape never waits on a query and an unreachable database never stalls the metrics
 * endpoint: the gauges keep their last reading until the next one succeeds. They describe the database, so
 * every replica of a service reports the same value (aggregate them with {@code max}, not {@code sum}).
 */
@ApplicationScoped
public class DatabaseGauges {
    private static final Logger LOG = Logger.getLogger(DatabaseGauges.class);

    private final EntityManager entityManager;
    private final MeterRegistry meters;
    private final List<Runnable> readings = new CopyOnWriteArrayList<>();

    DatabaseGauges(EntityManager entityManager, MeterRegistry meters) {
        this.entityManager = entityManager;
        this.meters = meters;
    }

    /**
     * One gauge {@code name{tag=state}} per state, from a query answering {@code (state, count)} rows; a state
     * the query does not return reads 0.
     */
    public void countByState(
            String name, String description, String tag, String countByStateSql, Collection<String> states) {
        Map<String, AtomicLong> values = new HashMap<>();
        for (String state : states) {
            AtomicLong value = new AtomicLong();
            values.put(state, value);
            Gauge.builder(name, value, AtomicLong::get)
                    .description(description)
                    .tag(tag, state)
                    .register(meters);
        }
        readings.add(() -> {
            Map<String, Long> counts = new HashMap<>();
            for (Object row : entityManager.createNativeQuery(countByStateSql).getResultList()) {
                Object[] columns = (Object[]) row;
                counts.put(String.valueOf(columns[0]), ((Number) columns[1]).longValue());
            }
            values.forEach((state, value) -> value.set(counts.getOrDefault(state, 0L)));
        });
    }

    /** One gauge whose value {@code reading} computes from the database, in a transaction of its own. */
    public void gauge(String name, String description, String baseUnit, ToDoubleFunction<EntityManager> reading) {
        gauge(name, description, baseUnit, Tags.empty(), reading);
    }

    /** One gauge {@code name{tags}} whose value {@code reading} computes from the database, as above. */
    public void gauge(
            String name, String description, String baseUnit, Tags tags, ToDoubleFunction<EntityManager> reading) {
        AtomicLong bits = new AtomicLong(Double.doubleToLongBits(0));
        Gauge.builder(name, bits, held -> Double.longBitsToDouble(held.get()))
                .description(description)
                .baseUnit(baseUnit)
                .tags(tags)
                .register(meters);
        readings.add(() -> bits.set(Double.doubleToLongBits(reading.applyAsDouble(entityManager))));
    }

    @Scheduled(every = "${metrics.database-refresh:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        for (Runnable reading : readings) {
            try {
                QuarkusTransaction.requiringNew().run(reading);
            } catch (RuntimeException e) {
                LOG.debugf(e, "A database gauge could not be read; it keeps its last value");
            }
        }
    }
}
