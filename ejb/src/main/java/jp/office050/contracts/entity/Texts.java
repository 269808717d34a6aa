package jp.office050.contracts.entity;

import java.util.Optional;

/** The rule for names the provider gives (customer and display names): present, bounded, printable. */
public final class Texts {

    private Texts() {}

    public static Optional<InvalidField> violation(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return Optional.of(new InvalidField(field, "is required"));
        }
        if (value.length() > maxLength) {
            return Optional.of(new InvalidField(field, "must be at most " + maxLength + " characters"));
        }
        if (!value.equals(value.strip())) {
            return Optional.of(new InvalidField(field, "must not begin or end with spaces"));
        }
        if (value.codePoints().anyMatch(Texts::unprintable)) {
            return Optional.of(new InvalidField(field, "must not contain control or format characters"));
        }
        return Optional.empty();
    }

    private static boolean unprintable(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL
                || type == Character.FORMAT
                || type == Character.UNASSIGNED
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.SURROGATE
                || type == Character.PRIVATE_USE;
    }
}
