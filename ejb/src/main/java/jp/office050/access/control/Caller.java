package jp.office050.access.control;

import java.util.Optional;

/**
 * Who is asking, as the authentication mechanism names them: {@code admin:A0000001} for an administrator ID,
 * {@code user:u05011110001} for a line's login ID, {@code mail:kanri@isp.example} for an email account.
 */
public record Caller(Kind kind, String id) {

    public enum Kind {
        ADMIN("admin"),
        USER("user"),
        /** An email account or migrated master ID; it acts through the administrator IDs it has linked. */
        MAIL("mail"),
        /** A system of the provider, by the name of its API token; it never signs in to a page. */
        OPERATOR("operator");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }

        /** How principal names begin, and the name of the role the kind is given. */
        public String prefix() {
            return prefix;
        }
    }

    public static Caller admin(String adminId) {
        return new Caller(Kind.ADMIN, adminId);
    }

    public static Caller user(String loginId) {
        return new Caller(Kind.USER, loginId);
    }

    public static Caller operator(String tokenName) {
        return new Caller(Kind.OPERATOR, tokenName);
    }

    public static Caller mail(String identifier) {
        return new Caller(Kind.MAIL, identifier);
    }

    public static Optional<Caller> parse(String principalName) {
        if (principalName == null) {
            return Optional.empty();
        }
        for (Kind kind : Kind.values()) {
            String prefix = kind.prefix() + ":";
            if (principalName.startsWith(prefix) && principalName.length() > prefix.length()) {
                return Optional.of(new Caller(kind, principalName.substring(prefix.length())));
            }
        }
        return Optional.empty();
    }

    public String principalName() {
        return kind.prefix() + ":" + id;
    }

    @Override
    public String toString() {
        return principalName();
    }
}
