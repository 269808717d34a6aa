package jp.office050.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import jp.office050.access.control.Caller;

/**
 * An administrator ID or email account whose password this session has just proved, waiting for its second factor. It
 * lives in the session for a few minutes; the code page signs in only this account, never one the page names.
 *
 * @param principal the account ({@code admin:…} or {@code mail:…})
 * @param provedAt when the password check began (the session counts from then, as a login without a second factor)
 * @param until when the wait ends
 */
public record PendingSecondFactor(String principal, Instant provedAt, Instant until) implements Serializable {

    private static final String KEY = PendingSecondFactor.class.getName();
    private static final Duration VALIDITY = Duration.ofMinutes(5);

    /** The password was proved: a new session id before the session holds anything of the account. */
    static void remember(HttpServletRequest request, Caller caller, Instant provedAt) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        request.getSession()
                .setAttribute(
                        KEY,
                        new PendingSecondFactor(
                                caller.principalName(), provedAt, Instant.now().plus(VALIDITY)));
    }

    /** The account waiting in this session, if any and still fresh. */
    public static Optional<PendingSecondFactor> peek(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(KEY) instanceof PendingSecondFactor pending)) {
            return Optional.empty();
        }
        return Instant.now().isBefore(pending.until()) ? Optional.of(pending) : Optional.empty();
    }

    public Optional<Caller> caller() {
        return Caller.parse(principal);
    }

    static void forget(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(KEY);
        }
    }
}
