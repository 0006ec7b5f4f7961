package org.cbm.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cbm.SignedInUi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * Every view of every role, opened in each of the six languages, shows no untranslated key: {@link Translations}
 * writes a missing key as {@code !key}, which this looks for in every text, property and attribute of the page and in
 * the first rows of every grid.
 */
@SpringBootTest
class EveryViewInEveryLanguageTest {

    private static final Pattern MISSING_KEY = Pattern.compile("![a-z][A-Za-z0-9]*\\.[A-Za-z0-9_.]+");
    private static final List<String> ACCOUNTS = List.of(SignedInUi.RECIPIENT, SignedInUi.PROVIDER,
            SignedInUi.COORDINATOR, SignedInUi.ADMIN);

    @Autowired
    ApplicationContext context;

    @AfterEach
    void closeUi() {
        SignedInUi.close();
    }

    @ParameterizedTest
    @EnumSource(UiLanguage.class)
    void noViewShowsAnUntranslatedKey(UiLanguage language) {
        List<String> missing = new ArrayList<>();
        StringBuilder shown = new StringBuilder();
        int views = 0;
        for (String account : ACCOUNTS) {
            SignedInUi.as(context, account);
            UiLocale.show(UI.getCurrent(), language);
            List<String> paths = new ArrayList<>(List.of("login"));
            MenuConfiguration.getMenuEntries().stream().map(MenuEntry::path).forEach(paths::add);
            for (String path : paths) {
                UI.getCurrent().navigate(path);
                views++;
                for (Component component : LocatorJ._find(Component.class)) {
                    shown.append(texts(component.getElement(), missing, account + " /" + path));
                }
                for (Grid<?> grid : LocatorJ._find(Grid.class)) {
                    for (int row = 0; row < Math.min(5, GridKt._size(grid)); row++) {
                        GridKt._getFormattedRow(grid, row).forEach(cell -> find(cell, missing, account + " /" + path + " grid"));
                    }
                }
            }
            SignedInUi.close();
        }
        assertThat(views).isGreaterThan(15);
        // The pages were read, in the language: the navigation shows the marketplace's name in it.
        assertThat(shown).contains(new Translations().getTranslation("nav.marketplace", language.locale()));
        assertThat(missing).as("untranslated keys in %s", language).isEmpty();
    }

    /** The element's own texts: its text, properties and attributes, each checked for an untranslated key. */
    private static String texts(Element element, List<String> missing, String where) {
        List<String> texts = new ArrayList<>();
        texts.add(element.getText());
        element.getPropertyNames().forEach(name -> texts.add(String.valueOf(element.getProperty(name, ""))));
        element.getAttributeNames().forEach(name -> texts.add(element.getAttribute(name)));
        texts.forEach(text -> find(text, missing, where));
        return String.join(" ", texts);
    }

    private static void find(String text, List<String> missing, String where) {
        if (text == null) {
            return;
        }
        Matcher matcher = MISSING_KEY.matcher(text);
        while (matcher.find()) {
            missing.add(where + ": " + matcher.group());
        }
    }
}
