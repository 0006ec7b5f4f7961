package org.cbm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cbm.account.Role;
import org.cbm.solver.instance.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The web UI speaks the six official UN languages: every text the views ask for exists in each of them, with the
 * same placeholders. A key missing in any language fails the build.
 */
class TranslationsTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("getTranslation\\(\"([A-Za-z0-9_.]+)\"");

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es", "ru", "zh", "ar"})
    void everyLanguageHasEveryKeyWithTheSamePlaceholders(String language) throws IOException {
        Properties english = bundle("");
        Properties translated = bundle("_" + language);

        assertThat(translated.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(translated.getProperty(key)).as("%s in %s", key, language).isNotBlank();
            assertThat(placeholders(translated.getProperty(key))).as("placeholders of %s in %s", key, language)
                    .isEqualTo(placeholders(english.getProperty(key)));
        }
    }

    @Test
    void everyKeyTheViewsAskForExists() throws IOException {
        Set<String> used = new HashSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = LITERAL_KEY.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        // A key ending in "." is the start of a key built from a value: those are listed below.
        Set<String> prefixes = new HashSet<>();
        used.removeIf(key -> key.endsWith(".") && prefixes.add(key));
        assertThat(prefixes).as("keys built from values that this test does not list").containsOnly("theme.", "role.", "urgency.");
        // Keys the views build from values: themes, roles, urgency levels.
        Stream.of(Theme.values()).forEach(theme -> used.add("theme." + theme.name()));
        Stream.of(Role.values()).forEach(role -> used.add("role." + role.name()));
        List.of(1, 2, 3).forEach(level -> used.add("urgency." + level));

        assertThat(bundle("").stringPropertyNames()).containsAll(used);
    }

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/translations" + suffix + ".properties")) {
            assertThat(in).as("translations%s.properties", suffix).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new HashSet<>();
        Matcher matcher = Pattern.compile("\\{\\d+}").matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
