package com.resellerplans.journey;

import static io.restassured.RestAssured.given;

import com.resellerplans.localservers.MailServer;
import com.resellerplans.localservers.TestServers;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The steps people take, spoken through the gateway, shared by the journey tests. */
final class Journeys {
    private Journeys() {
    }

    /** A distributor of its own per test, so aliases and lists never collide between tests. */
    static String newDistributor() {
        return "disti-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    static String operator(String distributor) {
        return TestServers.tokens().operator(distributor);
    }

    static String resellerAdmin(String distributor, String resellerId) {
        return TestServers.tokens().reseller(distributor, resellerId);
    }

    /** An operator registers a reseller on BASIC; returns its id. */
    static String registerReseller(String distributor, String name, String contactEmail) {
        return as(operator(distributor))
                .body(Map.of("name", name, "primaryContact", Map.of("name", "Ann Lee", "email", contactEmail)))
                .post("/bss/v1/resellers")
                .then().statusCode(201)
                .extract().path("id");
    }

    static void addToBasket(String resellerToken, String product) {
        as(resellerToken).body(Map.of("product", product))
                .post("/storefront/v1/basket/items")
                .then().statusCode(201);
    }

    /** Every mail the SMTP server accepted for this address. */
    static List<MailServer.Mail> mailsTo(String address) {
        return TestServers.mail().mails().stream()
                .filter(mail -> isAddressedTo(mail, address))
                .toList();
    }

    private static boolean isAddressedTo(MailServer.Mail mail, String address) {
        try {
            Address[] recipients = mail.message().getAllRecipients();
            return recipients != null && Arrays.stream(recipients).anyMatch(r -> r.toString().contains(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
