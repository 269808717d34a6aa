package jp.office050.routing.entity;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who is calling, as the SIP proxy saw it: the user part of the caller's identity (From or P-Asserted-Identity) and
 * the Privacy header (RFC 3323). The caller has withheld its number when it asked for privacy of its identity, when
 * it calls as {@code anonymous} (RFC 3325 §9.3 and the display conventions of Japanese carriers: 非通知, 公衆電話, 通知不可能),
 * or when no usable number is left.
 */
public final class CallerId {

    private static final Pattern NUMBER = Pattern.compile("\\+?[0-9]{3,15}");
    private static final Set<String> ANONYMOUS = Set.of("anonymous", "unknown", "unavailable", "restricted", "private");
    private static final Set<String> IDENTITY_PRIVACY = Set.of("id", "user", "header", "critical");
    private static final int LONGEST = 128;

    private final String number;

    private CallerId(String number) {
        this.number = number;
    }

    /** From what the proxy passes on: both may be missing or blank. */
    public static CallerId of(String caller, String privacy) {
        if (asksForPrivacy(privacy) || caller == null || caller.length() > LONGEST) {
            return new CallerId(null);
        }
        String user = caller.strip();
        if (ANONYMOUS.contains(user.toLowerCase(Locale.ROOT))) {
            return new CallerId(null);
        }
        String digits = user.replace("-", "");
        return new CallerId(NUMBER.matcher(digits).matches() ? digits : null);
    }

    private static boolean asksForPrivacy(String privacy) {
        if (privacy == null || privacy.length() > LONGEST) {
            return privacy != null; // an oversized header is not trusted to say "none"
        }
        for (String value : privacy.split("[;,]")) {
            if (IDENTITY_PRIVACY.contains(value.strip().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    public boolean withheld() {
        return number == null;
    }

    /** The caller's number, when it gave one. */
    public Optional<String> number() {
        return Optional.ofNullable(number);
    }
}
