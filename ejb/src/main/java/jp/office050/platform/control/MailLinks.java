package jp.office050.platform.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.function.Function;

/**
 * The portal's public address, from which every link in a mail is built: {@code office050.mail.link-url}, never the
 * address a request came to (a forged Host header would otherwise put an attacker's address into a genuine mail).
 * The demo ({@code office050.demo=true}) may fall back to {@code office050.public-url}. Without an address, no mail
 * with a link is sent.
 */
public record MailLinks(Optional<String> base) {

    static final String LINK_URL = "office050.mail.link-url";
    static final String DEMO = "office050.demo";
    static final String PUBLIC_URL = "office050.public-url";
    static final String DEMO_PUBLIC_URL = "http://localhost:8080/oa/";

    public MailLinks {
        base = base.map(MailLinks::checked);
    }

    public static MailLinks from(Function<String, Optional<String>> source) {
        Optional<String> configured = text(source, LINK_URL);
        if (configured.isPresent()) {
            return new MailLinks(configured);
        }
        boolean demo = text(source, DEMO).map(Boolean::parseBoolean).orElse(false);
        return new MailLinks(demo ? Optional.of(text(source, PUBLIC_URL).orElse(DEMO_PUBLIC_URL)) : Optional.empty());
    }

    /**
     * The absolute address of a page of the portal, e.g. {@code to("mypage/verify.xhtml?token=…")}.
     *
     * @throws MailUnavailableException when no public address is configured
     */
    public String to(String path) {
        return base.orElseThrow(() -> new MailUnavailableException(
                        "No mail with a link is sent: " + LINK_URL + " (the portal's public address) is not set", null))
                + path;
    }

    /** What the start-up log says of it. */
    public String describe() {
        return base.map(url -> "Links in mails point to " + url)
                .orElse(LINK_URL + " is not set: the portal sends no mail with a link (My Page registration is"
                        + " unavailable) until it names the portal's public address, e.g. https://portal.example/oa/");
    }

    private static Optional<String> text(Function<String, Optional<String>> source, String key) {
        return source.apply(key).map(String::strip).filter(value -> !value.isEmpty());
    }

    /** An absolute http(s) address without query or fragment, ending in one slash. */
    private static String checked(String url) {
        try {
            URI uri = new URI(url);
            boolean web = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
            if (!web || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
                throw new IllegalArgumentException(
                        LINK_URL + " must be an http(s) address such as" + " https://portal.example/oa/, not " + url);
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(LINK_URL + " is not an address: " + url, e);
        }
        return url.replaceAll("/+$", "") + "/";
    }
}
