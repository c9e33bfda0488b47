package com.resellerplans.notification;

import com.resellerplans.localservers.MailServer;
import com.resellerplans.localservers.TestServers;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.util.Arrays;
import java.util.List;

/** Reads what the real SMTP server (or another one) received for one address. */
public final class Mails {
    private Mails() {}

    public static List<MailServer.Mail> to(String address) {
        return to(TestServers.mail(), address);
    }

    /** What {@code server} received for the address. */
    public static List<MailServer.Mail> to(MailServer server, String address) {
        return server.mails().stream()
                .filter(mail -> addressedTo(mail, address))
                .toList();
    }

    private static boolean addressedTo(MailServer.Mail mail, String address) {
        try {
            Address[] to = mail.message().getRecipients(Message.RecipientType.TO);
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().contains(address));
        } catch (MessagingException e) {
            return false;
        }
    }
}
