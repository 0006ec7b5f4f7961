package org.cbm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.cbm.SignedInUi;
import org.junit.jupiter.api.Test;

/** The five flows of the web UI that people rely on most, each in a real Chromium. */
class MarketplaceFlowsIT extends BrowserFlow {

    @Test
    void arabicIsShownRightToLeft() {
        Page visitor = chromium.newPerson("ar");
        visitor.navigate(url("login"));
        assertThat(visitor.locator("vaadin-login-form")).isVisible();
        assertThat(visitor.locator("html")).hasAttribute("dir", "rtl");
        screenshot(visitor, "5-arabic", "1-login");

        Page provider = signIn(SignedInUi.PROVIDER);
        provider.locator("#language").click();
        provider.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("العربية")).click();
        assertThat(provider.locator("html")).hasAttribute("dir", "rtl");
        assertThat(provider.locator("#navigation")).containsText("سوق الطلبات");
        screenshot(provider, "5-arabic", "2-marketplace");

        provider.locator("#language").click();
        provider.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("English")).click();
        assertThat(provider.locator("html")).hasAttribute("dir", "ltr");
    }
}
