package jp.office050.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
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
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.NoSuchWindowException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium in Japanese for the browser tests, with a throw-away profile under target/, and the ways a
 * person finds things on the portal's pages: inputs by their label, buttons by their text. Screenshots go to
 * target/screenshots/, named with the prefix given and a running number.
 */
final class Browser implements AutoCloseable {

    static final File CHROMIUM = new File(System.getProperty("it.chromium", "/usr/bin/chromium"));
    static final File CHROMEDRIVER = new File(System.getProperty("it.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** For {@code @EnabledIf}: a browser test is skipped (not passed) where Chromium or its driver is missing. */
    static boolean available() {
        return CHROMIUM.isFile() && CHROMIUM.canExecute() && CHROMEDRIVER.isFile() && CHROMEDRIVER.canExecute();
    }

    final WebDriver driver;
    private final String screenshotPrefix;
    private Path profile;
    private int shot;

    private Browser(WebDriver driver, Path profile, String screenshotPrefix) {
        this.driver = driver;
        this.profile = profile;
        this.screenshotPrefix = screenshotPrefix;
    }

    /** Starts the browser; screenshots are named {@code <prefix><nn>-<name>.png}. */
    static Browser open(String screenshotPrefix) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path profile = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "chromium-profile-");
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
        // The console, where the browser reports each script or style it refused under the page's
        // Content-Security-Policy.
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort()
                .withLogFile(new File("target/chromedriver.log"))
                .build();
        try {
            return new Browser(new ChromeDriver(service, options), profile, screenshotPrefix);
        } catch (RuntimeException e) {
            deleteTree(profile);
            throw e;
        }
    }

    /** A last screenshot (of any window still open), then the browser and its profile are gone. */
    @Override
    public void close() {
        try {
            if (onAnOpenWindow()) {
                saveScreenshot("last");
            }
        } finally {
            try {
                driver.quit();
            } finally {
                deleteTree(profile);
                profile = null;
            }
        }
    }

    /** Whether the driver is on an open window, after switching to one if the current one was closed. */
    private boolean onAnOpenWindow() {
        try {
            driver.getWindowHandle();
            return true;
        } catch (NoSuchWindowException closed) {
            for (String handle : driver.getWindowHandles()) {
                driver.switchTo().window(handle);
                return true;
            }
            return false;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void deleteTree(Path root) {
        if (root == null) {
            return;
        }
        try (var files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + root + ": " + e);
        }
    }

    // --- Waiting. ---

    /** A fresh wait (20 s) that retries while elements are missing or being re-rendered by ajax. */
    WebDriverWait waitFor(String what) {
        return waitFor(what, Duration.ofSeconds(20));
    }

    WebDriverWait waitFor(String what, Duration timeout) {
        var wait = new WebDriverWait(driver, timeout);
        wait.withMessage(what).ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class);
        return wait;
    }

    <T> T until(Function<WebDriver, T> condition) {
        return waitFor(condition.toString()).until(condition);
    }

    /** PrimeFaces' ajax queue is empty and jQuery has nothing in flight. */
    void ajaxDone() {
        Function<WebDriver, Boolean> idle = d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript("return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty() && jQuery.active === 0");
        waitFor("ajax still running").until(idle);
    }

    /** The element once its fade-in effect has finished, so that a screenshot shows it as a person sees it. */
    WebElement faded(WebElement element) {
        waitFor("still fading in: " + element.getText()).until(d -> (Boolean)
                ((JavascriptExecutor) d).executeScript("return !jQuery(arguments[0]).is(':animated')", element));
        return element;
    }

    // --- Finding things as a person would: by label and button text. ---

    /** The input a label points at; the label's text without PrimeFaces' required marker. */
    WebElement labelled(String text) {
        return labelMatching(label -> label.equals(text), text);
    }

    WebElement labelledStartingWith(String text) {
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

    void type(String label, String text) {
        WebElement input = labelled(label);
        input.clear();
        input.sendKeys(text);
        assertThat(input.getAttribute("value")).isEqualTo(text);
    }

    static By buttonText(String text) {
        return By.xpath(".//button[normalize-space(.)='" + text + "']");
    }

    WebElement button(String text) {
        return waitFor("no button " + text)
                .until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//button[normalize-space(.)='" + text + "']")));
    }

    /** The button, once an ajax update has enabled it. */
    WebElement enabledButton(String text) {
        return waitFor("button " + text + " not enabled").until(d -> {
            WebElement b = d.findElement(By.xpath("//button[normalize-space(.)='" + text + "']"));
            return b.isDisplayed() && b.isEnabled() && !b.getAttribute("class").contains("ui-state-disabled")
                    ? b
                    : null;
        });
    }

    /** A link (also one styled as a button) by its text. */
    WebElement link(String text) {
        return waitFor("no link " + text)
                .until(ExpectedConditions.elementToBeClickable(By.xpath("//a[normalize-space(.)='" + text + "']")));
    }

    /** Clicks, retrying while a fading overlay or a re-rendered element is in the way. */
    void click(Supplier<WebElement> element) {
        waitFor("click").ignoring(ElementClickInterceptedException.class).until(d -> {
            element.get().click();
            return true;
        });
    }

    /** A PrimeFaces selectBooleanCheckbox, found through its label: a person clicks the box. */
    WebElement checkbox(String label) {
        WebElement input = labelled(label);
        return input.findElement(By.xpath("./ancestor::div[contains(@class,'ui-chkbox')][1]"));
    }

    void tick(String label) {
        setTicked(label, true);
    }

    void untick(String label) {
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

    /** Chooses an option of a PrimeFaces selectOneMenu, found through its label, as a person does: open it, click. */
    void choose(String label, String option) {
        WebElement menu = driver.findElement(By.xpath("//label[normalize-space(.)='" + label + "']"));
        String id = menu.getAttribute("for").replaceAll("_(focus|input|label)$", "");
        By item = By.xpath("//*[@id='" + id + "_items']//li[normalize-space(.)='" + option + "']");
        // As a person does it: open the menu until its panel shows (a click before the widget is bound, or while the
        // panel is still animating, does nothing), then pick the option, until the menu shows it.
        waitFor(label + " does not show " + option)
                .ignoring(ElementClickInterceptedException.class)
                .ignoring(ElementNotInteractableException.class)
                .until(d -> {
                    if (d.findElement(By.id(id + "_label")).getText().equals(option)) {
                        return true;
                    }
                    // The panel's items are made when it first opens.
                    List<WebElement> choice = d.findElements(item);
                    if (choice.isEmpty() || !choice.get(0).isDisplayed()) {
                        d.findElement(By.id(id)).click();
                    } else if (!animated(choice.get(0))) {
                        choice.get(0).click();
                    }
                    return false;
                });
    }

    private boolean animated(WebElement element) {
        return (Boolean) ((JavascriptExecutor) driver)
                .executeScript(
                        "return jQuery(arguments[0]).closest('.ui-selectonemenu-panel').is(':animated')", element);
    }

    /** A global message (growl), once shown. */
    WebElement growl(String text) {
        return faded(until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//div[contains(@class,'ui-growl-item-container')][contains(.,'" + text + "')]"))));
    }

    // --- 利用者番号一覧 (admin/lines.xhtml). ---

    List<WebElement> rows() {
        return driver.findElements(By.cssSelector("table[role='grid'] > tbody > tr"));
    }

    /** The list, after a search, shows exactly one row, with this text. */
    void onlyRow(String text) {
        waitFor("the list does not show just one row with " + text)
                .until(d -> rows().size() == 1 && rows().get(0).getText().contains(text));
    }

    WebElement row(String loginId) {
        return waitFor("no row for " + loginId)
                .until(d -> d.findElement(
                        By.xpath("//table[@role='grid']/tbody/tr[td[normalize-space(.)='" + loginId + "']]")));
    }

    void select(String loginId) {
        click(() -> row(loginId).findElement(By.xpath("./td[2]")));
        ajaxDone();
        until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".portal-actions"), "選択中のログインID: " + loginId));
    }

    // --- Screenshots. ---

    /**
     * Takes a screenshot, after checking the page shows no untranslated message key and that the browser has refused
     * nothing under the Content-Security-Policy since the last check (a refused script is a broken page).
     */
    void screenshot(String name) {
        assertThat(driver.getPageSource()).as(name).doesNotContain("???");
        assertNoContentSecurityPolicyViolation(name);
        saveScreenshot(name);
    }

    void assertNoContentSecurityPolicyViolation(String when) {
        List<String> refused = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message ->
                        message.contains("Content Security Policy") || message.contains("Content-Security-Policy"))
                .toList();
        assertThat(refused)
                .as("refused under the Content-Security-Policy, up to " + when)
                .isEmpty();
    }

    void saveScreenshot(String name) {
        try {
            Path target = SCREENSHOTS.resolve(String.format("%s%02d-%s.png", screenshotPrefix, ++shot, name));
            Files.copy(
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(),
                    target,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            System.err.println("screenshot " + name + " failed: " + e);
        }
    }

    WebElement confirmDialog() {
        return faded(waitFor("no confirm dialog")
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog"))));
    }

    WebElement dialogSaying(String text) {
        return waitFor("no dialog saying " + text)
                .until(d -> dialogsShown().stream()
                        .filter(dialog -> dialog.getText().contains(text))
                        .findFirst()
                        .orElse(null));
    }

    List<WebElement> dialogsShown() {
        return driver.findElements(By.cssSelector(".ui-dialog")).stream()
                .filter(WebElement::isDisplayed)
                .toList();
    }
}
