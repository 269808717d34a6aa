package jp.office050.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MailLinksTest {

    private static MailLinks read(Map<String, String> values) {
        return MailLinks.from(key -> Optional.ofNullable(values.get(key)));
    }

    @Test
    void linksComeFromTheConfiguredAddressWithExactlyOneSlash() {
        var links = read(Map.of("office050.mail.link-url", "https://portal.example/oa//"));

        assertThat(links.to("mypage/verify.xhtml?token=abc"))
                .isEqualTo("https://portal.example/oa/mypage/verify.xhtml?token=abc");
    }

    @Test
    void withoutAConfiguredAddressNoMailWithALinkIsSent() {
        var links = read(Map.of("office050.public-url", "http://localhost:8080/oa/"));

        assertThat(links.base()).isEmpty();
        assertThatThrownBy(() -> links.to("mail/"))
                .isInstanceOf(MailUnavailableException.class)
                .hasMessageContaining("office050.mail.link-url");
        assertThat(links.describe()).contains("office050.mail.link-url is not set");
    }

    @Test
    void theDemoFallsBackToThePublicAddress() {
        assertThat(read(Map.of("office050.demo", "true", "office050.public-url", "http://localhost:9090/oa/"))
                        .to("mail/"))
                .isEqualTo("http://localhost:9090/oa/mail/");
        assertThat(read(Map.of("office050.demo", "true")).to("mail/")).isEqualTo("http://localhost:8080/oa/mail/");
    }

    @Test
    void theConfiguredAddressWinsOverTheDemoFallback() {
        var links = read(Map.of(
                "office050.demo", "true",
                "office050.public-url", "http://localhost:8080/oa/",
                "office050.mail.link-url", "https://portal.example/oa"));

        assertThat(links.to("mail/")).isEqualTo("https://portal.example/oa/mail/");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "portal.example/oa",
                "javascript:alert(1)",
                "ftp://portal.example/",
                "https:///oa",
                "https://p.example/oa?x=1"
            })
    void anythingButAnHttpAddressIsRefusedAtStartUp(String url) {
        assertThatIllegalArgumentException().isThrownBy(() -> read(Map.of("office050.mail.link-url", url)));
    }
}
