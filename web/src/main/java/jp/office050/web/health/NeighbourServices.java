package jp.office050.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.Locale;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The mail directory (LDAP) and the SMTP server, reported as data: without them email logins or My Page mails fail,
 * but everything else works, so they never make the instance unready. Says whether each answers a TCP connection
 * (within 2 s), not where it is.
 */
@Readiness
@ApplicationScoped
public class NeighbourServices implements HealthCheck {

    private static final int TIMEOUT_MS = 2000;

    @Override
    public HealthCheckResponse call() {
        Config config = ConfigProvider.getConfig();
        String directory = config.getOptionalValue("office050.directory.kind", String.class)
                .orElse("table")
                .strip()
                .toLowerCase(Locale.ROOT);
        String directoryState = "ldap".equals(directory)
                ? config.getOptionalValue("office050.directory.ldap.url", String.class)
                        .map(NeighbourServices::ldap)
                        .orElse("not configured")
                : "not used (table)";
        String delivery = config.getOptionalValue("office050.mail.delivery", String.class)
                .orElse("smtp")
                .strip()
                .toLowerCase(Locale.ROOT);
        String smtpState = "smtp".equals(delivery)
                ? reachable(
                        config.getOptionalValue("office050.mail.smtp.host", String.class)
                                .orElse("localhost"),
                        config.getOptionalValue("office050.mail.smtp.port", Integer.class)
                                .orElse(25))
                : "not used (" + delivery + ")";
        return HealthCheckResponse.named("neighbours")
                .up()
                .withData("mailDirectory", directoryState)
                .withData("smtp", smtpState)
                .build();
    }

    private static String ldap(String url) {
        try {
            URI uri = URI.create(url);
            int port = uri.getPort() > 0 ? uri.getPort() : "ldaps".equalsIgnoreCase(uri.getScheme()) ? 636 : 389;
            return reachable(uri.getHost(), port);
        } catch (IllegalArgumentException malformed) {
            return "misconfigured";
        }
    }

    private static String reachable(String host, int port) {
        if (host == null) {
            return "misconfigured";
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), TIMEOUT_MS);
            return "reachable";
        } catch (IOException | IllegalArgumentException unreachable) {
            return "unreachable";
        }
    }
}
