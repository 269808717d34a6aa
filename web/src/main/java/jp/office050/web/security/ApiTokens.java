package jp.office050.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import jp.office050.access.control.OperatorTokens;
import jp.office050.access.control.OperatorTokens.Operator;
import jp.office050.platform.control.LogText;
import jp.office050.web.api.Problems;

/**
 * The API's realm: {@code Authorization: Bearer <token>} on every request to {@code /api/}; the token's name becomes
 * the caller ({@code operator:NAME}) and its scopes its roles. No session is made or read. Without a token, or with one
 * the portal does not know, the answer is 401 with a problem document.
 */
@ApplicationScoped
public class ApiTokens {

    /** The API's path, below the context root. */
    public static final String PREFIX = "/api/";

    @Inject
    OperatorTokens tokens;

    private static final System.Logger LOG = System.getLogger(ApiTokens.class.getName());

    /**
     * A request the API's servlets serve (by the container's own mapping, after it decoded and normalised the path):
     * JAX-RS below {@code /api/*}, and the routing servlet on its exact path below it.
     */
    public static boolean isApi(HttpServletRequest request) {
        String servletPath = request.getServletPath();
        return "/api".equals(servletPath) || servletPath.startsWith(PREFIX);
    }

    AuthenticationStatus validate(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return unauthorized(response, "This API needs a bearer token: Authorization: Bearer <token>.");
        }
        Optional<Operator> operator = tokens.holder(header.substring(7).strip());
        if (operator.isEmpty()) {
            // logged, not audited: anyone can send any token, and the audit trail is no place to fill at line rate
            LOG.log(
                    System.Logger.Level.WARNING,
                    "API: {0} {1} from {2} with an unknown token",
                    request.getMethod(),
                    LogText.of(path(request)),
                    request.getRemoteAddr());
            return unauthorized(response, "The bearer token is not one this portal knows (or it was revoked).");
        }
        return context.notifyContainerAboutLogin(
                operator.get().caller().principalName(), operator.get().scopes());
    }

    private static String path(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.length() > 250 ? path.substring(0, 250) : path;
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, String detail) {
        try {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"office050-api\"");
            Problems.write(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized", "Unauthorized", detail);
            return AuthenticationStatus.SEND_CONTINUE;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
