package org.cbm.shell;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every text of the web UI in the six official UN languages. Texts live in one bundle per feature under
 * {@code i18n/} (so that the views of each feature keep their own file); a key is looked up in each in turn.
 * English is the fallback, never the JVM's default locale. The names of the themes come from the backend's bundle
 * {@code i18n/themes}, which the e-mails use too.
 */
@Component
public class Translations implements I18NProvider {

    /** The feature bundles, each {@code i18n/<name>[_<language>].properties}. */
    public static final List<String> BUNDLES = List.of("shell", "themes", "marketplace", "request", "offer", "matching", "coordination",
            "administration");

    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    private static final ResourceBundle.Control NO_FALLBACK_TO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return UiLanguage.LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = UiLanguage.of(locale).locale();
        for (String bundle : BUNDLES) {
            ResourceBundle texts = bundle(bundle, language);
            if (texts != null && texts.containsKey(key)) {
                String pattern = texts.getString(key);
                return params.length == 0 ? pattern : new MessageFormat(pattern, language).format(params);
            }
        }
        log.warn("No text for key '{}' in {}", key, language);
        return "!" + key;
    }

    private static ResourceBundle bundle(String name, Locale locale) {
        try {
            return ResourceBundle.getBundle("i18n/" + name, locale, NO_FALLBACK_TO_DEFAULT_LOCALE);
        } catch (MissingResourceException absent) {
            return null;
        }
    }
}
