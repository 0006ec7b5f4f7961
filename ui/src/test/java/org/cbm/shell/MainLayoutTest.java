package org.cbm.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.TestingLifecycleHook;
import com.github.mvysny.kaributesting.v10.TestingLifecycleHookKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.internal.UIInternals.JavaScriptInvocation;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cbm.SignedInUi;
import org.cbm.account.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** The frame of every view: navigation by role, who is signed in, the language menu. */
@SpringBootTest
class MainLayoutTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountService accounts;

    @AfterEach
    void closeUi() {
        if (UI.getCurrent() != null) {
            switchTo(UiLanguage.ENGLISH);
        }
        SignedInUi.close();
    }

    @Test
    void eachRoleLandsOnItsOwnStartViewAndSeesOnlyItsViewsInTheNavigation() {
        SignedInUi.as(context, SignedInUi.PROVIDER);
        UI.getCurrent().navigate("");

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("marketplace");
        assertThat(navigationPaths()).contains("marketplace").doesNotContain("requests", "dashboard", "users");
        assertThat(_get(Span.class, spec -> spec.withId("signed-in-user")).getText()).contains("·");
    }

    @Test
    void theChosenLanguageIsStoredOnTheUserAndUsedAtTheirNextSignIn() {
        SignedInUi.as(context, SignedInUi.PROVIDER);
        UI.getCurrent().navigate("marketplace");

        switchTo(UiLanguage.FRENCH);
        SignedInUi.close();
        SignedInUi.as(context, SignedInUi.PROVIDER);
        UI.getCurrent().navigate("marketplace");

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.FRENCH);
        assertThat(accounts.findByEmail(SignedInUi.PROVIDER).orElseThrow().preferredLanguage()).isEqualTo("fr");
        assertThat(navigationLabels()).contains("Place de marché");
    }

    @Test
    void arabicIsLaidOutRightToLeft() {
        SignedInUi.as(context, SignedInUi.PROVIDER);
        UI.getCurrent().navigate("marketplace");

        ScriptRecorder scripts = new ScriptRecorder();
        TestingLifecycleHookKt.setTestingLifecycleHook(scripts);
        try {
            switchTo(UiLanguage.ARABIC);
        } finally {
            TestingLifecycleHookKt.setTestingLifecycleHook(scripts.delegate);
        }

        assertThat(UI.getCurrent().getSession().getAttribute(UiLanguage.class).direction())
                .isEqualTo(Direction.RIGHT_TO_LEFT);
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("ar");
        // UI.setDirection reaches the browser only as this script, which sets the page's dir attribute.
        assertThat(scripts.sent).filteredOn(script -> script.getExpression().equals("document.dir = $0"))
                .extracting(JavaScriptInvocation::getParameters).isNotEmpty().last().isEqualTo(List.of("rtl"));
    }

    /**
     * Records the scripts that the server sends to the browser, which Karibu otherwise drops when it plays a round
     * trip (the language menu reloads the page: a new UI, initialised and sent at once).
     */
    private static final class ScriptRecorder implements TestingLifecycleHook {

        final TestingLifecycleHook delegate = TestingLifecycleHookKt.getTestingLifecycleHook();
        final List<JavaScriptInvocation> sent = new ArrayList<>();

        @Override
        public void handlePendingJavascriptInvocations(List<? extends PendingJavaScriptInvocation> pending) {
            pending.forEach(invocation -> sent.add(invocation.getInvocation()));
            delegate.handlePendingJavascriptInvocations(pending);
        }

        @Override
        public void awaitBeforeLookup() {
            delegate.awaitBeforeLookup();
        }

        @Override
        public void awaitAfterLookup() {
            delegate.awaitAfterLookup();
        }

        @Override
        public List<Component> getAllChildren(Component component) {
            return delegate.getAllChildren(component);
        }

        @Override
        public String getLabel(Component component) {
            return delegate.getLabel(component);
        }
    }

    @SuppressWarnings("unchecked")
    private static void switchTo(UiLanguage language) {
        Select<UiLanguage> menu = _get(Select.class, spec -> spec.withId("language"));
        HasValueUtilsKt._setValue(menu, language);
    }

    private static java.util.List<String> navigationPaths() {
        return _get(SideNav.class, spec -> spec.withId("navigation")).getItems().stream().map(SideNavItem::getPath).toList();
    }

    private static java.util.List<String> navigationLabels() {
        return _get(SideNav.class, spec -> spec.withId("navigation")).getItems().stream().map(SideNavItem::getLabel).toList();
    }
}
