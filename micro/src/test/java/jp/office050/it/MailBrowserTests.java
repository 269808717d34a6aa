package jp.office050.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import jp.office050.it.Fixtures.TestContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The manual's pages 4–7 and 11–13 in a real browser: the first login of an ISP address with the migration consent,
 * linking two administrator IDs, opening the second contract's list, releasing a lockout there, going back to
 * 管理者一覧 and unlinking. Skipped (not passed) where Chromium or its driver is not installed.
 */
@EnabledIf("jp.office050.it.Browser#available")
abstract class MailBrowserTests extends PortalTests {

    TestContract first;
    TestContract second;
    Browser browser;

    @BeforeEach
    void openBrowser() throws IOException, URISyntaxException {
        first = fixtures.contract(1);
        second = fixtures.contract(2);
        browser = Browser.open("mail-");
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Test
    void aPersonConsentsLinksTwoContractsReleasesALockoutInTheSecondAndUnlinks() {
        String address = TestDirectory.newIspAddress();
        TestDirectory.addIspAddress(fixtures, address, MailAccountsTests.PASSWORD, false);
        String locked = second.loginIds().get(1);
        fixtures.lock(locked);
        var driver = browser.driver;

        // 1. From the front page to the email login; the first login asks for the migration consent.
        driver.get(base.toString());
        browser.click(() -> browser.link("「メールアドレス」でログインするにはこちら"));
        browser.until(ExpectedConditions.urlContains("/mail/"));
        browser.type("メールアドレス（または移行済みマスターID）", address);
        browser.type("パスワード", MailAccountsTests.PASSWORD);
        browser.click(() -> browser.button("ログイン"));
        browser.until(ExpectedConditions.urlContains("/mail/consent.xhtml"));
        browser.screenshot("consent");
        browser.click(() -> browser.button(MailAccountsTests.CONSENT_BUTTON));
        browser.until(ExpectedConditions.urlContains("/mail/admins.xhtml"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "管理者一覧"));

        // 2. Link both administrator IDs; the newest shows at the top.
        link(first);
        link(second);
        assertThat(browser.rows().get(0).getText()).contains(second.adminId(), second.number());
        assertThat(browser.rows().get(1).getText()).contains(first.adminId(), first.number());
        browser.screenshot("linked");

        // 3. [管理者画面参照] on the second: its user number list; release the lockout there.
        selectAdmin(second.adminId());
        browser.click(() -> browser.enabledButton("管理者画面参照"));
        browser.until(ExpectedConditions.urlContains("/admin/lines.xhtml"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), second.number()));
        browser.select(locked);
        browser.click(() -> browser.enabledButton("ロックアウトの解除"));
        WebElement confirm = browser.confirmDialog();
        browser.click(() -> confirm.findElement(By.cssSelector(".ui-confirmdialog-yes")));
        browser.ajaxDone();
        WebElement released = browser.dialogSaying("ロックアウトの解除が完了しました");
        browser.screenshot("released-through-link");
        browser.click(() -> released.findElement(Browser.buttonText("OK")));
        assertThat(fixtures.state(locked)).contains("locked=false");
        assertThat(fixtures.auditAbout("line:" + locked).get(0))
                .startsWith("LOCKOUT_RELEASE SUCCEEDED mail:" + address + " via admin:" + second.adminId());

        // 4. 管理者一覧へ戻る>>, then unlink the first with the confirm dialog.
        browser.click(() -> browser.link("管理者一覧へ戻る>>"));
        browser.until(ExpectedConditions.urlContains("/mail/admins.xhtml"));
        selectAdmin(first.adminId());
        browser.click(() -> browser.enabledButton("管理者ID連携解除"));
        WebElement confirmUnlink = browser.confirmDialog();
        assertThat(confirmUnlink.getText()).contains("連携を解除します");
        browser.click(() -> confirmUnlink.findElement(By.cssSelector(".ui-confirmdialog-yes")));
        browser.ajaxDone();
        browser.growl("管理者ID " + first.adminId() + " との連携を解除しました");
        browser.waitFor("the unlinked ID is still listed")
                .until(d -> browser.rows().size() == 1);
        assertThat(browser.rows().get(0).getText()).contains(second.adminId());
        browser.screenshot("unlinked");
    }

    private void link(TestContract contract) {
        browser.type("管理者ID", contract.adminId());
        browser.type("パスワード", Fixtures.ADMIN_PASSWORD);
        browser.click(() -> browser.button("管理者ID連携"));
        browser.ajaxDone();
        browser.waitFor("the new link is not at the top")
                .until(d -> browser.rows().get(0).getText().contains(contract.adminId()));
    }

    private void selectAdmin(String adminId) {
        browser.click(() -> browser.row(adminId).findElement(By.xpath("./td[2]")));
        browser.ajaxDone();
        browser.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".portal-actions"), "選択中の管理者ID: " + adminId));
    }
}
