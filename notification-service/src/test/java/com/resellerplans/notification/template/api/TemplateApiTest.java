package com.resellerplans.notification.template.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.resellerplans.events.Contracts;
import com.resellerplans.events.ResellerSnapshot;
import com.resellerplans.localservers.MailServer;
import com.resellerplans.localservers.TestServers;
import com.resellerplans.notification.Concurrently;
import com.resellerplans.notification.Events;
import com.resellerplans.notification.Mails;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A distributor edits the welcome template and its recipients; the next email follows. */
@QuarkusTest
class TemplateApiTest {
    private static final String WELCOME = "/bss/v1/setup/notifications/templates/welcome-standard-reseller-storefront";
    private final String distributor =
            "disti-tpl-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void theDefaultAppliesUntilTheDistributorSavesItsOwn() {
        given().auth()
                .oauth2(operator())
                .get(WELCOME)
                .then()
                .statusCode(200)
                .body("id", equalTo("welcome-standard-reseller-storefront"))
                .body("subject", equalTo("Welcome to Standard Reseller Storefront"))
                .body("version", equalTo(0))
                .body("customised", equalTo(false))
                .body("placeholders.size()", equalTo(6));
    }

    @Test
    void aSavedVersionAndThePreferredRecipientsShapeTheNextWelcome() {
        given().auth()
                .oauth2(operator())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "subject",
                        "Your {plan} storefront is live",
                        "html",
                        "<p>Hi {contactName}, open <a href=\"{storefrontUrl}\">{storefrontUrl}</a></p>",
                        "text",
                        "Hi {contactName}, open {storefrontUrl}"))
                .put(WELCOME)
                .then()
                .statusCode(200)
                .body("version", equalTo(1))
                .body("customised", equalTo(true));
        String copy = "copy-" + distributor + "@disti.example";
        given().auth()
                .oauth2(operator())
                .contentType(ContentType.JSON)
                .body(Map.of("recipients", List.of(copy.toUpperCase(), copy)))
                .put(WELCOME + "/recipients")
                .then()
                .statusCode(200)
                .body("recipients", equalTo(List.of(copy)));

        ResellerSnapshot reseller = Events.reseller(distributor, "Custom Co");
        Events.produce(
                Contracts.STOREFRONT_ACTIVATED,
                UUID.randomUUID().toString(),
                reseller,
                Events.storefrontActivated(reseller, "customco"));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> !Mails.to(copy).isEmpty()
                        && !Mails.to(reseller.primaryContact().email()).isEmpty());
        MailServer.Mail mail = Mails.to(reseller.primaryContact().email()).get(0);
        assertThat(mail.subject()).isEqualTo("Your Standard storefront is live");
        assertThat(mail.text()).contains("Hi Ann Lee, open https://cloud.disti.example/customco");
        assertThat(Mails.to(copy).get(0).message()).isNotSameAs(mail.message());
    }

    @Test
    void anInvalidTemplateIs422NamingTheLineAndChangesNothing() {
        given().auth()
                .oauth2(operator())
                .contentType(ContentType.JSON)
                .body(Map.of("subject", "Hi", "html", "<p>ok</p>", "text", "Hello\n{customerNumber}"))
                .put(WELCOME)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("TEMPLATE_UNKNOWN_PLACEHOLDER"))
                .body("part", equalTo("text"))
                .body("line", equalTo(2))
                .body("detail", containsString("line 2"));
        given().auth()
                .oauth2(operator())
                .contentType(ContentType.JSON)
                .body(Map.of("subject", "Hi", "html", "<p>{#if plan}</p>", "text", "x"))
                .put(WELCOME)
                .then()
                .statusCode(422)
                .body("code", equalTo("TEMPLATE_INVALID"));

        given().auth().oauth2(operator()).get(WELCOME).then().statusCode(200).body("version", equalTo(0));
        given().auth()
                .oauth2(operator())
                .get(WELCOME + "/versions")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void anEarlierVersionCanBeRestoredAsTheNewest() {
        putSubject("First {resellerName}");
        putSubject("Second {resellerName}");

        given().auth()
                .oauth2(operator())
                .post(WELCOME + "/versions/1/restore")
                .then()
                .statusCode(200)
                .body("version", equalTo(3))
                .body("subject", equalTo("First {resellerName}"));
        given().auth()
                .oauth2(operator())
                .get(WELCOME + "/versions")
                .then()
                .statusCode(200)
                .body("items.number", equalTo(List.of(3, 2, 1)));
        given().auth()
                .oauth2(operator())
                .post(WELCOME + "/versions/9/restore")
                .then()
                .statusCode(404)
                .body("code", equalTo("TEMPLATE_NOT_FOUND"));
    }

    @Test
    void concurrentFirstSavesOfATemplateAndOfRecipientsAreAllAppliedWithoutAConflict() throws Exception {
        List<Integer> saves = Concurrently.statuses(
                6,
                i -> given().auth()
                        .oauth2(operator())
                        .contentType(ContentType.JSON)
                        .body(Map.of(
                                "subject",
                                "Concurrent " + i,
                                "html",
                                "<p>{storefrontUrl}</p>",
                                "text",
                                "{storefrontUrl}"))
                        .put(WELCOME)
                        .statusCode());
        String upgradedRecipients = "/bss/v1/setup/notifications/templates/subscription-upgraded/recipients";
        List<Integer> replacements = Concurrently.statuses(
                6,
                i -> given().auth()
                        .oauth2(operator())
                        .contentType(ContentType.JSON)
                        .body(Map.of("recipients", List.of("billing@disti.example", "copy-" + i + "@disti.example")))
                        .put(upgradedRecipients)
                        .statusCode());

        assertThat(saves).containsOnly(200);
        assertThat(replacements).containsOnly(200);
        JsonPath versions = given().auth()
                .oauth2(operator())
                .get(WELCOME + "/versions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(versions.getList("items.number", Integer.class)).containsExactly(6, 5, 4, 3, 2, 1);
        assertThat(versions.getList("items.subject", String.class))
                .containsExactlyInAnyOrder(
                        "Concurrent 0", "Concurrent 1", "Concurrent 2", "Concurrent 3", "Concurrent 4", "Concurrent 5");
        given().auth()
                .oauth2(operator())
                .get(WELCOME)
                .then()
                .statusCode(200)
                .body("version", equalTo(6))
                .body("subject", equalTo(versions.getString("items[0].subject")));
        // one replacement won whole: never a mix of two
        List<String> recipients = given().auth()
                .oauth2(operator())
                .get(upgradedRecipients)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("recipients", String.class);
        assertThat(recipients).hasSize(2).contains("billing@disti.example");
    }

    @Test
    void aPreviewRendersSampleValues() {
        given().auth()
                .oauth2(operator())
                .contentType(ContentType.JSON)
                .post(WELCOME + "/preview")
                .then()
                .statusCode(200)
                .body("subject", equalTo("Welcome to Standard Reseller Storefront"))
                .body("text", containsString("https://cloud.disti.com/techsolutions"));
    }

    @Test
    void anUnknownKeyIs404AndOnlyOperatorsMayCall() {
        given().auth()
                .oauth2(operator())
                .get("/bss/v1/setup/notifications/templates/nope")
                .then()
                .statusCode(404)
                .body("code", equalTo("TEMPLATE_NOT_FOUND"));
        given().auth()
                .oauth2(TestServers.tokens().reseller(distributor, "r-1"))
                .get(WELCOME)
                .then()
                .statusCode(403);
        given().get(WELCOME).then().statusCode(401);
    }

    private void putSubject(String subject) {
        given().auth()
                .oauth2(operator())
                .contentType(ContentType.JSON)
                .body(Map.of("subject", subject, "html", "<p>{storefrontUrl}</p>", "text", "{storefrontUrl}"))
                .put(WELCOME)
                .then()
                .statusCode(200);
    }

    private String operator() {
        return TestServers.tokens().operator(distributor);
    }
}
