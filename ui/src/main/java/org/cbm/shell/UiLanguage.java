package org.cbm.shell;

import com.vaadin.flow.component.Direction;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The six official UN languages the web UI speaks, each with its writing direction and its own name. */
public enum UiLanguage {
    ENGLISH("en", "English"),
    FRENCH("fr", "Français"),
    SPANISH("es", "Español"),
    RUSSIAN("ru", "Русский"),
    CHINESE("zh", "中文"),
    ARABIC("ar", "العربية");

    static final List<Locale> LOCALES = Arrays.stream(values()).map(UiLanguage::locale).toList();

    private final String code;
    private final String nativeName;

    UiLanguage(String code, String nativeName) {
        this.code = code;
        this.nativeName = nativeName;
    }

    /** The language of a locale (e.g. fr-CA), or English for any other language. */
    public static UiLanguage of(Locale locale) {
        return locale == null ? ENGLISH : ofCode(locale.getLanguage());
    }

    /** The language with an ISO 639-1 code, or English for an unknown or missing one. */
    public static UiLanguage ofCode(String code) {
        return Arrays.stream(values()).filter(language -> language.code.equalsIgnoreCase(code)).findFirst().orElse(ENGLISH);
    }

    public String code() {
        return code;
    }

    /** The language's name in that language, as a language menu shows it. */
    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public Direction direction() {
        return this == ARABIC ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT;
    }
}
