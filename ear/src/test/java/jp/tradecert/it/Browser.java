package jp.tradecert.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * A real browser for screen tests: Debian's Chromium, headless, driven through its ChromeDriver, with
 * a fresh profile per test. Where Chromium is not installed the tests are skipped with a loud message
 * saying how to get it; with {@code -Dtests.strict=true} (CI) that is a failure instead.
 */
public class Browser implements ExecutionCondition, ParameterResolver, AfterEachCallback {

    private static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Browser.class);
    private static final String DOWNLOADS = "downloads";
    private static final Map<WebDriver, Path> DOWNLOAD_FOLDERS = new ConcurrentHashMap<>();

    /**
     * The file the browser downloaded whose name ends with {@code suffix}, once it is complete (Chromium
     * writes a {@code .crdownload} first); fails after 30 seconds.
     */
    public static Path downloaded(WebDriver browser, String suffix) throws IOException, InterruptedException {
        Path folder = DOWNLOAD_FOLDERS.get(browser);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    Optional<Path> done = files.filter(file -> file.getFileName().toString().endsWith(suffix)).findFirst();
                    if (done.isPresent()) {
                        return done.get();
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No download ending with " + suffix + " in " + folder);
    }

    /** Forgets what was downloaded, for the next download to be told apart. */
    public static void clearDownloads(WebDriver browser) throws IOException {
        Path folder = DOWNLOAD_FOLDERS.get(browser);
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER)) {
            return ConditionEvaluationResult.enabled("Chromium at " + CHROMIUM);
        }
        return Requirement.missing(context, "Chromium or ChromeDriver is missing (" + CHROMIUM + ", " + DRIVER
                + "). Install them with: apt-get install -y chromium chromium-driver fonts-ipaexfont");
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == WebDriver.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(Session.class, type -> new Session(), Session.class)
                .driver;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Session session = context.getStore(NAMESPACE).remove(Session.class, Session.class);
        if (session != null) {
            session.close();
        }
    }

    /** One browser with its own throwaway profile. */
    private static final class Session {

        final Path profile;
        final WebDriver driver;

        Session() {
            try {
                profile = Files.createTempDirectory("chromium-profile");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            // downloads (a list exported to CSV or Excel) land in the profile, without asking
            options.setExperimentalOption("prefs", Map.of(
                    "download.default_directory", profile.resolve(DOWNLOADS).toString(),
                    "download.prompt_for_download", false));
            // the flags without which Chromium tries to reach Google's servers, which this network refuses
            // the console's messages, where Chromium reports what the content security policy refused
            options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--window-size=1280,1024",
                    "--lang=en-US", "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(DRIVER.toFile())
                    .build();
            driver = new ChromeDriver(service, options);
            DOWNLOAD_FOLDERS.put(driver, profile.resolve(DOWNLOADS));
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        }

        /**
         * Every browser test is also a test of the pages' content security policy: a script or a handler the
         * policy refused (PrimeFaces' CSP mode gave it no nonce) fails the test that saw it.
         */
        void close() {
            List<String> refused;
            try {
                refused = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                        .map(LogEntry::getMessage)
                        .filter(message -> message.contains("Content Security Policy"))
                        .toList();
            } finally {
                DOWNLOAD_FOLDERS.remove(driver);
                driver.quit();
                deleteProfile();
            }
            if (!refused.isEmpty()) {
                throw new AssertionError("the content security policy refused: " + String.join("\n", refused));
            }
        }

        private void deleteProfile() {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // a leftover temporary profile is harmless
            }
        }
    }
}
