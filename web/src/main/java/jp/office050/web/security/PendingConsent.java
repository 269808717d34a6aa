package jp.office050.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * An ISP address whose password this session has just proved, waiting for the migration consent. It lives in the
 * session for a few minutes and is used once.
 */
public record PendingConsent(String identifier, Instant until) implements Serializable {

    private static final String KEY = PendingConsent.class.getName();
    private static final Duration VALIDITY = Duration.ofMinutes(10);

    /**
     * A password was proved: the session gets a new id before it holds anything of the address, so that an id known
     * before (planted, or read off the login page) cannot consent in its place.
     */
    static void remember(HttpServletRequest request, String identifier) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        request.getSession()
                .setAttribute(KEY, new PendingConsent(identifier, Instant.now().plus(VALIDITY)));
    }

    /** The address waiting in this session, if any and still fresh; it stays until consent is given. */
    public static Optional<String> peek(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(KEY) instanceof PendingConsent pending)) {
            return Optional.empty();
        }
        return Instant.now().isBefore(pending.until()) ? Optional.of(pending.identifier()) : Optional.empty();
    }

    static Optional<String> take(HttpServletRequest request) {
        Optional<String> identifier = peek(request);
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(KEY);
        }
        return identifier;
    }
}
