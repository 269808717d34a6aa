package jp.office050.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import jp.office050.it.Fixtures.TestContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 代理設定 in a real browser, with two windows as an administrator has them: [ユーザ画面参照] on 利用者番号一覧 opens
 * the line's settings in a second window, where the administrator changes forwarding on the user's behalf and is
 * recorded as the actor; once the administrator window logs out or is closed, the proxy window goes away and saves
 * nothing more. Skipped (not passed) where Chromium or its driver is not installed.
 */
@EnabledIf("jp.office050.it.Browser#available")
abstract class ProxyBrowserTests extends PortalTests {

    static final String DESTINATION = "03-1234-5678";
    static final String SAVED_SUMMARY = "すべての着信を 0312345678 に転送します";
    /** portal.js looks at the opener once a second; a few seconds leave room for a slow machine. */
    static final Duration CLOSES_WITHIN = Duration.ofSeconds(5);

    TestContract contract;
    String loginId;
    long lineId;
    Browser browser;
    WebDriver driver;
    String adminWindow;

    @BeforeEach
    void contractMade() throws URISyntaxException {
        contract = fixtures.contract(2);
        loginId = contract.loginIds().get(0);
        lineId = fixtures.lineId(loginId);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
            driver = null;
        }
    }

    @Test
    void theAdministratorSetsForwardingInTheProxyWindowAndAfterLogoutItSavesNothingMore() throws IOException {
        openBrowser("proxy-logout-");
        String proxyWindow = openProxyWindow();

        // 1. In the proxy window: 転送・留守番サービス, always forward to 03-1234-5678.
        browser.click(() -> browser.link("転送・留守番サービス"));
        browser.until(ExpectedConditions.urlContains("/admin/proxy/forwarding.xhtml"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "転送・留守番サービス"));
        assertBanner();
        browser.tick("常に転送する");
        browser.type("転送先電話番号", DESTINATION);
        browser.screenshot("forwarding-filled");
        WebElement save = browser.button("設定する");
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'end'})", save);
        browser.screenshot("forwarding-filled-end");
        browser.click(() -> browser.button("設定する"));
        browser.growl("設定を保存しました");
        browser.until(
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".portal-summary"), SAVED_SUMMARY));
        assertBanner();
        browser.screenshot("forwarding-saved");

        List<String> changes = forwardingChanges();
        assertThat(changes)
                .as("the save is recorded once, with the administrator as the actor")
                .hasSize(1)
                .first()
                .asString()
                .startsWith("FORWARDING_CHANGE SUCCEEDED admin:" + contract.adminId());
        assertThat(fixtures.auditAbout("line:" + loginId)).first().isEqualTo(changes.get(0));

        // 2. Back in the administrator window, which [ユーザ画面参照] left on the list: ログアウト.
        driver.switchTo().window(adminWindow);
        assertThat(driver.getCurrentUrl()).contains("/admin/lines.xhtml");
        browser.click(() -> browser.button("ログアウト"));
        browser.until(ExpectedConditions.urlContains("loggedOut=true"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "ログアウトしました"));
        browser.screenshot("admin-logged-out");

        // The proxy window closes itself: its opener left the administrator's area. (That a proxy page can save
        // nothing once the session has ended is ProxyTests' over HTTP.)
        assertThat(closes(proxyWindow))
                .as("the proxy window closes itself within " + CLOSES_WITHIN.toSeconds() + " s of the logout")
                .isTrue();
        assertThat(forwardingChanges()).as("no second save after the logout").containsExactly(changes.get(0));
        assertThat(driver.getWindowHandles()).contains(adminWindow);
    }

    @Test
    void closingTheAdministratorWindowClosesTheProxyWindow() throws IOException {
        openBrowser("proxy-close-");
        String proxyWindow = openProxyWindow();
        // Another tab the person has open, so that the browser itself stays running when both portal windows go.
        driver.switchTo().newWindow(WindowType.TAB);
        String otherTab = driver.getWindowHandle();

        driver.switchTo().window(adminWindow);
        driver.close();

        assertThat(closes(proxyWindow))
                .as("the proxy window closes itself within " + CLOSES_WITHIN.toSeconds() + " s of its opener")
                .isTrue();
        assertThat(driver.getWindowHandles()).containsExactly(otherTab);
        driver.switchTo().window(otherTab);
    }

    private void openBrowser(String screenshotPrefix) throws IOException {
        browser = Browser.open(screenshotPrefix);
        driver = browser.driver;
    }

    /**
     * The administrator logs in, finds the line and clicks [ユーザ画面参照]: a second window opens on the line's
     * settings home with the proxy banner. Leaves the driver in that window and returns its handle.
     */
    private String openProxyWindow() {
        driver.get(base.toString());
        browser.until(ExpectedConditions.titleContains("管理者用設定ホームページ"));
        browser.type("管理者ID", contract.adminId());
        browser.type("パスワード", Fixtures.ADMIN_PASSWORD);
        browser.click(() -> browser.button("管理者IDでログイン"));
        browser.until(ExpectedConditions.urlContains("/admin/lines.xhtml"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "利用者番号一覧"));

        WebElement search = browser.labelledStartingWith("検索");
        search.clear();
        search.sendKeys(loginId);
        browser.click(() -> browser.button("検索"));
        browser.ajaxDone();
        browser.onlyRow(loginId);
        browser.select(loginId);
        WebElement proxyButton = browser.enabledButton("ユーザ画面参照");
        assertThat(proxyButton.findElement(By.xpath("./ancestor::form")).getAttribute("target"))
                .isEqualTo("office050-proxy-" + lineId);
        browser.screenshot("line-selected");

        adminWindow = driver.getWindowHandle();
        browser.click(() -> browser.enabledButton("ユーザ画面参照"));
        Set<String> windows = browser.waitFor("[ユーザ画面参照] opened no second window")
                .until(d -> d.getWindowHandles().size() == 2 ? d.getWindowHandles() : null);
        assertThat(driver.getCurrentUrl())
                .as("the administrator window stays on the list")
                .contains("/admin/lines.xhtml");
        String proxyWindow = windows.stream()
                .filter(handle -> !handle.equals(adminWindow))
                .findFirst()
                .orElseThrow();

        driver.switchTo().window(proxyWindow);
        browser.until(ExpectedConditions.urlContains("/admin/proxy/index.xhtml"));
        assertThat(((JavascriptExecutor) driver).executeScript("return window.name"))
                .isEqualTo("office050-proxy-" + lineId);
        assertBanner();
        browser.screenshot("window-opened");
        return proxyWindow;
    }

    /** The proxy banner says whose settings are being changed, and by whom. */
    private void assertBanner() {
        WebElement banner =
                browser.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".portal-proxy-banner")));
        assertThat(banner.getText()).contains("代理設定中", contract.adminId(), loginId);
    }

    /** Whether the window goes away (by itself) within {@link #CLOSES_WITHIN}. */
    private boolean closes(String window) {
        try {
            browser.waitFor("window still open", CLOSES_WITHIN)
                    .until(d -> !d.getWindowHandles().contains(window));
            return true;
        } catch (TimeoutException stillOpen) {
            return false;
        }
    }

    private List<String> forwardingChanges() {
        return fixtures.auditAbout("line:" + loginId).stream()
                .filter(event -> event.startsWith("FORWARDING_CHANGE"))
                .toList();
    }
}
