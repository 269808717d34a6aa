package jp.office050.web.admin.proxy;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The proxy windows (代理設定) an administrator opened in this session: a random token each, good for one line only.
 * They die with the session (logout, timeout), and mean nothing in another browser.
 */
@SessionScoped
public class ProxyGrants implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Long> lines = new ConcurrentHashMap<>();

    public String grant(long lineId) {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        lines.put(token, lineId);
        return token;
    }

    /** The line the token was granted for; -1 (no line) for a token this session never granted. */
    public long lineFor(String token) {
        return token == null ? -1L : lines.getOrDefault(token, -1L);
    }
}
