package com.resellerplans.localservers;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class TestServersTest {

    @Test
    void theQuarkusTestResourcePointsAtRealServers() throws Exception {
        RealServersTestResource resource = new RealServersTestResource();
        resource.init(Map.of("database", "subscriptions"));
        Map<String, String> config = resource.start();

        assertThat(config)
                .containsEntry("quarkus.datasource.username", "postgres")
                .containsEntry("quarkus.datasource.password", "postgres")
                .containsEntry("quarkus.mailer.host", "localhost")
                .containsEntry("quarkus.mailer.mock", "false")
                .containsEntry("mp.jwt.verify.issuer", "https://identity.reseller-plans.local")
                .containsEntry("mp.jwt.verify.audiences", "reseller-plans")
                .containsEntry("kafka.bootstrap.servers", TestServers.kafka().bootstrapServers())
                .containsEntry(
                        "quarkus.mailer.port",
                        Integer.toString(TestServers.mail().smtpPort()));
        try (Connection c =
                        DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"), "postgres", "postgres");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT current_database()")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("subscriptions");
        }
        JwtKeys published = JwtKeys.load(
                TestServers.keys().privateKeyPath(), Path.of(config.get("mp.jwt.verify.publickey.location")));
        assertThat(TokenMinterTest.verifies(TestServers.tokens().operator("d1"), published.publicKey()))
                .isTrue();

        // a second start (another module's test class, another profile) reuses the same servers
        RealServersTestResource again = new RealServersTestResource();
        again.init(Map.of());
        Map<String, String> second = again.start();
        assertThat(second)
                .doesNotContainKey("quarkus.datasource.jdbc.url")
                .containsEntry("kafka.bootstrap.servers", config.get("kafka.bootstrap.servers"));
        resource.stop();
        assertThat(TestServers.kafka().isRunning()).isTrue();
    }

    /** Quarkus loads tests in its own class loader: TestServers there must control the same servers. */
    @Test
    void anotherClassLoaderControlsTheSameServers() throws Exception {
        TestServers.startAll();
        ClassLoader original = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader other = new URLClassLoader(testClassPath(), ClassLoader.getPlatformClassLoader())) {
            // as in Quarkus: code of the other class loader runs with it as context class loader
            Thread.currentThread().setContextClassLoader(other);
            Class<?> otherTestServers = other.loadClass(TestServers.class.getName());
            assertThat(otherTestServers).isNotSameAs(TestServers.class);
            Class<?> otherKafkaClass = other.loadClass(KafkaServer.class.getName());
            Class<?> otherPostgresClass = other.loadClass(PostgresServer.class.getName());
            Class<?> otherMailClass = other.loadClass(MailServer.class.getName());
            Class<?> otherMinterClass = other.loadClass(TokenMinter.class.getName());

            otherTestServers.getMethod("startAll").invoke(null);
            Object otherKafka = otherTestServers.getMethod("kafka").invoke(null);
            Object otherPostgres = otherTestServers.getMethod("postgres").invoke(null);
            Object otherMail = otherTestServers.getMethod("mail").invoke(null);
            Object otherMinter = otherTestServers.getMethod("tokens").invoke(null);

            assertThat(otherKafkaClass.getMethod("bootstrapServers").invoke(otherKafka))
                    .isEqualTo(TestServers.kafka().bootstrapServers());
            assertThat(otherPostgresClass.getMethod("port").invoke(otherPostgres))
                    .isEqualTo(TestServers.postgres().port());
            assertThat(otherMailClass.getMethod("smtpPort").invoke(otherMail))
                    .isEqualTo(TestServers.mail().smtpPort());

            // tokens minted there verify with the key the services read
            String token = (String)
                    otherMinterClass.getMethod("operator", String.class).invoke(otherMinter, "d1");
            assertThat(TokenMinterTest.verifies(token, TestServers.keys().publicKey()))
                    .isTrue();

            // mail received here is seen there, and purged from there
            TestServers.mail().purge();
            Thread.currentThread().setContextClassLoader(original);
            sendMail(TestServers.mail().smtpPort(), "Seen from everywhere");
            Thread.currentThread().setContextClassLoader(other);
            assertThat(TestServers.mail().awaitMessages(1, Duration.ofSeconds(10)))
                    .isTrue();
            List<?> seenThere =
                    (List<?>) otherMailClass.getMethod("receivedMessages").invoke(otherMail);
            assertThat(seenThere).hasSize(1);
            assertThat(seenThere.get(0).getClass().getMethod("getSubject").invoke(seenThere.get(0)))
                    .isEqualTo("Seen from everywhere");
            otherMailClass.getMethod("purge").invoke(otherMail);
            assertThat(TestServers.mail().receivedMessages()).isEmpty();

            // stopping Kafka there stops the broker here, and starting it again brings it back
            long begin = System.nanoTime();
            otherKafkaClass.getMethod("stop").invoke(otherKafka);
            long stopped = System.nanoTime();
            assertThat(TestServers.kafka().isRunning()).isFalse();
            assertThat(otherKafkaClass.getMethod("isRunning").invoke(otherKafka))
                    .isEqualTo(false);
            otherKafkaClass.getMethod("start").invoke(otherKafka);
            System.err.printf(
                    "Shared Kafka stop %d ms, restart %d ms%n",
                    (stopped - begin) / 1_000_000, (System.nanoTime() - stopped) / 1_000_000);
            assertThat(TestServers.kafka().isRunning()).isTrue();
        } finally {
            Thread.currentThread().setContextClassLoader(original);
        }
    }

    private static void sendMail(int port, String subject) throws Exception {
        Properties props = new Properties();
        props.put("mail.smtp.host", "localhost");
        props.put("mail.smtp.port", Integer.toString(port));
        MimeMessage message = new MimeMessage(Session.getInstance(props));
        message.setFrom(new InternetAddress("noreply@reseller-plans.local"));
        message.setRecipients(Message.RecipientType.TO, "a@example.com, b@example.com");
        message.setSubject(subject);
        message.setText("hello");
        Transport.send(message);
    }

    private static URL[] testClassPath() throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<URL> urls = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                urls.add(new File(entry).toURI().toURL());
            }
        }
        return urls.toArray(URL[]::new);
    }
}
