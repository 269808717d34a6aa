package jp.office050.provisioning.boundary;

import java.time.Instant;
import java.util.List;
import jp.office050.credentials.entity.StoredPassword;
import jp.office050.lines.entity.Line;
import jp.office050.lines.entity.LineKind;

/**
 * A line as the API shows it.
 *
 * @param kind {@code ordinary}, or {@code multiple-number} (050複数番号: stored, never shown in the admin portal)
 * @param password {@code none} (the administrator gives one with a reset), {@code temporary} or {@code chosen}
 * @param lockedUntil when its lock ends; null when it is not locked
 * @param initialPassword the generated initial password: only in the answer that created it, never again
 */
public record LineView(
        String number,
        String loginId,
        String displayName,
        String kind,
        List<String> services,
        String password,
        Instant lockedUntil,
        Instant lastLogin,
        String initialPassword) {

    static LineView of(Line line, Instant now) {
        return of(line, now, null);
    }

    static LineView of(Line line, Instant now, String initialPassword) {
        return new LineView(
                line.getNumber(),
                line.getLoginId(),
                line.getDisplayName(),
                kindName(line.getKind()),
                ServiceNames.of(line.services()),
                passwordState(line.password()),
                line.lockout().lockedUntil(now).orElse(null),
                line.getLastLogin(),
                initialPassword);
    }

    /** The kind a request names: {@code ordinary} (also when it names none) or {@code multiple-number}. */
    static java.util.Optional<LineKind> kindOf(String name) {
        if (name == null || name.equals("ordinary")) {
            return java.util.Optional.of(LineKind.ORDINARY);
        }
        return name.equals("multiple-number")
                ? java.util.Optional.of(LineKind.MULTIPLE_NUMBER)
                : java.util.Optional.empty();
    }

    static final String KINDS = "must be ordinary or multiple-number";

    static String kindName(LineKind kind) {
        return kind == LineKind.ORDINARY ? "ordinary" : "multiple-number";
    }

    static String passwordState(StoredPassword password) {
        if (password.hash() == null) {
            return "none";
        }
        return password.isTemporary() ? "temporary" : "chosen";
    }
}
