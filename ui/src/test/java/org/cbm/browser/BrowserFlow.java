package org.cbm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The application on a random port (embedded database in memory, demo marketplace) and a real Chromium.
 * Each flow signs people in through the login form and saves screenshots under {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserFlow {

    static final String PASSWORD = "demo-2026";

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Opens a new window, signs in with the login form and waits for the first view. */
    Page signIn(String email) {
        return signIn(email, "en-GB");
    }

    Page signIn(String email, String browserLocale) {
        Page page = chromium.newPerson(browserLocale);
        page.navigate(url("login"));
        page.locator("vaadin-login-form input[name=username]").fill(email);
        page.locator("vaadin-login-form input[name=password]").fill(PASSWORD);
        page.locator("vaadin-login-form vaadin-button[slot=submit], vaadin-login-form vaadin-button").first().click();
        assertThat(page.locator("#navigation")).isVisible();
        return page;
    }

    /** Opens a view by its address and waits until Vaadin has rendered it. */
    void open(Page page, String path, String elementId) {
        page.navigate(url(path));
        assertThat(page.locator("#" + elementId)).isVisible();
    }

    static void screenshot(Page page, String flow, String name) {
        page.waitForTimeout(500);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", flow, name + ".png"))
                .setFullPage(true));
    }

    static Locator field(Page page, String id) {
        return page.locator("#" + id + " input, #" + id + " textarea").first();
    }
}
