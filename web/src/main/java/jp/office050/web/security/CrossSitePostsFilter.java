package jp.office050.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A form a browser posts from another site's page is refused (403) before anything reads it. The pages' forms carry
 * their view's state, which another site cannot know, but the login forms are stateless: without this, another site
 * could sign a visitor in as someone else (login CSRF) by posting a login form of its own. A browser names the page's
 * origin in {@code Origin} on every post; it is ours when it names the host the request was sent to ({@code Host}, as a
 * proxy passes it on) or the portal's public address ({@code office050.public-url}, as a proxy that terminates TLS or
 * renames the host shows it). A post without {@code Origin} (today's browsers send it with every post) passes, as do
 * the API's calls, which no cookie authorises.
 */
public class CrossSitePostsFilter extends HttpFilter {

    @Inject
    @ConfigProperty(name = "office050.public-url")
    Optional<String> publicUrl;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod())
                && !ApiTokens.isApi(request)
                && !sameSite(request.getHeader("Origin"), request.getHeader("Host"), publicUrl.orElse(null))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Whether a post's {@code Origin} is the portal's own: absent, or naming the request's {@code Host} (whichever
     * scheme: TLS may end at a proxy), or the origin of the public address.
     */
    static boolean sameSite(String origin, String host, String publicUrl) {
        if (origin == null) {
            return true;
        }
        Optional<URI> parsed = parse(origin);
        if (parsed.isEmpty() || parsed.get().getHost() == null) {
            return false; // "null" (a sandboxed or privacy-hidden page) or garbage
        }
        URI from = parsed.get();
        String authority = from.getRawAuthority().toLowerCase(Locale.ROOT);
        if (host != null && authority.equals(host.strip().toLowerCase(Locale.ROOT))) {
            return true;
        }
        return publicUrl != null
                && parse(publicUrl)
                        .filter(own -> own.getRawAuthority() != null)
                        .map(own -> own.getScheme().equalsIgnoreCase(from.getScheme())
                                && own.getRawAuthority().equalsIgnoreCase(from.getRawAuthority()))
                        .orElse(false);
    }

    private static Optional<URI> parse(String text) {
        try {
            URI uri = new URI(text.strip());
            return uri.getScheme() == null ? Optional.empty() : Optional.of(uri);
        } catch (java.net.URISyntaxException malformed) {
            return Optional.empty();
        }
    }
}
