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
import com.resellerplans.notification.delivery.domain.DeliverySender;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Delivery guarantees against an SMTP server that is down, answers 4xx, refuses one recipient with 5xx, leaves a
 * send unanswered or loses its acceptance; and a burst's time and threads.
 */
@QuarkusTest
@TestProfile(ScriptedSmtpProfile.class)
class ScriptedSmtpDeliveryTest {
    private static final String DELIVERIES = "/bss/v1/notifications/deliveries";
    private static final String WELCOME = "welcome-standard-reseller-storefront";
    private final String distributor =
            "disti-smtp-" + UUID.randomUUID().toString().substring(0, 8);
    private ScriptedSmtp smtp;

    @Inject
    DeliverySender sender;

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
        List<ResellerSnapshot> resellers =
                List.of(reseller("Outage One"), reseller("Outage Two"), reseller("Outage Three"));
        Map<String, Events.Keyed<StorefrontActivated>> activations = activationsOf(resellers);
        Events.produceAll(Contracts.STOREFRONT_ACTIVATED, activations);
        Events.produceAll(Contracts.STOREFRONT_ACTIVATED, activations); // redelivered

        // retried while down: every delivery failed at least twice, none given up yet
        await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> deliveries("FAILED").getList("items", Map.class),
                        items -> items.size() == 3
                                && items.stream().allMatch(item -> (int) item.get("attemptCount") >= 2));
        smtp.start();

        await().atMost(Duration.ofSeconds(30))
                .until(() -> deliveries("SENT").getList("items").size() == 3);
        for (ResellerSnapshot reseller : resellers) {
            List<ScriptedSmtp.Received> mails =
                    smtp.to(reseller.primaryContact().email());
            JsonPath delivery = onlyDeliveryTo(reseller.primaryContact().email());
            assertThat(mails).hasSize(1);
            assertThat(mails.get(0).messageId()).isEqualTo(delivery.getString("messageId"));
            assertThat(delivery.getInt("attemptCount")).isBetween(3, ScriptedSmtpProfile.MAX_ATTEMPTS);
            assertThat(delivery.getList("attempts.outcome")).last().isEqualTo("SENT");
            assertThat(delivery.getList("attempts.outcome"))
                    .filteredOn("SENT"::equals)
                    .hasSize(1);
        }
        assertThat(list("templateKey", WELCOME).getList("items")).hasSize(3);
    }

    @Test
    void aTemporaryRefusalIsRetriedWithBackoffUntilAccepted() {
        ResellerSnapshot reseller = reseller("Greylisted Ltd");
        String address = reseller.primaryContact().email();
        smtp.refuse(address, 451, "4.7.1 Greylisted, try again later", 2);

        Events.produce(
                Contracts.STOREFRONT_ACTIVATED,
                UUID.randomUUID().toString(),
                reseller,
                Events.storefrontActivated(reseller, "greylisted"));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> deliveries("SENT").getList("items").size() == 1);
        JsonPath delivery = onlyDeliveryTo(address);
        assertThat(delivery.getList("attempts.outcome", String.class)).containsExactly("FAILED", "FAILED", "SENT");
        assertThat(delivery.getList("attempts.smtpReply", String.class))
                .hasSize(3)
                .satisfies(replies -> assertThat(replies.subList(0, 2)).allMatch(reply -> reply.contains("451")))
                .last()
                .isNull();
        assertThat(smtp.to(address)).hasSize(1);
    }

    @Test
    void aPermanentRefusalOfOneRecipientIsDeadAtOnceWithItsReplyWhileTheOtherGetsTheEmailThenAResendDeliversIt() {
        String copy = "copy-" + distributor + "@disti.example";
        given().auth()
                .oauth2(operator())
                .contentType(ContentType.JSON)
                .body(Map.of("recipients", List.of(copy)))
                .put("/bss/v1/setup/notifications/templates/" + WELCOME + "/recipients")
                .then()
                .statusCode(200);
        ResellerSnapshot reseller = reseller("Bounced Ltd");
        String refused = reseller.primaryContact().email();
        smtp.refuse(refused, 550, "5.1.1 No such mailbox", 1);

        Events.produce(
                Contracts.STOREFRONT_ACTIVATED,
                UUID.randomUUID().toString(),
                reseller,
                Events.storefrontActivated(reseller, "bounced"));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> deliveries("DEAD").getList("items").size() == 1);
        JsonPath dead = onlyDeliveryTo(refused);
        // not retried: the server's 550 is recorded after the one attempt, and nothing is scheduled
        assertThat(dead.getInt("attemptCount")).isEqualTo(1);
        assertThat(dead.getString("nextAttemptAt")).isNull();
        assertThat(dead.getList("attempts.outcome")).containsExactly("FAILED");
        assertThat(dead.getString("attempts[0].smtpReply")).contains("550 5.1.1 No such mailbox");
        assertThat(dead.getString("lastError")).contains("550");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> onlyDeliveryTo(copy).getString("status").equals("SENT"));
        assertThat(smtp.to(copy)).hasSize(1);
        assertThat(smtp.to(refused)).isEmpty();

        given().auth()
                .oauth2(operator())
                .post(DELIVERIES + "/" + dead.getString("id") + "/resend")
                .then()
                .statusCode(200)
                .body("status", equalTo("QUEUED"));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> onlyDeliveryTo(refused).getString("status").equals("SENT"));
        assertThat(smtp.to(refused)).hasSize(1);
        assertThat(onlyDeliveryTo(refused).getList("attempts.outcome")).containsExactly("FAILED", "SENT");
    }

    @Test
    void anAcceptanceLostOnItsWayBackIsTheOnlyRepeatAndCarriesTheSameMessageId() {
        ResellerSnapshot reseller = reseller("Lost Reply Ltd");
        String address = reseller.primaryContact().email();
        smtp.holdNextAcceptance(address);

        Events.produce(
                Contracts.STOREFRONT_ACTIVATED,
                UUID.randomUUID().toString(),
                reseller,
                Events.storefrontActivated(reseller, "lost-reply"));

        // the server took the email in but its answer never came: the send timed out, the connection was closed
        await().atMost(Duration.ofSeconds(30))
                .until(() -> deliveries("SENT").getList("items").size() == 1);
        smtp.releaseHeld();
        JsonPath delivery = onlyDeliveryTo(address);
        assertThat(delivery.getList("attempts.outcome")).containsExactly("FAILED", "SENT");
        assertThat(smtp.to(address))
                .hasSize(2)
                .allMatch(mail -> mail.messageId().equals(delivery.getString("messageId")));
    }

    @Test
    void downPastTheAttemptsIsDeadAndListedThenAResendDeliversIt() {
        smtp.stop();
        ResellerSnapshot reseller = reseller("Long Outage Ltd");
        String address = reseller.primaryContact().email();
        Events.produce(
                Contracts.STOREFRONT_ACTIVATED,
                UUID.randomUUID().toString(),
                reseller,
                Events.storefrontActivated(reseller, "long-outage"));

        await().atMost(Duration.ofSeconds(60))
                .until(() -> deliveries("DEAD").getList("items").size() == 1);
        JsonPath dead = deliveries("DEAD");
        assertThat(dead.getString("items[0].recipient")).isEqualTo(address);
        assertThat(dead.getInt("items[0].attemptCount")).isEqualTo(ScriptedSmtpProfile.MAX_ATTEMPTS);
        smtp.start();
        assertThat(smtp.to(address)).isEmpty();

        given().auth()
                .oauth2(operator())
                .post(DELIVERIES + "/" + dead.getString("items[0].id") + "/resend")
                .then()
                .statusCode(200)
                .body("status", equalTo("QUEUED"));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> deliveries("SENT").getList("items").size() == 1);
        assertThat(smtp.to(address)).hasSize(1);
        assertThat(onlyDeliveryTo(address).getList("attempts.outcome")).last().isEqualTo("SENT");
    }

    @Test
    void aSendLeftUnansweredIsAbortedAtTheTimeoutAndRetriedWhileTheNextEmailsGoOnAndItArrivesOnce() {
        ResellerSnapshot stuck = reseller("Stuck Ltd");
        ResellerSnapshot next = reseller("Next Ltd");
        String stuckAddress = stuck.primaryContact().email();
        smtp.hold(stuckAddress);

        Events.produce(
                Contracts.STOREFRONT_ACTIVATED,
                UUID.randomUUID().toString(),
                stuck,
                Events.storefrontActivated(stuck, "stuck"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> deliveries("FAILED").getList("items").size() == 1);
        assertThat(deliveries("FAILED").getString("items[0].lastError")).isNotBlank();
        Events.produce(
                Contracts.STOREFRONT_ACTIVATED,
                UUID.randomUUID().toString(),
                next,
                Events.storefrontActivated(next, "next"));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> smtp.to(next.primaryContact().email()).size() == 1);
        smtp.releaseHeld();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> deliveries("SENT").getList("items").size() == 2);
        // the unanswered exchanges were closed when they timed out, so the server could not accept them later
        JsonPath delivery = onlyDeliveryTo(stuckAddress);
        assertThat(delivery.getList("attempts.outcome", String.class)).last().isEqualTo("SENT");
        assertThat(smtp.to(stuckAddress))
                .hasSize(1)
                .allMatch(mail -> mail.messageId().equals(delivery.getString("messageId")));
    }

    @Test
    void stoppingTheSenderFinishesTheSendsInFlightClaimsNothingMoreAndAfterARestartEveryEmailGoesOutOnce() {
        List<ResellerSnapshot> inFlight = List.of(reseller("In Flight One"), reseller("In Flight Two"));
        inFlight.forEach(reseller -> smtp.hold(reseller.primaryContact().email()));
        Events.produceAll(Contracts.STOREFRONT_ACTIVATED, activationsOf(inFlight));
        await().atMost(Duration.ofSeconds(30)).until(() -> smtp.heldRecipients() == inFlight.size());

        List<ResellerSnapshot> later = List.of(reseller("Later One"), reseller("Later Two"), reseller("Later Three"));
        try {
            // the two sends end at the send timeout (the server stays silent) and are recorded before stop returns
            assertThat(sender.stop(Duration.ofSeconds(20))).isTrue();
            assertThat(deliveries("FAILED").getList("items.recipient"))
                    .containsExactlyInAnyOrderElementsOf(inFlight.stream()
                            .map(reseller -> reseller.primaryContact().email())
                            .toList());
            assertThat(deliveries("FAILED").getList("items.attemptCount", Integer.class))
                    .containsOnly(1);

            Events.produceAll(Contracts.STOREFRONT_ACTIVATED, activationsOf(later));
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> deliveries("QUEUED").getList("items").size() == 3);
            assertThat(deliveries("QUEUED").getList("items.attemptCount", Integer.class))
                    .containsOnly(0);
        } finally {
            smtp.releaseHeld();
            sender.start();
        }

        await().atMost(Duration.ofSeconds(30))
                .until(() -> deliveries("SENT").getList("items").size() == 5);
        for (ResellerSnapshot reseller : concat(inFlight, later)) {
            assertThat(smtp.to(reseller.primaryContact().email())).hasSize(1);
        }
    }

    @Test
    void aBurstOfWelcomeEmailsIsSentWithBoundedThreads() {
        int burst = Integer.getInteger("notification-service.burst", 300);
        List<ResellerSnapshot> resellers =
                IntStream.range(0, burst).mapToObj(i -> reseller("Burst " + i)).toList();
        int threadsBefore = Thread.activeCount();
        Set<Thread> sendersBefore = senderThreads();
        AtomicInteger peakThreads = new AtomicInteger(threadsBefore);
        long started = System.nanoTime();

        Events.produceAll(Contracts.STOREFRONT_ACTIVATED, activationsOf(resellers));
        await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    peakThreads.accumulateAndGet(Thread.activeCount(), Math::max);
                    return smtp.countTo("@" + distributor + ".example") >= burst;
                });
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        System.out.printf(
                "Burst of %d welcome emails: all accepted by SMTP in %d ms; live threads %d before, " + "peak %d%n",
                burst, took.toMillis(), threadsBefore, peakThreads.get());
        await().atMost(Duration.ofSeconds(30)).until(() -> countByStatus("SENT") == burst);
        assertThat(smtp.countTo("@" + distributor + ".example")).isEqualTo(burst);
        // the burst ran on the fixed pool of sender threads: none was added (an earlier app's may linger)
        assertThat(senderThreads())
                .isSubsetOf(sendersBefore)
                .hasSizeGreaterThanOrEqualTo(ScriptedSmtpProfile.CONCURRENCY);
        assertThat(peakThreads.get() - threadsBefore).isLessThan(20);
    }

    private static Set<Thread> senderThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("delivery-sender-"))
                .collect(Collectors.toSet());
    }

    private static List<ResellerSnapshot> concat(List<ResellerSnapshot> first, List<ResellerSnapshot> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }

    /** A reseller of this test's distributor, its contact at the distributor's own mail domain. */
    private ResellerSnapshot reseller(String name) {
        String id = UUID.randomUUID().toString();
        return new ResellerSnapshot(
                id,
                distributor,
                name,
                new Contact("Ann Lee", "ann-" + id.substring(0, 8) + "@" + distributor + ".example"));
    }

    private static Map<String, Events.Keyed<StorefrontActivated>> activationsOf(List<ResellerSnapshot> resellers) {
        Map<String, Events.Keyed<StorefrontActivated>> activations = new LinkedHashMap<>();
        for (ResellerSnapshot reseller : resellers) {
            activations.put(
                    UUID.randomUUID().toString(),
                    new Events.Keyed<>(
                            reseller,
                            Events.storefrontActivated(
                                    reseller, "store-" + reseller.id().substring(0, 8))));
        }
        return activations;
    }

    private JsonPath onlyDeliveryTo(String recipient) {
        List<Map<String, Object>> items = list().getList("items");
        List<Object> ids = items.stream()
                .filter(item -> recipient.equals(item.get("recipient")))
                .map(item -> item.get("id"))
                .toList();
        assertThat(ids).hasSize(1);
        return given().auth()
                .oauth2(operator())
                .get(DELIVERIES + "/" + ids.get(0))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private int countByStatus(String status) {
        int count = 0;
        String cursor = null;
        do {
            JsonPath page = cursor == null
                    ? list("status", status, "limit", "100")
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
