package jp.tradecert.it;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/** The mails an SMTP test server received, by recipient. */
public final class Mailbox {

    private Mailbox() {
    }

    public static List<MimeMessage> to(MimeMessage[] received, String address) {
        return Arrays.stream(received).filter(mail -> {
            try {
                return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
                        .anyMatch(recipient -> recipient.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
