package jp.office050.web;

import static org.assertj.core.api.Assertions.assertThat;

import jp.office050.access.control.Caller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SiteTest {

    @ParameterizedTest
    @CsvSource({
        "/index.xhtml, ADMIN, /",
        "/admin/lines.xhtml, ADMIN, /",
        "/admin/proxy/forwarding.xhtml, ADMIN, /",
        "/user/index.xhtml, USER, /user/",
        "/user/settings/password.xhtml, USER, /user/",
        "/mail/admins.xhtml, MAIL, /mail/",
        "/mypage/verify.xhtml, MYPAGE, /mypage/register.xhtml",
        "/forbidden.xhtml, ADMIN, /"
    })
    void everyPathBelongsToOneSiteWithItsLoginPage(String path, Site site, String loginPage) {
        assertThat(Site.of(path)).isEqualTo(site);
        assertThat(Site.of(path).loginPage()).isEqualTo(loginPage);
    }

    @Test
    void eachKindOfCallerLogsInOnItsOwnSiteAndLandsThere() {
        assertThat(Site.of(Caller.Kind.ADMIN).landingPage()).isEqualTo("/admin/lines.xhtml");
        assertThat(Site.of(Caller.Kind.USER).landingPage()).isEqualTo("/user/settings/index.xhtml");
        assertThat(Site.of(Caller.Kind.MAIL).landingPage()).isEqualTo("/mail/admins.xhtml");
        assertThat(Site.MAIL.loginFailureKey()).isEqualTo("mail.login.failed");
    }

    @Test
    void proxyWindowsAreInTheAdministratorsArea() {
        assertThat(Site.isProxyWindow("/admin/proxy/index.xhtml")).isTrue();
        assertThat(Site.isProxyWindow("/admin/lines.xhtml")).isFalse();
        assertThat(Site.isAdministratorArea("/admin/proxy/index.xhtml")).isTrue();
        assertThat(Site.isAdministratorArea("/index.xhtml")).isFalse();
        assertThat(Site.isAdministratorArea("/user/settings/index.xhtml")).isFalse();
    }
}
