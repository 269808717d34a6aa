package jp.office050.web.api;

import jakarta.ws.rs.core.EntityTag;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Optimistic locking over HTTP: a resource's {@code ETag} is its row's version, and a change must send it back as
 * {@code If-Match}: without one the answer is 428, with a stale one 412 (and nothing changes).
 */
public final class Versions {

    /** A strong tag as this API gives them; a weak one ({@code W/"3"}) never matches (RFC 9110: If-Match compares strongly). */
    private static final Pattern TAG = Pattern.compile("\"([0-9]{1,18})\"");

    private Versions() {}

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    public static String header(long version) {
        return etag(version).toString();
    }

    /** The version the client changes; null for {@code If-Match: *} (whatever the current one is). */
    public static Long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new VersionRequiredException();
        }
        String value = ifMatch.strip();
        if (value.equals("*")) {
            return null;
        }
        Matcher matcher = TAG.matcher(value);
        if (!matcher.matches()) {
            // a tag this API never gave matches no version: the precondition fails
            return -1L;
        }
        return Long.parseLong(matcher.group(1));
    }
}
