package jp.office050.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import jp.office050.it.Fixtures.TestContract;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The manual's path in a real browser, in Japanese, found by labels and button texts as a person would: the
 * administrator releases a lockout and resets a password on 利用者番号一覧, then the user logs in with the new password
 * and must choose their own. Skipped (not passed) where Chromium or its driver is not installed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIf("jp.office050.it.BrowserIT#browserAvailable")
class BrowserIT {

    static final File CHROMIUM = new File(System.getProperty("it.chromium", "/usr/bin/chromium"));
    static final File CHROMEDRIVER = new File(System.getProperty("it.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final String NEW_PASSWORD = "春の小川はさらさら行くよ";

    static boolean browserAvailable() {
        return CHROMIUM.isFile() && CHROMIUM.canExecute() && CHROMEDRIVER.isFile() && CHROMEDRIVER.canExecute();
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL url;

    URI base;
    Fixtures fixtures;
    TestContract mine;
    Path profile;
    WebDriver driver;
    int shot;

    @BeforeEach
    void openBrowser() throws IOException, URISyntaxException {
        base = url.toURI();
        fixtures = new Fixtures(base);
        mine = fixtures.contract(3);

        Files.createDirectories(SCREENSHOTS);
        profile = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "chromium-profile-");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--lang=ja",
                "--window-size=1400,1000",
                "--user-data-dir=" + profile.toAbsolutePath());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "ja"));
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort()
                .withLogFile(new File("target/chromedriver.log"))
                .build();
        driver = new ChromeDriver(service, options);
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            try {
                saveScreenshot("last");
            } finally {
                driver.quit();
                driver = null;
            }
        }
        deleteProfile();
    }

    /** The browser's throw-away profile (a few MB), once the browser is gone. */
    private void deleteProfile() {
        if (profile == null) {
            return;
        }
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + profile + ": " + e);
        }
        profile = null;
    }

    @Test
    void anAdministratorReleasesALockoutAndResetsAPasswordAndTheUserChoosesANewOne() {
        String locked = mine.loginIds().get(0);
        String forgetful = mine.loginIds().get(1);
        fixtures.lock(locked);

        // 1. The administrator logs in on the front page.
        driver.get(base.toString());
        until(ExpectedConditions.titleContains("管理者用設定ホームページ"));
        screenshot("admin-login");
        type("管理者ID", mine.adminId());
        type("パスワード", Fixtures.ADMIN_PASSWORD);
        click(() -> button("管理者IDでログイン"));
        until(ExpectedConditions.urlContains("/admin/lines.xhtml"));
        until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "利用者番号一覧"));

        // 2. Only the locked lines, then ロックアウトの解除 on the one found.
        tick("ロック中のみ表示");
        click(() -> button("検索"));
        ajaxDone();
        onlyRow(locked);
        assertThat(row(locked).getText()).contains("ロック中");
        assertThat(driver.findElements(By.cssSelector("table[role='grid'] thead input")))
                .as("the list is searched with the one search field, not per-column filters the model ignores")
                .isEmpty();
        screenshot("locked-only");

        select(locked);
        click(() -> enabledButton("ロックアウトの解除"));
        WebElement confirm = confirmDialog();
        assertThat(confirm.getText()).contains("ロックアウトを解除します。よろしいですか？");
        screenshot("release-confirm");
        click(() -> confirm.findElement(By.cssSelector(".ui-confirmdialog-yes")));
        ajaxDone();
        WebElement released = dialogSaying("ロックアウトの解除が完了しました");
        assertThat(released.getText()).contains(locked);
        screenshot("release-done");
        click(() -> released.findElement(okButton()));
        ajaxDone();
        waitFor("a dialog is still shown").until(d -> dialogsShown().isEmpty());

        click(() -> button("検索"));
        ajaxDone();
        onlyRow("該当する利用者番号はありません");
        assertThat(fixtures.state(locked)).contains("locked=false");

        // 3. Search for another line by its login ID, then パスワードの初期化.
        untick("ロック中のみ表示");
        WebElement search = labelledStartingWith("検索");
        search.clear();
        search.sendKeys(forgetful);
        click(() -> button("検索"));
        ajaxDone();
        onlyRow(forgetful);
        assertThat(row(forgetful).getText()).doesNotContain("ロック中");

        select(forgetful);
        click(() -> enabledButton("パスワードの初期化"));
        WebElement confirmReset = confirmDialog();
        assertThat(confirmReset.getText()).contains("パスワードを初期化（再発行）します。よろしいですか？");
        click(() -> confirmReset.findElement(By.cssSelector(".ui-confirmdialog-yes")));
        ajaxDone();
        WebElement reset = dialogSaying("パスワードの初期化（再発行）が完了しました");
        String temporary =
                reset.findElement(By.cssSelector(".portal-password")).getText().trim();
        assertThat(temporary).hasSize(12);
        assertThat(reset.getText()).contains(forgetful, "一度だけ表示されます");
        screenshot("reset-done");
        click(() -> reset.findElement(okButton()));
        ajaxDone();
        waitFor("a dialog is still shown").until(d -> dialogsShown().isEmpty());
        assertThat(driver.findElements(By.cssSelector(".portal-password"))).isEmpty();
        assertThat(driver.getPageSource()).doesNotContain(temporary);
        assertThat(row(forgetful).getText()).contains("変更待ち");
        screenshot("after-reset");

        // 4. Logout.
        click(() -> button("ログアウト"));
        until(ExpectedConditions.urlContains("loggedOut=true"));
        until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "ログアウトしました"));
        assertThat(driver.getPageSource()).doesNotContain(forgetful);
        screenshot("logged-out");

        // 5. The user logs in with the new password and must choose their own before anything else.
        driver.get(base.resolve("user/").toString());
        until(ExpectedConditions.titleContains("サービス設定用ホームページ"));
        type("ログインID", forgetful);
        type("パスワード", temporary);
        click(() -> button("ログイン"));
        until(ExpectedConditions.urlMatches("/user/settings/password\\.xhtml$"));
        until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "初期化されたパスワードでログインしました"));
        screenshot("user-must-change");

        type("現在のパスワード", temporary);
        type("新しいパスワード", NEW_PASSWORD);
        type("新しいパスワード（確認）", NEW_PASSWORD);
        click(() -> button("変更する"));
        until(ExpectedConditions.urlMatches("/user/settings/index\\.xhtml$"));
        faded(until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//div[contains(@class,'ui-growl-item-container')][contains(.,'パスワードを変更しました')]"))));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(forgetful);
        screenshot("user-changed");
        assertThat(fixtures.state(forgetful)).contains("temporary=false");
    }

    /** A fresh wait (20 s) that retries while elements are missing or being re-rendered by ajax. */
    private WebDriverWait waitFor(String what) {
        var wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.withMessage(what).ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class);
        return wait;
    }

    private <T> T until(Function<WebDriver, T> condition) {
        return waitFor(condition.toString()).until(condition);
    }

    // --- Finding things as a person would: by label and button text. ---

    /** The input a label points at; the label's text without PrimeFaces' required marker. */
    private WebElement labelled(String text) {
        return labelMatching(label -> label.equals(text), text);
    }

    private WebElement labelledStartingWith(String text) {
        return labelMatching(label -> label.startsWith(text), text + "…");
    }

    private WebElement labelMatching(Predicate<String> matches, String description) {
        return waitFor("no input labelled " + description).until(d -> {
            for (WebElement label : d.findElements(By.tagName("label"))) {
                String text = label.getText().replaceFirst("\\s*\\*$", "").trim();
                if (label.isDisplayed() && matches.test(text)) {
                    return d.findElement(By.id(label.getAttribute("for")));
                }
            }
            return null;
        });
    }

    private void type(String label, String text) {
        WebElement input = labelled(label);
        input.clear();
        input.sendKeys(text);
        assertThat(input.getAttribute("value")).isEqualTo(text);
    }

    private static By buttonText(String text) {
        return By.xpath(".//button[normalize-space(.)='" + text + "']");
    }

    private static By okButton() {
        return buttonText("OK");
    }

    private WebElement button(String text) {
        return waitFor("no button " + text)
                .until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//button[normalize-space(.)='" + text + "']")));
    }

    /** The button, once an ajax update has enabled it. */
    private WebElement enabledButton(String text) {
        return waitFor("button " + text + " not enabled").until(d -> {
            WebElement b = d.findElement(By.xpath("//button[normalize-space(.)='" + text + "']"));
            return b.isDisplayed() && b.isEnabled() && !b.getAttribute("class").contains("ui-state-disabled")
                    ? b
                    : null;
        });
    }

    /** Clicks, retrying while a fading overlay or a re-rendered element is in the way. */
    private void click(Supplier<WebElement> element) {
        waitFor("click").ignoring(ElementClickInterceptedException.class).until(d -> {
            element.get().click();
            return true;
        });
    }

    /** A PrimeFaces selectBooleanCheckbox, found through its label: a person clicks the box. */
    private WebElement checkbox(String label) {
        WebElement input = labelled(label);
        return input.findElement(By.xpath("./ancestor::div[contains(@class,'ui-chkbox')][1]"));
    }

    private void tick(String label) {
        setTicked(label, true);
    }

    private void untick(String label) {
        setTicked(label, false);
    }

    private void setTicked(String label, boolean ticked) {
        WebElement box = checkbox(label);
        if (box.findElement(By.tagName("input")).isSelected() != ticked) {
            click(() -> box.findElement(By.cssSelector(".ui-chkbox-box")));
        }
        waitFor(label + " not " + (ticked ? "ticked" : "unticked"))
                .until(d -> checkbox(label).findElement(By.tagName("input")).isSelected() == ticked);
    }

    private List<WebElement> rows() {
        return driver.findElements(By.cssSelector("table[role='grid'] > tbody > tr"));
    }

    /** The list, after a search, shows exactly one row, with this text. */
    private void onlyRow(String text) {
        waitFor("the list does not show just one row with " + text)
                .until(d -> rows().size() == 1 && rows().get(0).getText().contains(text));
    }

    private WebElement row(String loginId) {
        return waitFor("no row for " + loginId)
                .until(d -> d.findElement(
                        By.xpath("//table[@role='grid']/tbody/tr[td[normalize-space(.)='" + loginId + "']]")));
    }

    private void select(String loginId) {
        click(() -> row(loginId).findElement(By.xpath("./td[2]")));
        ajaxDone();
        until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".portal-actions"), "選択中のログインID: " + loginId));
    }

    private WebElement confirmDialog() {
        return faded(waitFor("no confirm dialog")
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog"))));
    }

    private WebElement dialogSaying(String text) {
        return waitFor("no dialog saying " + text)
                .until(d -> dialogsShown().stream()
                        .filter(dialog -> dialog.getText().contains(text))
                        .findFirst()
                        .orElse(null));
    }

    /** The element once its fade-in effect has finished, so that a screenshot shows it as a person sees it. */
    private WebElement faded(WebElement element) {
        waitFor("still fading in: " + element.getText()).until(d -> (Boolean)
                ((JavascriptExecutor) d).executeScript("return !jQuery(arguments[0]).is(':animated')", element));
        return element;
    }

    private List<WebElement> dialogsShown() {
        return driver.findElements(By.cssSelector(".ui-dialog")).stream()
                .filter(WebElement::isDisplayed)
                .toList();
    }

    /** PrimeFaces' ajax queue is empty and jQuery has nothing in flight. */
    private void ajaxDone() {
        Function<WebDriver, Boolean> idle = d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript("return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty() && jQuery.active === 0");
        waitFor("ajax still running").until(idle);
    }

    /** Takes a screenshot, after checking the page shows no untranslated message key. */
    private void screenshot(String name) {
        assertThat(driver.getPageSource()).as(name).doesNotContain("???");
        saveScreenshot(name);
    }

    private void saveScreenshot(String name) {
        try {
            Path target = SCREENSHOTS.resolve(String.format("%02d-%s.png", ++shot, name));
            Files.copy(
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(),
                    target,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            System.err.println("screenshot " + name + " failed: " + e);
        }
    }
}
