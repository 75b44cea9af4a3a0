package jp.tradecert.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

/** Which failures of a send end a mail's attempts, and which are worth another one. */
class MailDeliveryTest {

    private static final Address[] ONE = {address("buyer@kakogawa.example.jp")};
    private static final Address[] NONE = {};

    @Test
    void anAddressRefusedByTheServerOrNoAddressAtAllIsForGood() {
        assertThat(MailDelivery.refusedForGood(new SendFailedException("Invalid Addresses", null, NONE, NONE, ONE)))
                .isTrue();
        assertThat(MailDelivery.refusedForGood(new AddressException("Missing final '@domain'"))).isTrue();
        assertThat(MailDelivery.refusedForGood(new MessagingException("Sending failed",
                new SendFailedException("Invalid Addresses", null, NONE, NONE, ONE)))).as("nested").isTrue();
    }

    @Test
    void aServerAwayATemporaryRefusalOrARefusedSenderAreWorthAnotherAttempt() {
        assertThat(MailDelivery.refusedForGood(new MessagingException("Couldn't connect to host",
                new ConnectException("Connection refused")))).isFalse();
        assertThat(MailDelivery.refusedForGood(new SendFailedException("451 try later", null, NONE, ONE, NONE)))
                .as("4xx: valid, unsent").isFalse();
        assertThat(MailDelivery.refusedForGood(new SendFailedException("530 authentication required")))
                .as("no address named").isFalse();
    }

    private static Address address(String text) {
        try {
            return new InternetAddress(text);
        } catch (AddressException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
