package jp.office050.web.admin.proxy;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The proxy windows (代理設定) an administrator opened in this session: a random token each, good for one line only.
 * They die with the session (logout, timeout), and mean nothing in another browser. A line opened again keeps its
 * token; at most {@link #LIMIT} lines are held, and opening one more forgets the one opened longest ago (its window
 * then shows the forbidden page), so a session cannot be made to grow without limit.
 */
@SessionScoped
public class ProxyGrants implements Serializable {

    private static final long serialVersionUID = 2L;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Proxy windows one session may hold at once. */
    public static final int LIMIT = 16;

    /** Line id → token, eldest first. */
    private final LinkedHashMap<Long, String> tokens = new LinkedHashMap<>();

    public synchronized String grant(long lineId) {
        String token = tokens.remove(lineId);
        if (token == null) {
            token = newToken();
        }
        tokens.put(lineId, token);
        while (tokens.size() > LIMIT) {
            tokens.remove(tokens.keySet().iterator().next());
        }
        return token;
    }

    /** The line the token was granted for; -1 (no line) for a token this session does not hold. */
    public synchronized long lineFor(String token) {
        if (token == null) {
            return -1L;
        }
        return tokens.entrySet().stream()
                .filter(e -> e.getValue().equals(token))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(-1L);
    }

    private static String newToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
