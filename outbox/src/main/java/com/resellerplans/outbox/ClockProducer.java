package com.resellerplans.outbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.DefaultBean;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.jboss.logging.Logger;

/**
 * The clock every service reads time from: the database's ({@link DatabaseClock}), measured again every
 * {@code clock.calibrate-every}; tests replace it to move time.
 */
@ApplicationScoped
public class ClockProducer {
    private static final Logger LOG = Logger.getLogger(ClockProducer.class);

    private final DatabaseClock clock = new DatabaseClock();
    private final AgroalDataSource dataSource;

    ClockProducer(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Produces
    @DefaultBean
    @Singleton
    Clock clock() {
        return clock;
    }

    void calibrateOnStart(@Observes StartupEvent started) {
        calibrate();
    }

    @Scheduled(
            identity = "database-clock-calibration",
            every = "${clock.calibrate-every:60s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void calibrate() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            Instant sentAt = Instant.now();
            try (ResultSet answer = statement.executeQuery("SELECT clock_timestamp()")) {
                answer.next();
                Instant databaseTime = answer.getObject(1, OffsetDateTime.class).toInstant();
                clock.calibrate(sentAt, databaseTime, Instant.now());
            }
            LOG.debugf("Database clock offset: %s", clock.offset());
        } catch (SQLException e) {
            LOG.warnf(
                    "Could not read the database's clock (%s); keeping the offset %s", e.getMessage(), clock.offset());
        }
    }
}
