package jp.office050.demo.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.function.UnaryOperator;

/**
 * The stored hashes of the published demo passwords (demo-passwords.properties), so that demo mode does not hash them
 * at every start; a password without one is hashed as any other.
 */
final class DemoPasswords {

    static final String RESOURCE = "demo-passwords.properties";

    private final Properties hashes;
    private final UnaryOperator<String> hasher;

    /** @param hasher hashes a password that has no stored hash */
    DemoPasswords(UnaryOperator<String> hasher) {
        this.hasher = hasher;
        this.hashes = stored();
    }

    String hash(String password) {
        String stored = hashes.getProperty(password);
        return stored != null ? stored : hasher.apply(password);
    }

    static Properties stored() {
        var properties = new Properties();
        try (InputStream in = DemoPasswords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
