package jp.office050.credentials.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Rules for passwords a person chooses (OWASP ASVS V2, NIST 800-63B): 8 to 64 characters, no composition rules, not
 * a very common password, not the line's own number or login ID, and no control characters (no keyboard types them
 * into a password field: they come only from a crafted request, and would lock their owner out of every browser).
 */
public class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 64;

    /** Why a password was refused; each has a message in the web module's bundle. */
    public enum Violation {
        TOO_SHORT,
        TOO_LONG,
        CONTROL_CHARACTERS,
        COMMON,
        SAME_AS_ID
    }

    private static final Set<String> COMMON = load("common-passwords.txt");

    public Optional<Violation> check(String password, String... ownIdentifiers) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(Violation.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            return Optional.of(Violation.TOO_LONG);
        }
        if (password.chars().anyMatch(Character::isISOControl)) {
            return Optional.of(Violation.CONTROL_CHARACTERS);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            return Optional.of(Violation.COMMON);
        }
        for (String id : ownIdentifiers) {
            if (id != null && lower.contains(id.toLowerCase(Locale.ROOT))) {
                return Optional.of(Violation.SAME_AS_ID);
            }
        }
        return Optional.empty();
    }

    private static Set<String> load(String resource) {
        var in = PasswordPolicy.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing " + resource);
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
