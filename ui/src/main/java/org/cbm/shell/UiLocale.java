package org.cbm.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Chooses the language of each new browser tab: the one picked in this session, else the signed-in user's stored
 * preference, else the browser's (Vaadin's default). Arabic is laid out right to left.
 */
@Component
class UiLocale implements VaadinServiceInitListener {

    private final LanguagePreference preference;

    UiLocale(LanguagePreference preference) {
        this.preference = preference;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> apply(init.getUI()));
    }

    private void apply(UI ui) {
        UiLanguage language = Optional.ofNullable(ui.getSession().getAttribute(UiLanguage.class))
                .or(preference::stored)
                .orElseGet(() -> UiLanguage.of(ui.getLocale()));
        show(ui, language);
    }

    /** Shows this tab in a language from now on, and remembers it for the session's other tabs. */
    static void show(UI ui, UiLanguage language) {
        VaadinSession session = ui.getSession();
        session.setAttribute(UiLanguage.class, language);
        ui.setLocale(language.locale());
        ui.setDirection(language.direction());
    }
}
