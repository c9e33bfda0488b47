package com.resellerplans.localservers;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Message;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The local mailbox: a web page listing every mail the {@link MailServer} received, and the part of
 * Mailpit's JSON API that tests and scripts use.
 *
 * <ul>
 *   <li>{@code GET /} – the mails, newest first; {@code GET /view/{ID}} – one mail</li>
 *   <li>{@code GET /api/v1/messages?limit=&start=} – newest first, Mailpit's summary format</li>
 *   <li>{@code GET /api/v1/message/{ID}} – one mail with its Text and HTML bodies</li>
 *   <li>{@code DELETE /api/v1/messages} – deletes every mail</li>
 * </ul>
 */
public final class Mailbox implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private final MailServer mail;
    private final HttpServer http;
    private final ExecutorService executor;

    private Mailbox(MailServer mail, HttpServer http, ExecutorService executor) {
        this.mail = mail;
        this.http = http;
        this.executor = executor;
    }

    /** Serves the mails of {@code mail} on 127.0.0.1 and the given port; 0 picks a free port. */
    public static Mailbox start(MailServer mail, int port) {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
            ExecutorService executor = Executors.newFixedThreadPool(4, runnable -> {
                Thread thread = new Thread(runnable, "mailbox-http");
                thread.setDaemon(true);
                return thread;
            });
            http.setExecutor(executor);
            Mailbox mailbox = new Mailbox(mail, http, executor);
            http.createContext("/", mailbox::handle);
            http.start();
            return mailbox;
        } catch (IOException e) {
            throw new UncheckedIOException("Mailbox did not start on port " + port, e);
        }
    }

    public int port() {
        return http.getAddress().getPort();
    }

    public String url() {
        return "http://localhost:" + port();
    }

    public void stop() {
        http.stop(0);
        executor.shutdownNow();
    }

    @Override
    public void close() {
        stop();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            if (method.equals("GET") && path.equals("/")) {
                respond(exchange, 200, "text/html; charset=utf-8", listPage());
            } else if (method.equals("GET") && path.startsWith("/view/")) {
                Optional<MailServer.Mail> found = find(path.substring("/view/".length()));
                if (found.isPresent()) {
                    respond(exchange, 200, "text/html; charset=utf-8", viewPage(found.get()));
                } else {
                    respond(exchange, 404, "text/html; charset=utf-8", page("Not found", "<p>No such mail.</p>"));
                }
            } else if (method.equals("POST") && path.equals("/purge")) {
                mail.purge();
                exchange.getResponseHeaders().add("Location", "/");
                respond(exchange, 303, "text/plain; charset=utf-8", "");
            } else if (method.equals("GET") && path.equals("/api/v1/messages")) {
                respond(
                        exchange,
                        200,
                        "application/json",
                        JSON.writeValueAsString(messageList(exchange.getRequestURI())));
            } else if (method.equals("DELETE") && path.equals("/api/v1/messages")) {
                mail.purge();
                respond(exchange, 200, "text/plain; charset=utf-8", "ok");
            } else if (method.equals("GET") && path.startsWith("/api/v1/message/")) {
                Optional<MailServer.Mail> found = find(path.substring("/api/v1/message/".length()));
                if (found.isPresent()) {
                    respond(exchange, 200, "application/json", JSON.writeValueAsString(messageDetail(found.get())));
                } else {
                    respond(exchange, 404, "text/plain; charset=utf-8", "message not found");
                }
            } else {
                respond(exchange, 404, "text/plain; charset=utf-8", "not found");
            }
        } catch (RuntimeException e) {
            respond(exchange, 500, "text/plain; charset=utf-8", String.valueOf(e));
        } finally {
            exchange.close();
        }
    }

    private Optional<MailServer.Mail> find(String id) {
        return mail.mails().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    // ---- JSON (Mailpit's shapes) ----

    private Map<String, Object> messageList(URI uri) {
        Map<String, String> query = query(uri);
        int start = Math.max(0, intParam(query, "start", 0));
        int limit = Math.max(0, intParam(query, "limit", 50));
        List<MailServer.Mail> all = mail.mails();
        List<Map<String, Object>> page = new ArrayList<>();
        for (int i = start; i < all.size() && page.size() < limit; i++) {
            page.add(summary(all.get(i)));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", all.size());
        body.put("unread", 0);
        body.put("count", page.size());
        body.put("messages_count", all.size());
        body.put("start", start);
        body.put("messages", page);
        return body;
    }

    private static Map<String, Object> summary(MailServer.Mail m) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("ID", m.id());
        summary.put("MessageID", messageId(m));
        summary.put("From", MailParts.from(m.message()).asJson());
        summary.put("To", people(m, Message.RecipientType.TO));
        summary.put("Cc", people(m, Message.RecipientType.CC));
        summary.put("Subject", m.subject());
        summary.put("Created", m.received().toString());
        String text = m.text().strip();
        summary.put("Snippet", text.length() > 200 ? text.substring(0, 200) : text);
        return summary;
    }

    private static Map<String, Object> messageDetail(MailServer.Mail m) {
        MailParts.Body body = MailParts.parts(m.message());
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("ID", m.id());
        detail.put("MessageID", messageId(m));
        detail.put("From", MailParts.from(m.message()).asJson());
        detail.put("To", people(m, Message.RecipientType.TO));
        detail.put("Cc", people(m, Message.RecipientType.CC));
        detail.put("Subject", m.subject());
        detail.put("Created", m.received().toString());
        detail.put("Date", m.received().toString());
        detail.put("Text", body.text());
        detail.put("HTML", body.html());
        return detail;
    }

    private static List<Map<String, String>> people(MailServer.Mail m, Message.RecipientType type) {
        return MailParts.recipients(m.message(), type).stream()
                .map(MailParts.Person::asJson)
                .toList();
    }

    private static String messageId(MailServer.Mail m) {
        try {
            String id = m.message().getMessageID();
            return id == null ? "" : id.replaceAll("^<|>$", "");
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    // ---- HTML ----

    private String listPage() {
        List<MailServer.Mail> mails = mail.mails();
        StringBuilder rows = new StringBuilder();
        for (MailServer.Mail m : mails) {
            rows.append("<tr><td>")
                    .append(escape(TIME.format(m.received())))
                    .append("</td><td>")
                    .append(escape(MailParts.from(m.message()).display()))
                    .append("</td><td>")
                    .append(escape(joined(MailParts.recipients(m.message(), Message.RecipientType.TO))))
                    .append("</td><td><a href=\"/view/")
                    .append(escape(m.id()))
                    .append("\">")
                    .append(escape(m.subject().isEmpty() ? "(no subject)" : m.subject()))
                    .append("</a></td></tr>\n");
        }
        String table = mails.isEmpty()
                ? "<p class=\"empty\">No mail yet. This page refreshes itself every 5 seconds.</p>"
                : "<table><thead><tr><th>Received</th><th>From</th><th>To</th><th>Subject</th></tr></thead><tbody>\n"
                        + rows + "</tbody></table>";
        return page(
                "Mailbox (" + mails.size() + ")",
                "<form method=\"post\" action=\"/purge\" class=\"actions\">"
                        + "<button type=\"submit\">Delete all</button></form>" + table,
                "<meta http-equiv=\"refresh\" content=\"5\">");
    }

    private static String viewPage(MailServer.Mail m) {
        MailParts.Body body = MailParts.parts(m.message());
        StringBuilder headers = new StringBuilder("<table class=\"headers\">");
        for (String[] header : MailParts.headers(m.message())) {
            headers.append("<tr><th>")
                    .append(escape(header[0]))
                    .append("</th><td>")
                    .append(escape(header[1]))
                    .append("</td></tr>");
        }
        headers.append("</table>");
        StringBuilder content = new StringBuilder();
        content.append("<p><a href=\"/\">&larr; all mails</a></p>")
                .append("<dl><dt>From</dt><dd>")
                .append(escape(MailParts.from(m.message()).display()))
                .append("</dd><dt>To</dt><dd>")
                .append(escape(joined(MailParts.recipients(m.message(), Message.RecipientType.TO))))
                .append("</dd><dt>Received</dt><dd>")
                .append(escape(TIME.format(m.received())))
                .append("</dd></dl>");
        if (!body.html().isEmpty()) {
            // sandbox without allow-scripts: the mail's HTML is shown but never runs
            content.append("<h2>HTML</h2><iframe sandbox=\"\" srcdoc=\"")
                    .append(escape(body.html()))
                    .append("\"></iframe>");
        }
        if (!body.text().isEmpty()) {
            content.append("<h2>Text</h2><pre>").append(escape(body.text())).append("</pre>");
        }
        content.append("<details><summary>Headers</summary>").append(headers).append("</details>");
        return page(m.subject().isEmpty() ? "(no subject)" : m.subject(), content.toString());
    }

    private static String page(String title, String content) {
        return page(title, content, "");
    }

    private static String page(String title, String content, String head) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + escape(title) + "</title>" + head
                + "<style>body{font-family:system-ui,sans-serif;margin:2em;color:#222}"
                + "table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.4em .6em;"
                + "border-bottom:1px solid #ddd;vertical-align:top}th{background:#f4f4f4}"
                + "iframe{width:100%;height:32em;border:1px solid #ccc}pre{white-space:pre-wrap;"
                + "background:#f8f8f8;padding:1em;border:1px solid #ddd}dt{font-weight:bold}"
                + "dd{margin:0 0 .5em 0}.headers th{width:14em}.actions{float:right}.empty{color:#666}</style>"
                + "</head><body><h1>" + escape(title) + "</h1>" + content + "</body></html>";
    }

    private static String joined(List<MailParts.Person> people) {
        return String.join(", ", people.stream().map(MailParts.Person::display).toList());
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    // ---- plumbing ----

    private static Map<String, String> query(URI uri) {
        Map<String, String> params = new HashMap<>();
        String raw = uri.getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            params.put(
                    URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return params;
    }

    private static int intParam(Map<String, String> query, String name, int fallback) {
        String value = query.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
