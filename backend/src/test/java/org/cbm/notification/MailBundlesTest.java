package org.cbm.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cbm.account.AccountService;
import org.cbm.solver.instance.Theme;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The e-mail bundles of the six UN languages: each one complete, with the placeholders of the English sentence, so
 * that no official gets a sentence in English or with a value missing.
 */
class MailBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    /** An apostrophe that MessageFormat would swallow: one that is not doubled. */
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @ParameterizedTest
    @MethodSource("languages")
    void everyKeyOfTheEnglishBundleWithTheSamePlaceholders(String language) throws IOException {
        Properties english = bundle("mail/messages", "en");
        Properties translated = bundle("mail/messages", language);

        assertThat(new TreeSet<>(translated.stringPropertyNames())).as("keys of messages_%s", language)
                .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
        for (String key : english.stringPropertyNames()) {
            assertThat(placeholders(translated.getProperty(key))).as("placeholders of %s in messages_%s", key, language)
                    .isEqualTo(placeholders(english.getProperty(key)));
            assertThat(translated.getProperty(key)).as("%s in messages_%s", key, language).isNotBlank();
        }
    }

    @ParameterizedTest
    @MethodSource("languages")
    void everySentenceIsAValidMessageFormatWithoutALoneApostrophe(String language) throws IOException {
        Properties translated = bundle("mail/messages", language);

        for (String key : translated.stringPropertyNames()) {
            String sentence = translated.getProperty(key);
            assertThat(LONE_APOSTROPHE.matcher(sentence).find())
                    .as("%s in messages_%s: write an apostrophe as ’ or ''", key, language).isFalse();
            assertThatCode(() -> new MessageFormat(sentence, Locale.forLanguageTag(language)))
                    .as("%s in messages_%s", key, language).doesNotThrowAnyException();
        }
    }

    @ParameterizedTest
    @MethodSource("languages")
    void eachBundleSaysItsLanguageAndWritingDirectionAndNamesEveryTheme(String language) throws IOException {
        Properties translated = bundle("mail/messages", language);
        Properties themes = bundle("i18n/themes", language);

        assertThat(translated.getProperty("language")).isEqualTo(language);
        assertThat(translated.getProperty("direction")).isEqualTo(language.equals("ar") ? "rtl" : "ltr");
        assertThat(Arrays.stream(Theme.values()).map(theme -> "theme." + theme.name()))
                .allSatisfy(key -> assertThat(themes.getProperty(key)).as(key).isNotBlank());
    }

    /** Every language a user may choose: a missing bundle would send that user English. */
    static List<String> languages() {
        return AccountService.LANGUAGES;
    }

    private static Set<String> placeholders(String sentence) {
        Matcher matcher = PLACEHOLDER.matcher(sentence);
        return matcher.results().map(result -> result.group(1)).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Properties bundle(String basename, String language) throws IOException {
        String name = basename + (language.equals("en") ? "" : "_" + language) + ".properties";
        try (InputStream in = MailBundlesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
