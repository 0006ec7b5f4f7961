package org.cbm.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;

/**
 * The menu of the six UN languages, each in its own script. The choice applies at once (the page is shown again in
 * it), to the session's other tabs, and for a signed-in user to their account: their next sign-in and their e-mails.
 */
public class LanguageMenu extends Select<UiLanguage> {

    public LanguageMenu(LanguagePreference preference) {
        setId("language");
        setAriaLabel(getTranslation("shell.language"));
        setItems(UiLanguage.values());
        setItemLabelGenerator(UiLanguage::nativeName);
        setValue(UiLanguage.of(getLocale()));
        addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                preference.store(change.getValue());
                UI ui = UI.getCurrent();
                UiLocale.show(ui, change.getValue());
                // Views read their texts when built: show the same page again, in the new language.
                ui.getPage().reload();
            }
        });
    }
}
