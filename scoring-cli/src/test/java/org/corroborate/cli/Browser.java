package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium for the tests of the HTML pages, driven by Selenium through the system's
 * {@code chromedriver} (Debian's {@code chromium} and {@code chromium-driver} packages, which
 * {@code .ci/run} installs). Both are looked up on the {@code PATH}, or named by the system
 * properties {@code corroborate.chromium} and {@code corroborate.chromedriver}; Selenium Manager
 * is never asked, so nothing is downloaded.
 *
 * <p>A missing browser <b>fails</b> the tests. They are skipped only when asked: the system
 * property {@value #SKIP_PROPERTY} or the environment variable {@value #SKIP_ENV} set to {@code
 * true}.
 */
final class Browser implements AutoCloseable {
  /** The system property that skips the browser tests on a machine without a browser. */
  static final String SKIP_PROPERTY = "corroborate.skipBrowserTests";
  /** The environment variable that does the same. */
  static final String SKIP_ENV = "CORROBORATE_SKIP_BROWSER_TESTS";

  private final ChromeDriver driver;

  private Browser(ChromeDriver driver) {
    this.driver = driver;
  }

  /** Starts a headless browser, or fails (skips only when asked) when there is none. */
  static Browser start() {
    Path chromium = find(System.getProperty("corroborate.chromium"), "chromium",
        "chromium-browser", "google-chrome");
    Path chromedriver = find(System.getProperty("corroborate.chromedriver"), "chromedriver");
    if (chromium == null || chromedriver == null) {
      String why = "no headless browser for the HTML report tests: "
          + (chromium == null ? "chromium " : "") + (chromedriver == null ? "chromedriver " : "")
          + "not found (on the PATH, or where corroborate.chromium / corroborate.chromedriver"
          + " say; Debian: apt-get install chromium chromium-driver, as .ci/run does)";
      if (Boolean.parseBoolean(System.getProperty(SKIP_PROPERTY))
          || "true".equalsIgnoreCase(System.getenv(SKIP_ENV))) {
        Assumptions.abort(why + "; skipped as " + SKIP_PROPERTY + " / " + SKIP_ENV + " asks");
      }
      fail(why + "; -D" + SKIP_PROPERTY + "=true skips these tests instead");
    }
    System.setProperty("webdriver.chrome.driver", chromedriver.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--window-size=1280,1000", "--hide-scrollbars",
        "--force-device-scale-factor=1", "--no-first-run", "--disable-extensions",
        "--disable-background-networking", "--disable-component-update");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    return new Browser(new ChromeDriver(options));
  }

  private static Path find(String given, String... names) {
    if (given != null && !given.isBlank()) {
      Path p = Path.of(given);
      return Files.isExecutable(p) ? p : null;
    }
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String name : names) {
      for (String dir : path.split(File.pathSeparator)) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return p;
        }
      }
    }
    return null;
  }

  WebDriver driver() {
    return driver;
  }

  /** Opens a page from disk, after reading (and so clearing) the console of the last one. */
  void open(Path page) {
    errors();
    driver.get("about:blank");
    driver.get(page.toAbsolutePath().toUri().toString());
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (!"complete".equals(js("return document.readyState;"))) {
      if (System.nanoTime() > deadline) {
        fail("the page did not finish loading in 20 s: " + page);
      }
      Thread.onSpinWait();
    }
  }

  /** Runs {@code script} in the page and returns its result. */
  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** The number {@code script} returns. */
  long count(String script, Object... args) {
    return ((Number) js(script, args)).longValue();
  }

  /**
   * The console's errors since the last call (SEVERE entries: uncaught exceptions, failed loads,
   * security-policy violations).
   */
  List<String> errors() {
    List<String> out = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
        out.add(e.getLevel() + " " + e.getMessage());
      }
    }
    return out;
  }

  /** Saves a screenshot of the window to {@code file} (a PNG). */
  void screenshot(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
  }

  /** Resizes the window. */
  void size(int width, int height) {
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
  }

  @Override
  public void close() {
    driver.quit();
  }

  @Override
  public String toString() {
    return "Browser[" + driver.getCapabilities().getBrowserName().toLowerCase(Locale.ROOT) + " "
        + driver.getCapabilities().getBrowserVersion() + "]";
  }
}
