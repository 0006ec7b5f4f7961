package org.cbm.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Chromium for end-to-end flows: Debian's {@code /usr/bin/chromium} (or {@code CBM_CHROMIUM}) driven by
 * Playwright, which never downloads a browser here. Where no Chromium is installed the flows are skipped with a
 * message saying how to install it.
 */
public class Chromium implements ExecutionCondition, BeforeAllCallback, AfterAllCallback {

    static final Path EXECUTABLE = Path.of(System.getenv().getOrDefault("CBM_CHROMIUM", "/usr/bin/chromium"));

    /** Switches that keep a headless Chromium from reaching out to the network or needing a GPU or sandbox. */
    private static final List<String> ARGUMENTS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private Playwright playwright;
    private Browser browser;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return Files.isExecutable(EXECUTABLE) ? ConditionEvaluationResult.enabled("Chromium at " + EXECUTABLE)
                : ConditionEvaluationResult.disabled("No Chromium at " + EXECUTABLE
                        + ": install it (apt-get install chromium) or set CBM_CHROMIUM to run the browser flows");
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        // The first page of a development-mode server can take a while on a busy machine.
        PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE).setHeadless(true).setArgs(ARGUMENTS));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (playwright != null) {
            playwright.close();
        }
    }

    /** A new window with its own cookies (its own session), as a separate person at their own computer. */
    Page newPerson(String locale) {
        BrowserContext person = browser.newContext(new Browser.NewContextOptions()
                .setLocale(locale).setViewportSize(1400, 900));
        person.setDefaultTimeout(60_000);
        return person.newPage();
    }
}
