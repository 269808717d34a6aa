package jp.office050.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.util.List;
import jp.office050.it.Fixtures.TestContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The manual's path in a real browser, in Japanese, found by labels and button texts as a person would: the
 * administrator releases a lockout and resets a password on 利用者番号一覧, then the user logs in with the new password
 * and must choose their own. Skipped (not passed) where Chromium or its driver is not installed.
 */
@EnabledIf("jp.office050.it.Browser#available")
abstract class BrowserTests extends PortalTests {

    static final String NEW_PASSWORD = "春の小川はさらさら行くよ";

    TestContract mine;
    Browser browser;
    WebDriver driver;

    @BeforeEach
    void openBrowser() throws IOException, URISyntaxException {
        mine = fixtures.contract(3);
        browser = Browser.open("");
        driver = browser.driver;
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
    void anAdministratorReleasesALockoutAndResetsAPasswordAndTheUserChoosesANewOne() {
        String locked = mine.loginIds().get(0);
        String forgetful = mine.loginIds().get(1);
        fixtures.lock(locked);

        // 1. The administrator logs in on the front page.
        driver.get(base.toString());
        browser.until(ExpectedConditions.titleContains("管理者用設定ホームページ"));
        browser.screenshot("admin-login");
        browser.type("管理者ID", mine.adminId());
        browser.type("パスワード", Fixtures.ADMIN_PASSWORD);
        browser.click(() -> browser.button("管理者IDでログイン"));
        browser.until(ExpectedConditions.urlContains("/admin/lines.xhtml"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "利用者番号一覧"));

        // 2. Only the locked lines, then ロックアウトの解除 on the one found.
        browser.tick("ロック中のみ表示");
        browser.click(() -> browser.button("検索"));
        browser.ajaxDone();
        browser.onlyRow(locked);
        assertThat(browser.row(locked).getText()).contains("ロック中");
        assertThat(driver.findElements(By.cssSelector("table[role='grid'] thead input")))
                .as("the list is searched with the one search field, not per-column filters the model ignores")
                .isEmpty();
        browser.screenshot("locked-only");

        browser.select(locked);
        browser.click(() -> browser.enabledButton("ロックアウトの解除"));
        WebElement confirm = browser.confirmDialog();
        assertThat(confirm.getText()).contains("ロックアウトを解除します。よろしいですか？");
        browser.screenshot("release-confirm");
        browser.click(() -> confirm.findElement(By.cssSelector(".ui-confirmdialog-yes")));
        browser.ajaxDone();
        WebElement released = browser.dialogSaying("ロックアウトの解除が完了しました");
        assertThat(released.getText()).contains(locked);
        browser.screenshot("release-done");
        browser.click(() -> released.findElement(okButton()));
        browser.ajaxDone();
        browser.waitFor("a dialog is still shown")
                .until(d -> browser.dialogsShown().isEmpty());

        browser.click(() -> browser.button("検索"));
        browser.ajaxDone();
        browser.onlyRow("該当する利用者番号はありません");
        assertThat(fixtures.state(locked)).contains("locked=false");

        // 3. Search for another line by its login ID, then パスワードの初期化.
        browser.untick("ロック中のみ表示");
        WebElement search = browser.labelledStartingWith("検索");
        search.clear();
        search.sendKeys(forgetful);
        browser.click(() -> browser.button("検索"));
        browser.ajaxDone();
        browser.onlyRow(forgetful);
        assertThat(browser.row(forgetful).getText()).doesNotContain("ロック中");

        browser.select(forgetful);
        browser.click(() -> browser.enabledButton("パスワードの初期化"));
        WebElement confirmReset = browser.confirmDialog();
        assertThat(confirmReset.getText()).contains("パスワードを初期化（再発行）します。よろしいですか？");
        browser.click(() -> confirmReset.findElement(By.cssSelector(".ui-confirmdialog-yes")));
        browser.ajaxDone();
        WebElement reset = browser.dialogSaying("パスワードの初期化（再発行）が完了しました");
        String temporary =
                reset.findElement(By.cssSelector(".portal-password")).getText().trim();
        assertThat(temporary).hasSize(12);
        assertThat(reset.getText()).contains(forgetful, "一度だけ表示されます");
        browser.screenshot("reset-done");
        browser.click(() -> reset.findElement(okButton()));
        browser.ajaxDone();
        browser.waitFor("a dialog is still shown")
                .until(d -> browser.dialogsShown().isEmpty());
        assertThat(driver.findElements(By.cssSelector(".portal-password"))).isEmpty();
        assertThat(driver.getPageSource()).doesNotContain(temporary);
        assertThat(browser.row(forgetful).getText()).contains("変更待ち");
        browser.screenshot("after-reset");

        // 4. Logout.
        browser.click(() -> browser.button("ログアウト"));
        browser.until(ExpectedConditions.urlContains("loggedOut=true"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "ログアウトしました"));
        assertThat(driver.getPageSource()).doesNotContain(forgetful);
        browser.screenshot("logged-out");

        // 5. The user logs in with the new password and must choose their own before anything else.
        driver.get(base.resolve("user/").toString());
        browser.until(ExpectedConditions.titleContains("サービス設定用ホームページ"));
        browser.type("ログインID", forgetful);
        browser.type("パスワード", temporary);
        browser.click(() -> browser.button("ログイン"));
        browser.until(ExpectedConditions.urlMatches("/user/settings/password\\.xhtml$"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "初期化されたパスワードでログインしました"));
        browser.screenshot("user-must-change");

        browser.type("現在のパスワード", temporary);
        browser.type("新しいパスワード", NEW_PASSWORD);
        browser.type("新しいパスワード（確認）", NEW_PASSWORD);
        browser.click(() -> browser.button("変更する"));
        browser.until(ExpectedConditions.urlMatches("/user/settings/index\\.xhtml$"));
        browser.growl("パスワードを変更しました");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(forgetful);
        browser.screenshot("user-changed");
        assertThat(fixtures.state(forgetful)).contains("temporary=false");
    }

    @Test
    void theAdministratorFindsALinesLockInTheActivityLog() {
        String locked = mine.loginIds().get(0);
        for (int i = 0; i < 5; i++) {
            new PortalClient(base).loginUser(locked, "wrong-" + i);
        }
        new PortalClient(base).loginUser(mine.loginIds().get(1), "wrong");

        driver.get(base.toString());
        browser.type("管理者ID", mine.adminId());
        browser.type("パスワード", Fixtures.ADMIN_PASSWORD);
        browser.click(() -> browser.button("管理者IDでログイン"));
        browser.until(ExpectedConditions.urlContains("/admin/lines.xhtml"));
        browser.click(() -> browser.link("操作履歴"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "操作履歴"));
        assertThat(activityRows().get(0).getText()).contains("管理者ログイン", "admin:" + mine.adminId());
        assertThat(activityRows()).hasSize(7);

        browser.type("回線（050番号・ログインID）", locked);
        browser.choose("結果", "失敗（ロック）");
        browser.click(() -> browser.button("検索"));
        browser.ajaxDone();
        browser.waitFor("the log does not show just the lock")
                .until(d -> activityRows().size() == 1
                        && activityRows().get(0).getText().contains("user:" + locked));
        assertThat(activityRows().get(0).getText()).contains("利用者ログイン", "失敗（ロック）");
        browser.screenshot("activity-log");

        browser.click(() -> browser.button("条件をクリア"));
        browser.ajaxDone();
        browser.waitFor("the cleared filter shows every event")
                .until(d -> activityRows().size() == 7);
        assertThat(browser.labelled("回線（050番号・ログインID）").getAttribute("value")).isEmpty();
    }

    @Test
    void anAdministratorSetsUpTwoStepVerificationAndLogsInWithACode() {
        driver.get(base.toString());
        browser.type("管理者ID", mine.adminId());
        browser.type("パスワード", Fixtures.ADMIN_PASSWORD);
        browser.click(() -> browser.button("管理者IDでログイン"));
        browser.until(ExpectedConditions.urlContains("/admin/lines.xhtml"));

        browser.click(() -> browser.link("二段階認証"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "二段階認証の設定"));
        WebElement qr = driver.findElement(By.cssSelector("img[alt='認証アプリに登録するQRコード']"));
        assertThat(((Number) ((org.openqa.selenium.JavascriptExecutor) driver)
                                .executeScript("return arguments[0].naturalWidth", qr))
                        .intValue())
                .as("the QR code is an image the browser could load")
                .isGreaterThan(100);
        String secret = driver.findElement(By.id("secret")).getText().replace(" ", "");
        browser.screenshot("second-factor-enrol");
        browser.type("確認コード（6桁）", SecondFactorTests.code(secret, 0));
        browser.click(() -> browser.button("設定する"));
        browser.ajaxDone();
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "二段階認証は設定済みです"));
        assertThat(driver.findElements(By.cssSelector("#recoveryCodes li"))).hasSize(10);
        browser.screenshot("second-factor-recovery-codes");

        browser.click(() -> browser.button("ログアウト"));
        browser.until(ExpectedConditions.urlContains("loggedOut=true"));
        browser.type("管理者ID", mine.adminId());
        browser.type("パスワード", Fixtures.ADMIN_PASSWORD);
        browser.click(() -> browser.button("管理者IDでログイン"));
        browser.until(ExpectedConditions.urlContains("/code.xhtml"));
        browser.screenshot("second-factor-code");
        browser.type("確認コード（またはリカバリーコード）", SecondFactorTests.code(secret, 1));
        browser.click(() -> browser.button("確認"));
        browser.until(ExpectedConditions.urlContains("/admin/lines.xhtml"));
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains(mine.loginIds().get(0));
    }

    /** The rows of the 操作履歴 table (the date pickers hold tables of their own). */
    private List<WebElement> activityRows() {
        return driver.findElements(By.cssSelector("[id='audit:table'] table > tbody > tr[data-ri]"));
    }

    private static By okButton() {
        return Browser.buttonText("OK");
    }
}
