package com.resellerplans.localservers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MailServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static MailServer mail;
    private static Mailbox mailbox;

    @BeforeAll
    static void start() {
        long begin = System.nanoTime();
        mail = MailServer.start(0);
        mailbox = Mailbox.start(mail, 0);
        System.err.printf("SMTP + mailbox started in %d ms%n", (System.nanoTime() - begin) / 1_000_000);
    }

    @AfterAll
    static void stop() {
        mailbox.stop();
        mail.stop();
    }

    @Test
    void receivesMailAndListsItThroughTheMailpitApi() throws Exception {
        mail.purge();
        send("First <b>order</b>", "text one", "<p>html one</p>");
        send("Second order", "text two", "<p>html two</p>");

        assertThat(mail.awaitMessages(2, Duration.ofSeconds(10))).isTrue();
        // two recipients each, yet every mail is listed once
        assertThat(mail.receivedMessages()).hasSize(2);
        assertThat(mail.receivedMessages().get(0).getSubject()).isEqualTo("First <b>order</b>");

        JsonNode list = getJson("/api/v1/messages?limit=10&start=0");
        assertThat(list.get("total").asInt()).isEqualTo(2);
        JsonNode newest = list.get("messages").get(0);
        assertThat(newest.get("Subject").asText()).isEqualTo("Second order");
        assertThat(newest.get("From").get("Address").asText()).isEqualTo("noreply@reseller-plans.local");
        assertThat(newest.get("From").get("Name").asText()).isEqualTo("Reseller Plans");
        assertThat(newest.get("To").get(0).get("Address").asText()).isEqualTo("alice@example.com");
        assertThat(newest.get("To").get(1).get("Address").asText()).isEqualTo("bob@example.com");
        assertThat(newest.get("Created").asText()).isNotEmpty();

        JsonNode paged = getJson("/api/v1/messages?limit=1&start=1");
        assertThat(paged.get("total").asInt()).isEqualTo(2);
        assertThat(paged.get("messages")).hasSize(1);
        assertThat(paged.get("messages").get(0).get("Subject").asText()).isEqualTo("First <b>order</b>");

        String id = newest.get("ID").asText();
        JsonNode detail = getJson("/api/v1/message/" + id);
        assertThat(detail.get("ID").asText()).isEqualTo(id);
        assertThat(detail.get("Text").asText()).contains("text two");
        assertThat(detail.get("HTML").asText()).contains("<p>html two</p>");

        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("/view/" + id).contains("First &lt;b&gt;order&lt;/b&gt;");
        HttpResponse<String> view = get("/view/" + id);
        assertThat(view.statusCode()).isEqualTo(200);
        assertThat(view.body()).contains("sandbox").contains("text two").doesNotContain("<p>html two</p>");
        assertThat(get("/api/v1/message/nope").statusCode()).isEqualTo(404);

        HttpResponse<String> deleted = HTTP.send(
                HttpRequest.newBuilder(URI.create(mailbox.url() + "/api/v1/messages"))
                        .DELETE()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(getJson("/api/v1/messages").get("total").asInt()).isZero();
        assertThat(mail.receivedMessages()).isEmpty();
    }

    @Test
    void everySmtpTransactionIsOneMailEvenWithTheSameMessageId() throws Exception {
        mail.purge();
        for (int attempt = 0; attempt < 2; attempt++) {
            MimeMessage message = new MimeMessage(session()) {
                @Override
                protected void updateMessageID() throws jakarta.mail.MessagingException {
                    setHeader("Message-ID", "<delivery-42@reseller-plans.local>");
                }
            };
            message.setFrom("noreply@reseller-plans.local");
            message.setRecipients(Message.RecipientType.TO, "a@example.com, b@example.com, c@example.com");
            message.setSubject("Retried delivery");
            message.setText("same mail, sent again");
            Transport.send(message);
        }
        assertThat(mail.awaitMessages(2, Duration.ofSeconds(10))).isTrue();
        assertThat(mail.mails()).hasSize(2);
        assertThat(mail.mails().get(0).id()).isNotEqualTo(mail.mails().get(1).id());
        assertThat(getJson("/api/v1/message/" + mail.mails().get(1).id())
                        .get("MessageID")
                        .asText())
                .isEqualTo("delivery-42@reseller-plans.local");
    }

    private static Session session() {
        Properties props = new Properties();
        props.put("mail.smtp.host", "localhost");
        props.put("mail.smtp.port", Integer.toString(mail.smtpPort()));
        return Session.getInstance(props);
    }

    private static void send(String subject, String text, String html) throws Exception {
        MimeMessage message = new MimeMessage(session());
        message.setFrom(new InternetAddress("noreply@reseller-plans.local", "Reseller Plans"));
        message.setRecipients(Message.RecipientType.TO, "alice@example.com, Bob <bob@example.com>");
        message.setSubject(subject);
        MimeBodyPart textPart = new MimeBodyPart();
        textPart.setText(text, "UTF-8");
        MimeBodyPart htmlPart = new MimeBodyPart();
        htmlPart.setContent(html, "text/html; charset=UTF-8");
        message.setContent(new MimeMultipart("alternative", textPart, htmlPart));
        Transport.send(message, "any-user", "any-password");
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(mailbox.url() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        return JSON.readTree(response.body());
    }
}
