package jp.office050.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CrossSitePostsFilterTest {

    @ParameterizedTest(name = "Origin {0}, Host {1}, public URL {2}: {3}")
    @CsvSource(
            nullValues = "none",
            value = {
                "none, portal.example, none, true", // no Origin: not a browser's cross-site post
                "http://localhost:8080, localhost:8080, none, true",
                "https://portal.example, portal.example, none, true", // TLS ended at a proxy
                "HTTP://LOCALHOST:8080, localhost:8080, none, true",
                "https://portal.example, app-1:8080, https://portal.example/oa/, true", // a proxy renamed the host
                "https://evil.example, portal.example, none, false",
                "https://evil.example, portal.example, https://portal.example/oa/, false",
                "http://portal.example, app-1:8080, https://portal.example/oa/, false", // not the public scheme
                "https://portal.example.evil.example, portal.example, none, false",
                "http://localhost:8081, localhost:8080, none, false", // another port is another site
                "null, portal.example, none, false",
                "not a url, portal.example, none, false",
                "https://portal.example, none, none, false"
            })
    void aPostIsOursOnlyWhenItsOriginIsTheHostItWasSentToOrThePublicAddress(
            String origin, String host, String publicUrl, boolean ours) {
        assertThat(CrossSitePostsFilter.sameSite(origin, host, publicUrl)).isEqualTo(ours);
    }
}
