package jp.office050.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The provider's API tokens. The portal keeps no token, only its SHA-256 hash, in the configuration property
 * {@code office050.api.tokens}: entries separated by spaces or commas, each {@code name:scope+scope:sha256-hex}, for
 * example {@code orders:provision+read:9f86d0…}. {@code server-config/api-token} makes a token and prints its entry.
 * The property is read at every call, so an entry removed from a dynamic configuration source is revoked at once
 * (from a system property or the environment, at the next start). In demo mode one more token is accepted, the
 * demo token printed at start-up.
 */
@ApplicationScoped
public class OperatorTokens {

    public static final String PROPERTY = "office050.api.tokens";

    /**
     * The demo token: accepted only when {@code office050.demo=true}, with every scope; made afresh at every start (the
     * demo banner prints it), so that no token known from the source opens any server.
     */
    private final String demoToken = "o50_demo_" + random256();

    public static final String DEMO_NAME = "demo";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    private static final int LONGEST_TOKEN = 200;

    private static final System.Logger LOG = System.getLogger(OperatorTokens.class.getName());

    /** A token's holder: its name (the audit trail's actor) and its scopes. */
    public record Operator(String name, Set<String> scopes) {

        public Caller caller() {
            return Caller.operator(name);
        }
    }

    /** One configured token. */
    record Entry(String name, Set<String> scopes, byte[] hash) {}

    /** The holder of the presented token, if it is one of the configured ones. */
    public Optional<Operator> holder(String presented) {
        return holderAmong(entries(), presented);
    }

    static Optional<Operator> holderAmong(List<Entry> entries, String presented) {
        if (presented == null || presented.isEmpty() || presented.length() > LONGEST_TOKEN) {
            return Optional.empty();
        }
        byte[] hash = sha256(presented);
        Operator found = null;
        for (Entry entry : entries) {
            // every entry is compared, in constant time, whichever matches
            if (MessageDigest.isEqual(entry.hash(), hash) && found == null) {
                found = new Operator(entry.name(), entry.scopes());
            }
        }
        return Optional.ofNullable(found);
    }

    /** The property as last read, and its entries: parsed again only when it changes (every call reads it). */
    private record Parsed(String property, List<Entry> entries) {}

    private volatile Parsed parsed = new Parsed(null, List.of());

    List<Entry> entries() {
        Config config = ConfigProvider.getConfig();
        String property = config.getOptionalValue(PROPERTY, String.class).orElse("");
        Parsed last = parsed;
        if (!property.equals(last.property())) {
            last = new Parsed(property, List.copyOf(parse(property)));
            parsed = last;
        }
        List<Entry> entries = new ArrayList<>(last.entries());
        if (config.getOptionalValue("office050.demo", Boolean.class).orElse(false)) {
            entries.add(new Entry(DEMO_NAME, Scopes.ALL, sha256(demoToken)));
        }
        return entries;
    }

    /** The entries of the property; a malformed entry is left out (and logged without its hash). */
    static List<Entry> parse(String property) {
        List<Entry> entries = new ArrayList<>();
        for (String item : property.trim().split("[\\s,]+")) {
            if (item.isEmpty()) {
                continue;
            }
            Optional<Entry> entry = entry(item);
            if (entry.isEmpty()) {
                String name = item.contains(":") ? item.substring(0, item.indexOf(':')) : "?";
                LOG.log(System.Logger.Level.ERROR, "{0}: ignored the malformed entry of token \"{1}\"", PROPERTY, name);
            }
            entry.ifPresent(entries::add);
        }
        return entries;
    }

    private static Optional<Entry> entry(String item) {
        String[] parts = item.split(":", -1);
        if (parts.length != 3
                || !NAME.matcher(parts[0]).matches()
                || !HASH.matcher(parts[2]).matches()) {
            return Optional.empty();
        }
        Set<String> scopes = new LinkedHashSet<>(List.of(parts[1].split("\\+")));
        if (scopes.isEmpty() || !Scopes.ALL.containsAll(scopes)) {
            return Optional.empty();
        }
        return Optional.of(
                new Entry(parts[0], Set.copyOf(scopes), HexFormat.of().parseHex(parts[2])));
    }

    /** The demo token of this start (only accepted in demo mode). */
    public String demoToken() {
        return demoToken;
    }

    private static String random256() {
        byte[] bytes = new byte[32];
        new java.security.SecureRandom().nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
