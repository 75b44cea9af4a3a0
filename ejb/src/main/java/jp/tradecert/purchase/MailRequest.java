package jp.tradecert.purchase;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * Whether the buyer wants mail about the purchase (クーポン購入に関するメールの受信希望), and where to.
 * An address is required when mail is wanted, and must look like one.
 */
public record MailRequest(boolean requested, String address) implements Serializable {

    public static final MailRequest NONE = new MailRequest(false, null);
    private static final Pattern PLAUSIBLE_ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

    public MailRequest {
        address = address == null || address.isBlank() ? null : address.strip();
        if (requested && (address == null || address.length() > 254 || !PLAUSIBLE_ADDRESS.matcher(address).matches())) {
            throw new InvalidMailAddressException(address);
        }
        if (!requested) {
            address = null;
        }
    }

    public static MailRequest to(String address) {
        return new MailRequest(true, address);
    }
}
