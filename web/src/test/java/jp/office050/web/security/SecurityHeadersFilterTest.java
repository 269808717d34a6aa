package jp.office050.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

    private final SecurityHeadersFilter filter = new SecurityHeadersFilter();
    private final Fakes.Recorded recorded = new Fakes.Recorded();

    private void send(Map<String, Object> request) throws Exception {
        filter.doFilter(Fakes.request(request), recorded.response(), recorded.chain());
    }

    @Test
    void aPageGetsTheHeadersAndIsNeverStoredButHttpsIsNotClaimedOverHttp() throws Exception {
        send(Map.of("getRequestURI", "/oa/admin/lines.xhtml", "getContextPath", "/oa"));

        assertThat(recorded.headers)
                .containsEntry("X-Content-Type-Options", "nosniff")
                .containsEntry("Referrer-Policy", "same-origin")
                .containsEntry("X-Frame-Options", "DENY")
                .containsEntry("Cache-Control", "no-store")
                .doesNotContainKey("Strict-Transport-Security");
        assertThat(recorded.calls).containsKey("chained");
    }

    @Test
    void overHttpsBrowsersAreToldToKeepToHttps() throws Exception {
        send(Map.of("getRequestURI", "/oa/", "getContextPath", "/oa", "isSecure", true));

        assertThat(recorded.headers).containsEntry("Strict-Transport-Security", "max-age=31536000");
    }

    @Test
    void staticResourcesMayBeCached() throws Exception {
        send(Map.of("getRequestURI", "/oa/jakarta.faces.resource/css/portal.css.xhtml", "getContextPath", "/oa"));

        assertThat(recorded.headers).doesNotContainKey("Cache-Control").containsKey("X-Content-Type-Options");
    }

    @Test
    void aSessionIdInTheUrlReachesNothingAndIsDroppedFromTheAddress() throws Exception {
        send(Map.of(
                "getRequestURI", "/oa/admin/lines.xhtml;JSESSIONID=abc123",
                "getContextPath", "/oa",
                "getQueryString", "x=1",
                "isRequestedSessionIdFromURL", true));

        assertThat(recorded.calls).doesNotContainKey("chained").containsEntry("redirect", "/oa/admin/lines.xhtml?x=1");
    }

    @Test
    void anErrorPageTheContainerSendsGetsTheHeadersToo() throws Exception {
        send(Map.of(
                "getRequestURI", "/oa/forbidden.xhtml;jsessionid=abc123",
                "getContextPath", "/oa",
                "getDispatcherType", jakarta.servlet.DispatcherType.ERROR));

        assertThat(recorded.headers)
                .containsEntry("X-Content-Type-Options", "nosniff")
                .containsEntry("Referrer-Policy", "same-origin")
                .containsEntry("X-Frame-Options", "DENY")
                .containsEntry("Cache-Control", "no-store");
        assertThat(recorded.calls).containsKey("chained").doesNotContainKey("redirect");
    }
}
