package com.resellerplans.localservers;

import jakarta.mail.Address;
import jakarta.mail.Header;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads what a person wants to see of a MIME message: addresses, subject, text and HTML bodies. */
final class MailParts {

    record Body(String text, String html) {}

    record Person(String name, String address) {
        Map<String, String> asJson() {
            Map<String, String> json = new LinkedHashMap<>();
            json.put("Name", name);
            json.put("Address", address);
            return json;
        }

        String display() {
            return name.isEmpty() ? address : name + " <" + address + ">";
        }
    }

    private MailParts() {}

    static String subject(MimeMessage message) {
        try {
            String subject = message.getSubject();
            return subject == null ? "" : subject;
        } catch (MessagingException e) {
            return "";
        }
    }

    static Person from(MimeMessage message) {
        try {
            Address[] from = message.getFrom();
            return from == null || from.length == 0 ? new Person("", "") : person(from[0]);
        } catch (MessagingException e) {
            return new Person("", "");
        }
    }

    static List<Person> recipients(MimeMessage message, Message.RecipientType type) {
        List<Person> people = new ArrayList<>();
        try {
            Address[] addresses = message.getRecipients(type);
            if (addresses != null) {
                for (Address address : addresses) {
                    people.add(person(address));
                }
            }
        } catch (MessagingException e) {
            // an unparsable header shows as no recipient
        }
        return people;
    }

    static List<String[]> headers(MimeMessage message) {
        List<String[]> headers = new ArrayList<>();
        try {
            Enumeration<Header> all = message.getAllHeaders();
            while (all.hasMoreElements()) {
                Header header = all.nextElement();
                headers.add(new String[] {header.getName(), header.getValue()});
            }
        } catch (MessagingException e) {
            // none shown
        }
        return headers;
    }

    /** The first text/plain and the first text/html part, searched depth first; "" when absent. */
    static Body parts(MimeMessage message) {
        String[] found = {null, null};
        try {
            collect(message, found);
        } catch (MessagingException | IOException e) {
            // show what was found
        }
        return new Body(found[0] == null ? "" : found[0], found[1] == null ? "" : found[1]);
    }

    private static void collect(Part part, String[] found) throws MessagingException, IOException {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return;
        }
        if (part.isMimeType("text/plain") && found[0] == null) {
            found[0] = asText(part.getContent());
        } else if (part.isMimeType("text/html") && found[1] == null) {
            found[1] = asText(part.getContent());
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), found);
            }
        } else if (part.isMimeType("message/rfc822") && part.getContent() instanceof Part nested) {
            collect(nested, found);
        }
    }

    private static String asText(Object content) throws IOException {
        if (content instanceof String text) {
            return text;
        }
        if (content instanceof InputStream in) {
            try (in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return String.valueOf(content);
    }

    private static Person person(Address address) {
        if (address instanceof InternetAddress internet) {
            String name = internet.getPersonal();
            return new Person(name == null ? "" : name, internet.getAddress() == null ? "" : internet.getAddress());
        }
        return new Person("", address.toString());
    }
}
