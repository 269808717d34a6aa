package jp.office050.contracts.entity;

import java.util.regex.Pattern;

/** Formats of the numbers the service itself issues. */
public final class PhoneNumbers {

    private static final Pattern FIFTY = Pattern.compile("050[0-9]{8}");

    private PhoneNumbers() {}

    /** An 050 IP phone number: 11 digits starting with 050, as 05012345678. */
    public static boolean isFifty(String number) {
        return number != null && FIFTY.matcher(number).matches();
    }

    public static String requireFifty(String number) {
        if (!isFifty(number)) {
            throw new IllegalArgumentException("not an 050 number: " + number);
        }
        return number;
    }
}
