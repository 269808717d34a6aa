package jp.office050.credentials.control;

/**
 * Bounds on what a login form may send, checked before anything is audited, looked up or hashed: an identifier
 * (login ID, administrator ID, address, master ID) has 1 to 254 characters and no control or format characters; a
 * password has 1 to {@link PasswordPolicy#MAX_LENGTH} characters.
 */
public final class Identifiers {

    public static final int MAX_LENGTH = 254;

    private Identifiers() {}

    public static boolean acceptable(String identifier) {
        return identifier != null
                && !identifier.isEmpty()
                && identifier.length() <= MAX_LENGTH
                && identifier.codePoints().allMatch(Identifiers::printable);
    }

    public static boolean acceptablePassword(String password) {
        return password != null
                && !password.isEmpty()
                && password.codePointCount(0, password.length()) <= PasswordPolicy.MAX_LENGTH;
    }

    private static boolean printable(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR,
                    Character.SURROGATE,
                    Character.PRIVATE_USE,
                    Character.UNASSIGNED -> false;
            default -> true;
        };
    }
}
