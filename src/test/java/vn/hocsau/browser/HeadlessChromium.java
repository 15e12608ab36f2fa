package vn.hocsau.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Debian {@code chromium} under Debian's {@code chromedriver}, headless, with a throw-away
 * profile. Both binaries are named explicitly, so Selenium Manager is never asked to find (or
 * download) a browser or a driver. Close it in a {@code finally}, {@code @AfterEach} or
 * {@code @AfterAll}: that quits the browser and deletes the profile.
 */
final class HeadlessChromium implements AutoCloseable {

  /** Override with {@code -Dhocsau.browser.chromium=/path}; the default is Debian's launcher. */
  static final String CHROMIUM_PROPERTY = "hocsau.browser.chromium";

  /** Override with {@code -Dhocsau.browser.chromedriver=/path}. */
  static final String CHROMEDRIVER_PROPERTY = "hocsau.browser.chromedriver";

  /**
   * How long a wait may take before the test fails; generous for 2-core CI machines. Waits poll, so
   * a fast machine never waits this long. 15 s once ran out in a fresh-clone CI run while the lab
   * editor's area stayed covered during start-up under load.
   */
  static final Duration WAIT = Duration.ofSeconds(30);

  private static final List<String> FLAGS =
      List.of(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync");

  private final ChromeDriver driver;
  private final Path profile;

  private HeadlessChromium(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /**
   * Starts a browser whose viewport is {@code width} x {@code height} CSS pixels and whose visitors
   * prefer {@code acceptLanguage} (for example {@code "vi-VN,vi"}).
   */
  static HeadlessChromium start(int width, int height, String acceptLanguage) {
    File chromium = executable(CHROMIUM_PROPERTY, "/usr/bin/chromium");
    File chromedriver = executable(CHROMEDRIVER_PROPERTY, "/usr/bin/chromedriver");
    Path profile = createProfile();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments(FLAGS);
    options.addArguments("--user-data-dir=" + profile, "--window-size=" + width + "," + height);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage));
    // Console errors (script errors, CSP violations) become readable to tests.
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.SEVERE);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(chromedriver)
            .usingAnyFreePort()
            .withLogFile(logFile())
            .build();
    ChromeDriver driver;
    try {
      driver = new ChromeDriver(service, options);
    } catch (RuntimeException e) {
      service.stop();
      deleteProfile(profile);
      throw e;
    }
    HeadlessChromium browser = new HeadlessChromium(driver, profile);
    try {
      browser.fitViewport(width, height);
      return browser;
    } catch (RuntimeException e) {
      browser.close();
      throw e;
    }
  }

  /** Makes the page exactly {@code width} CSS pixels wide, as on a phone. */
  private void fitViewport(int width, int height) {
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    // Phones overlay their scrollbars; a classic one would steal 15 px of a 360 px layout.
    driver.executeCdpCommand("Emulation.setScrollbarsHidden", Map.of("hidden", true));
  }

  /** The driver, for finding elements and running scripts. */
  ChromeDriver driver() {
    return driver;
  }

  /** A wait with the standard deadline. */
  WebDriverWait waiting() {
    return new WebDriverWait(driver, WAIT);
  }

  /** Saves the whole page (not only the viewport) as a PNG. */
  void screenshot(Path png) {
    screenshot(png, Integer.MAX_VALUE);
  }

  /** Saves the page from its top, at most {@code maxHeight} CSS pixels of it, as a PNG. */
  void screenshot(Path png, int maxHeight) {
    screenshot(png, 0, maxHeight);
  }

  /** Saves at most {@code maxHeight} CSS pixels of the page from {@code top} down, as a PNG. */
  void screenshot(Path png, double top, int maxHeight) {
    Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    @SuppressWarnings("unchecked")
    Map<String, Number> content = (Map<String, Number>) metrics.get("cssContentSize");
    Map<String, Object> clip =
        Map.of(
            "x",
            0,
            "y",
            top,
            "width",
            content.get("width").doubleValue(),
            "height",
            Math.min(content.get("height").doubleValue() - top, maxHeight),
            "scale",
            1);
    Map<String, Object> shot =
        driver.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
    try {
      Files.createDirectories(png.getParent());
      Files.write(png, Base64.getDecoder().decode((String) shot.get("data")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteProfile(profile);
    }
  }

  /** Fails (never skips) when a binary is missing: CI installs them, so absence is a defect. */
  private static File executable(String property, String fallback) {
    File file = new File(System.getProperty(property, fallback));
    if (!file.canExecute()) {
      fail(
          "Browser tests need "
              + file
              + " (set -D"
              + property
              + " to use another path). "
              + "On Debian/Ubuntu: install Debian packages chromium chromium-driver "
              + "(apt-get install chromium chromium-driver).");
    }
    return file;
  }

  private static Path createProfile() {
    try {
      return Files.createTempDirectory("hocsau-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static File logFile() {
    Path dir = Path.of("target", "browser");
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir.resolve("chromedriver.log").toFile();
  }

  private static void deleteProfile(Path profile) {
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      // A leftover temp folder is harmless; never hide the test's own outcome behind this.
    }
  }
}
