package jp.office050.options.control;

/**
 * Decides whether a number a person typed may be a line's call-forwarding destination or a click-dial / address-book
 * number: a Japanese subscriber number (050, mobile 070/080/090, fixed 0ABJ), never a short,
 * emergency, free-dial, navi-dial, premium, international or carrier-prefixed number, and never the line itself.
 *
 * <p>Forwarding is paid by the line's owner, so a destination abroad or on a premium number is the classic toll-fraud
 * route, and forwarding to 110/119 would flood emergency services; hence a closed list of what is accepted rather than
 * a list of what is refused. The categories follow the MIC numbering plan (電気通信番号計画):
 *
 * <ul>
 *   <li>050CDEFGHJK, 070/080/090CDEFGHJK: 11 digits;
 *   <li>0ABCDEFGHJ fixed lines: 10 digits. Only the shape is checked: where the area code ends varies (03, 045, 0466,
 *       01456), so telling an unallocated local number apart would need the area-code table, and the network refuses
 *       such numbers anyway;
 *   <li>0AB0 value-added services (0120, 0170, 0180, 0570, 0800, 0990) and the other non-geographic ranges 020 (M2M
 *       data and pagers), 060 (FMC, not issued) and 091 (specific connection) are not subscriber lines one can forward
 *       a call to;
 *   <li>1XY numbers (110, 118, 119 and the other special services) and carrier {@code #} numbers (#7119) are short
 *       numbers;
 *   <li>010 is the international prefix; 00XY, 002YZ and 0091XY select a carrier (001 is KDDI's international one).
 * </ul>
 *
 * <p>Like {@link jp.office050.contracts.entity.PhoneNumbers}, any eight digits after 050, 070 or 090 are accepted: the
 * plan keeps C=0 unissued, but the service's own 050 numbers are not held to that either (0800 is free dial, so 080
 * does exclude it).
 */
public final class DestinationNumbers {

    /** What kind of number was accepted, for summaries such as "forwarded to a mobile phone". */
    public enum Kind {
        /** 050 IP phone, 11 digits. */
        IP_050,
        /** 070, 080 or 090 mobile phone, 11 digits. */
        MOBILE,
        /** Fixed line 0ABJ, 10 digits. */
        FIXED
    }

    /** Why a number was refused; each needs its own message, so that the person knows what to change. */
    public enum Refusal {
        /** Nothing but spaces and separators. */
        EMPTY,
        /** A character that is not a digit, a separator, a leading {@code +} or a leading {@code #}. */
        NOT_DIGITS,
        /** 1XY short numbers (110, 118, 119, 117, 177, 104, 171, 184/186 prefixes …) and {@code #} numbers. */
        EMERGENCY_OR_SPECIAL,
        /** 0120 and 0800 free dial: a service number, not a subscriber line; many refuse calls from IP phones. */
        FREE_DIAL,
        /** 0570 navi dial: charged to the caller at the service's own rate. */
        NAVI_DIAL,
        /** 0990 (premium rate), 0180 (tele-vote) and 0170 (message dial) value-added services. */
        SPECIAL_SERVICE,
        /** 020 (M2M data and pagers), 060 (FMC) and 091 (specific connection): not a subscriber line to forward to. */
        OTHER_NON_GEOGRAPHIC,
        /** 010, a {@code +} other than +81, 001, or a carrier prefix followed by 010: a number abroad. */
        INTERNATIONAL,
        /** A carrier-selection prefix (00XY, 002YZ, 0091XY) in front of a domestic number. */
        CARRIER_PREFIX,
        /** The prefix is a kind we accept but the number has too few or too many digits. */
        WRONG_LENGTH,
        /** The line's own number: forwarding to itself would loop. */
        SAME_AS_LINE,
        /** Anything else: a local number without its area code, 030, 040, 01x0 … */
        UNKNOWN_PREFIX
    }

    /**
     * The outcome: either an accepted number (digits only, domestic notation) with its kind, or a refusal.
     *
     * @param number the normalised number, or {@code null} when refused
     * @param kind the kind of the accepted number, or {@code null} when refused
     * @param refusal why the number was refused, or {@code null} when accepted
     */
    public record Result(String number, Kind kind, Refusal refusal) {

        public Result {
            boolean accepted = number != null && kind != null && refusal == null;
            boolean refused = number == null && kind == null && refusal != null;
            if (!accepted && !refused) {
                throw new IllegalArgumentException("either a number and its kind, or a refusal");
            }
        }

        static Result accepted(String number, Kind kind) {
            return new Result(number, kind, null);
        }

        static Result refused(Refusal refusal) {
            return new Result(null, null, refusal);
        }

        public boolean isAccepted() {
            return refusal == null;
        }
    }

    private static final int FIXED_LENGTH = 10;
    private static final int NON_GEOGRAPHIC_LENGTH = 11;

    /**
     * Separators people type between digit groups, in ASCII and in the forms a Japanese IME produces: hyphen-minus,
     * hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus sign, katakana prolonged sound
     * mark ー (typed for a hyphen in kana mode), full-width hyphen-minus, half-width ｰ, and ASCII and full-width
     * parentheses.
     */
    private static final String SEPARATORS =
            "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30FC\uFF0D\uFF70()\uFF08\uFF09";

    private DestinationNumbers() {}

    /**
     * Checks a number typed by a person.
     *
     * <p>Spaces (including full-width ones), hyphens and dashes of every common form and parentheses are ignored, and
     * full-width digits count as digits, since that is what a Japanese IME produces. A leading +81 is Japan's own
     * country code, so +81 X is read as the domestic 0X (with an optional "(0)" after +81, as in "+81 (0)3-…"); it is
     * then checked like any domestic number. Any other leading {@code +} is a number abroad.
     *
     * @param input what the person typed; {@code null} is {@link Refusal#EMPTY}
     * @param ownNumber the line's own number, in any of the accepted notations; {@code null} if unknown
     */
    public static Result check(String input, String ownNumber) {
        String typed = strip(input);
        if (typed.isEmpty()) {
            return Result.refused(Refusal.EMPTY);
        }
        if (typed.startsWith("#")) {
            return Result.refused(allDigits(typed.substring(1)) ? Refusal.EMERGENCY_OR_SPECIAL : Refusal.NOT_DIGITS);
        }
        String digits;
        if (typed.startsWith("+")) {
            String international = typed.substring(1);
            if (!allDigits(international)) {
                return Result.refused(Refusal.NOT_DIGITS);
            }
            if (!international.startsWith("81")) {
                return Result.refused(Refusal.INTERNATIONAL);
            }
            digits = domesticOf(international);
        } else if (allDigits(typed)) {
            digits = typed;
        } else {
            return Result.refused(Refusal.NOT_DIGITS);
        }
        Result result = classify(digits);
        if (result.isAccepted() && result.number().equals(domestic(ownNumber))) {
            return Result.refused(Refusal.SAME_AS_LINE);
        }
        return result;
    }

    private static Result classify(String digits) {
        if (digits.startsWith("1")) {
            return Result.refused(Refusal.EMERGENCY_OR_SPECIAL);
        }
        if (!digits.startsWith("0")) {
            return Result.refused(Refusal.UNKNOWN_PREFIX);
        }
        if (digits.startsWith("010")) {
            return Result.refused(Refusal.INTERNATIONAL);
        }
        if (digits.startsWith("00")) {
            return Result.refused(carrierPrefixed(digits));
        }
        if (startsWithAny(digits, "0120", "0800")) {
            return Result.refused(Refusal.FREE_DIAL);
        }
        if (digits.startsWith("0570")) {
            return Result.refused(Refusal.NAVI_DIAL);
        }
        if (startsWithAny(digits, "0170", "0180", "0990")) {
            return Result.refused(Refusal.SPECIAL_SERVICE);
        }
        if (startsWithAny(digits, "020", "060", "091")) {
            return Result.refused(Refusal.OTHER_NON_GEOGRAPHIC);
        }
        if (digits.startsWith("050")) {
            return ofLength(digits, NON_GEOGRAPHIC_LENGTH, Kind.IP_050);
        }
        if (startsWithAny(digits, "070", "080", "090")) {
            return ofLength(digits, NON_GEOGRAPHIC_LENGTH, Kind.MOBILE);
        }
        if (digits.length() < 3) {
            return Result.refused(Refusal.WRONG_LENGTH);
        }
        // 030 and 040 are unallocated 0A0 ranges; 01x0 other than 0120/0170/0180 would be a Hokkaido or Tohoku area
        // code followed by a local number starting with 0, which does not exist.
        if (digits.charAt(2) == '0' || (digits.startsWith("01") && digits.length() > 3 && digits.charAt(3) == '0')) {
            return Result.refused(Refusal.UNKNOWN_PREFIX);
        }
        return ofLength(digits, FIXED_LENGTH, Kind.FIXED);
    }

    /**
     * A number starting with 00: 001 is KDDI's international service; otherwise the carrier code (00XY, 002YZ,
     * 0091XY) is followed either by 010 and a number abroad, or by a domestic number that must be entered without it.
     */
    private static Refusal carrierPrefixed(String digits) {
        if (digits.startsWith("001")) {
            return Refusal.INTERNATIONAL;
        }
        int carrierCode = digits.startsWith("0091") ? 6 : digits.startsWith("002") ? 5 : 4;
        String rest = digits.substring(Math.min(carrierCode, digits.length()));
        return rest.startsWith("010") ? Refusal.INTERNATIONAL : Refusal.CARRIER_PREFIX;
    }

    private static Result ofLength(String digits, int length, Kind kind) {
        return digits.length() == length ? Result.accepted(digits, kind) : Result.refused(Refusal.WRONG_LENGTH);
    }

    /** The own number in the domestic digits-only notation {@link #check} produces, or {@code null}. */
    private static String domestic(String number) {
        String typed = strip(number);
        if (typed.startsWith("+81") && allDigits(typed.substring(1))) {
            return domesticOf(typed.substring(1));
        }
        return allDigits(typed) ? typed : null;
    }

    /** 81 3 1234 5678 (or 81 0 3 1234 5678) as 0312345678. */
    private static String domesticOf(String withCountryCode) {
        String national = withCountryCode.substring(2);
        return national.startsWith("0") ? national : "0" + national;
    }

    /** Removes spaces, separators and parentheses; turns full-width digits, + and # into ASCII. */
    private static String strip(String input) {
        if (input == null) {
            return "";
        }
        var out = new StringBuilder(input.length());
        input.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || SEPARATORS.indexOf(c) >= 0) {
                return;
            }
            if (c >= '\uFF10' && c <= '\uFF19') { // full-width ０ to ９
                out.append((char) ('0' + (c - '\uFF10')));
            } else if (c == '\uFF0B') { // ＋
                out.append('+');
            } else if (c == '\uFF03') { // ＃
                out.append('#');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** At least one character, and only ASCII digits. */
    private static boolean allDigits(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static boolean startsWithAny(String s, String... prefixes) {
        for (String prefix : prefixes) {
            if (s.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
