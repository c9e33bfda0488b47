package com.resellerplans.notification.delivery.scripted;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.resellerplans.events.Contact;
import com.resellerplans.events.Contracts;
import com.resellerplans.events.ResellerSnapshot;
import com.resellerplans.events.StorefrontActivated;
import com.resellerplans.localservers.TestServers;
import com.resellerplans.notification.Events;
import com.resellerplans.notification.ScriptedSmtp;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Delivery guarantees against an SMTP server that is down, answers 4xx, or refuses one recipient with 5xx. */
@QuarkusTest
@TestProfile(ScriptedSmtpProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScriptedSmtpDeliveryTest {
    private static final String DELIVERIES = "/bss/v1/notifications/deliveries";
    private static final String WELCOME = "welcome-standard-reseller-storefront";
    private final String distributor = "disti-smtp-" + UUID.randomUUID().toString().substring(0, 8);
    private ScriptedSmtp smtp;

    @BeforeEach
    void theServerIsUp() {
        smtp = ScriptedSmtp.server();
    }

    @AfterEach
    void theServerIsUpAgain() {
        smtp.releaseHeld();
        smtp.start();
    }

    @Test
    void downForAWhileThenEveryEmailArrivesOnceAfterItReturnsAndARedeliveredEventSendsNothingNew() {
        smtp.stop();
        List<ResellerSnapshot> resellers = List.of(reseller("Outage One"), reseller("Outage Two"),
                reseller("Outage Three"));
        Map<String, Events.Keyed<StorefrontActivated>> activations = activationsOf(resellers);
        Events.produceAll(Contracts.STOREFRONT_ACTIVATED, activations);
        Events.produceAll(Contracts.STOREFRONT_ACTIVATED, activations); // redelivered

        // retried while down: every delivery failed at least twice, none given up yet
        await().atMost(Duration.ofSeconds(30)).until(() -> deliveries("FAILED").getList("items", Map.class),
                items -> items.size() == 3 && items.stream().allMatch(item -> (int) item.get("attemptCount") >= 2));
        smtp.start();

        await().atMost(Duration.ofSeconds(30)).until(() -> deliveries("SENT").getList("items").size() == 3);
        for (ResellerSnapshot reseller : resellers) {
            List<ScriptedSmtp.Received> mails = smtp.to(reseller.primaryContact().email());
            JsonPath delivery = onlyDeliveryTo(reseller.primaryContact().email());
            assertThat(mails).hasSize(1);
            assertThat(mails.get(0).messageId()).isEqualTo(delivery.getString("messageId"));
            assertThat(delivery.getInt("attemptCount")).isBetween(3, ScriptedSmtpProfile.MAX_ATTEMPTS);
            assertThat(delivery.getList("attempts.outcome")).last().isEqualTo("SENT");
            assertThat(delivery.getList("attempts.outcome")).filteredOn("SENT"::equals).hasSize(1);
        }
        assertThat(list("templateKey", WELCOME).getList("items")).hasSize(3);
    }

    @Test
    void aTemporaryRefusalIsRetriedWithBackoffUntilAccepted() {
        ResellerSnapshot reseller = reseller("Greylisted Ltd");
        String address = reseller.primaryContact().email();
        smtp.refuse(address, 451, "4.7.1 Greylisted, try again later", 2);

        Events.produce(Contracts.STOREFRONT_ACTIVATED, UUID.randomUUID().toString(), reseller,
                Events.storefrontActivated(reseller, "greylisted"));

        await().atMost(Duration.ofSeconds(30)).until(() -> deliveries("SENT").getList("items").size() == 1);
        JsonPath delivery = onlyDeliveryTo(address);
        // (an attempt may also time out: after a refusal, the pooled connection sometimes hangs — see README)
        assertThat(delivery.getList("attempts.outcome", String.class)).endsWith("SENT")
                .filteredOn("SENT"::equals).hasSize(1);
        assertThat(delivery.getList("attempts.smtpReply", String.class))
                .filteredOn(reply -> reply != null && reply.contains("451")).hasSize(2);
        assertThat(smtp.to(address)).hasSize(1);
    }

    @Test
    void aPermanentRefusalOfOneRecipientIsDeadAfterTheAttemptsWhileTheOtherRecipientGetsTheEmail() {
        String copy = "copy-" + distributor + "@disti.example";
        given().auth().oauth2(operator()).contentType(ContentType.JSON).body(Map.of("recipients", List.of(copy)))
                .put("/bss/v1/setup/notifications/templates/" + WELCOME + "/recipients").then().statusCode(200);
        ResellerSnapshot reseller = reseller("Bounced Ltd");
        String refused = reseller.primaryContact().email();
        smtp.refuse(refused, 550, "5.1.1 No such mailbox", Integer.MAX_VALUE);

        Events.produce(Contracts.STOREFRONT_ACTIVATED, UUID.randomUUID().toString(), reseller,
                Events.storefrontActivated(reseller, "bounced"));

        await().atMost(Duration.ofSeconds(30)).until(() -> deliveries("DEAD").getList("items").size() == 1);
        JsonPath dead = onlyDeliveryTo(refused);
        assertThat(dead.getString("status")).isEqualTo("DEAD");
        assertThat(dead.getInt("attemptCount")).isEqualTo(ScriptedSmtpProfile.MAX_ATTEMPTS);
        assertThat(dead.getList("attempts.smtpReply", String.class)).hasSize(ScriptedSmtpProfile.MAX_ATTEMPTS)
                .anyMatch(reply -> reply.contains("550"));
        assertThat(onlyDeliveryTo(copy).getString("status")).isEqualTo("SENT");
        assertThat(smtp.to(copy)).hasSize(1);
        assertThat(smtp.to(refused)).isEmpty();
    }

    @Test
    void downPastTheAttemptsIsDeadAndListedThenAResendDeliversIt() {
        smtp.stop();
        ResellerSnapshot reseller = reseller("Long Outage Ltd");
        String address = reseller.primaryContact().email();
        Events.produce(Contracts.STOREFRONT_ACTIVATED, UUID.randomUUID().toString(), reseller,
                Events.storefrontActivated(reseller, "long-outage"));

        await().atMost(Duration.ofSeconds(30)).until(() -> deliveries("DEAD").getList("items").size() == 1);
        JsonPath dead = deliveries("DEAD");
        assertThat(dead.getString("items[0].recipient")).isEqualTo(address);
        assertThat(dead.getInt("items[0].attemptCount")).isEqualTo(ScriptedSmtpProfile.MAX_ATTEMPTS);
        smtp.start();
        assertThat(smtp.to(address)).isEmpty();

        given().auth().oauth2(operator()).post(DELIVERIES + "/" + dead.getString("items[0].id") + "/resend")
                .then().statusCode(200).body("status", equalTo("QUEUED"));

        await().atMost(Duration.ofSeconds(30)).until(() -> deliveries("SENT").getList("items").size() == 1);
        assertThat(smtp.to(address)).hasSize(1);
        assertThat(onlyDeliveryTo(address).getList("attempts.outcome")).last().isEqualTo("SENT");
    }

    @Test
    @Order(Integer.MAX_VALUE) // last: its abandoned sends finish later over pooled connections
    void aSendHangingPastTheTimeoutIsRetriedWhileTheNextEmailsGoOnOverAnotherPooledConnection() {
        ResellerSnapshot stuck = reseller("Stuck Ltd");
        ResellerSnapshot next = reseller("Next Ltd");
        String stuckAddress = stuck.primaryContact().email();
        smtp.hold(stuckAddress);

        Events.produce(Contracts.STOREFRONT_ACTIVATED, UUID.randomUUID().toString(), stuck,
                Events.storefrontActivated(stuck, "stuck"));
        await().atMost(Duration.ofSeconds(30)).until(() -> deliveries("FAILED").getList("items").size() == 1);
        assertThat(deliveries("FAILED").getString("items[0].lastError"))
                .startsWith("No answer from the SMTP server within 2000 ms");
        Events.produce(Contracts.STOREFRONT_ACTIVATED, UUID.randomUUID().toString(), next,
                Events.storefrontActivated(next, "next"));

        await().atMost(Duration.ofSeconds(30)).until(() -> smtp.to(next.primaryContact().email()).size() == 1);
        smtp.releaseHeld();
        await().atMost(Duration.ofSeconds(30)).until(() -> deliveries("SENT").getList("items").size() == 2);
        // a timed-out send is not abandoned by the SMTP client: it may still complete, so the retry can repeat
        // the email, always with the same Message-ID
        String messageId = onlyDeliveryTo(stuckAddress).getString("messageId");
        assertThat(smtp.to(stuckAddress)).isNotEmpty().allMatch(mail -> mail.messageId().equals(messageId));
        System.out.printf("Hung send: %d email(s) with the one Message-ID reached the held recipient%n",
                smtp.to(stuckAddress).size());
    }

    @Test
    void aBurstOfWelcomeEmailsIsSentWithBoundedThreads() {
        int burst = Integer.getInteger("notification-service.burst", 300);
        List<ResellerSnapshot> resellers = IntStream.range(0, burst)
                .mapToObj(i -> reseller("Burst " + i)).toList();
        int threadsBefore = Thread.activeCount();
        AtomicInteger peakThreads = new AtomicInteger(threadsBefore);
        long started = System.nanoTime();

        Events.produceAll(Contracts.STOREFRONT_ACTIVATED, activationsOf(resellers));
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200)).until(() -> {
            peakThreads.accumulateAndGet(Thread.activeCount(), Math::max);
            return smtp.countTo("@" + distributor + ".example") >= burst;
        });
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        System.out.printf("Burst of %d welcome emails: all accepted by SMTP in %d ms; live threads %d before, "
                + "peak %d%n", burst, took.toMillis(), threadsBefore, peakThreads.get());
        await().atMost(Duration.ofSeconds(30)).until(() -> countByStatus("SENT") == burst);
        assertThat(smtp.countTo("@" + distributor + ".example")).isEqualTo(burst);
        assertThat(Thread.getAllStackTraces().keySet()).filteredOn(t -> t.getName().equals("delivery-sender"))
                .hasSize(1);
        assertThat(peakThreads.get() - threadsBefore).isLessThan(20);
    }

    /** A reseller of this test's distributor, its contact at the distributor's own mail domain. */
    private ResellerSnapshot reseller(String name) {
        String id = UUID.randomUUID().toString();
        return new ResellerSnapshot(id, distributor, name,
                new Contact("Ann Lee", "ann-" + id.substring(0, 8) + "@" + distributor + ".example"));
    }

    private static Map<String, Events.Keyed<StorefrontActivated>> activationsOf(List<ResellerSnapshot> resellers) {
        Map<String, Events.Keyed<StorefrontActivated>> activations = new LinkedHashMap<>();
        for (ResellerSnapshot reseller : resellers) {
            activations.put(UUID.randomUUID().toString(), new Events.Keyed<>(reseller,
                    Events.storefrontActivated(reseller, "store-" + reseller.id().substring(0, 8))));
        }
        return activations;
    }

    private JsonPath onlyDeliveryTo(String recipient) {
        List<Map<String, Object>> items = list().getList("items");
        List<Object> ids = items.stream().filter(item -> recipient.equals(item.get("recipient")))
                .map(item -> item.get("id")).toList();
        assertThat(ids).hasSize(1);
        return given().auth().oauth2(operator()).get(DELIVERIES + "/" + ids.get(0))
                .then().statusCode(200).extract().jsonPath();
    }

    private int countByStatus(String status) {
        int count = 0;
        String cursor = null;
        do {
            JsonPath page = cursor == null ? list("status", status, "limit", "100")
                    : list("status", status, "limit", "100", "cursor", cursor);
            count += page.getList("items").size();
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return count;
    }

    private JsonPath deliveries(String status) {
        return list("status", status);
    }

    private JsonPath list(String... query) {
        var request = given().auth().oauth2(operator());
        for (int i = 0; i < query.length; i += 2) {
            request = request.queryParam(query[i], query[i + 1]);
        }
        return request.get(DELIVERIES).then().statusCode(200).extract().jsonPath();
    }

    private String operator() {
        return TestServers.tokens().operator(distributor);
    }
}
