package jp.office050.mailaccounts.control;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Optional;
import jp.office050.mailaccounts.entity.MailAccount;

/** Whether typed text is one plain email address (no name, no list, no line breaks), and its normal form. */
public final class MailAddresses {

    private static final int MAX_LENGTH = 254;

    private MailAddresses() {}

    public static Optional<String> parse(String typed) {
        String address = MailAccount.normalize(typed);
        if (address.isEmpty()
                || address.length() > MAX_LENGTH
                || !address.matches("[^@\\s<>,;\"]+@[^@\\s<>,;\"]+\\.[a-z0-9-]+")) {
            return Optional.empty();
        }
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            return address.equals(parsed.getAddress()) ? Optional.of(address) : Optional.empty();
        } catch (AddressException e) {
            return Optional.empty();
        }
    }
}
