package com.resellerplans.localservers;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Points a Quarkus test at real servers: PostgreSQL (database from the {@code database} init arg),
 * Kafka, SMTP and the ephemeral JWT key pair of {@link TestServers}. The servers are started once per
 * JVM and live until it exits, so {@link #stop()} does nothing.
 *
 * <pre>{@code
 * @WithTestResource(value = RealServersTestResource.class, restrictToAnnotatedClass = false,
 *                   initArgs = @ResourceArg(name = "database", value = "orders"))
 * }</pre>
 */
public class RealServersTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE_ARG = "database";

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        String value = initArgs == null ? null : initArgs.get(DATABASE_ARG);
        database = value == null || value.isBlank() ? null : value.trim();
    }

    @Override
    public Map<String, String> start() {
        TestServers.startAll();
        Map<String, String> config = new HashMap<>();
        if (database != null) {
            PostgresServer postgres = TestServers.postgres();
            postgres.createDatabaseIfAbsent(database);
            config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(database));
            config.put("quarkus.datasource.username", postgres.username());
            config.put("quarkus.datasource.password", postgres.password());
        }
        config.put("kafka.bootstrap.servers", TestServers.kafka().bootstrapServers());
        config.put("quarkus.mailer.host", "localhost");
        config.put("quarkus.mailer.port", Integer.toString(TestServers.mail().smtpPort()));
        config.put("quarkus.mailer.mock", "false");
        config.put(
                "mp.jwt.verify.publickey.location",
                TestServers.keys().publicKeyPath().toAbsolutePath().toString());
        config.put("mp.jwt.verify.issuer", TokenMinter.ISSUER);
        config.put("mp.jwt.verify.audiences", TokenMinter.AUDIENCE);
        // the broker, PostgreSQL's output and GreenMail run inside the test JVM: warnings only
        for (String category : TestServers.SERVER_LOG_CATEGORIES) {
            config.put("quarkus.log.category.\"" + category + "\".level", "WARN");
        }
        return config;
    }

    @Override
    public void stop() {
        // the servers are shared by every test of the JVM and stop when it exits
    }
}
