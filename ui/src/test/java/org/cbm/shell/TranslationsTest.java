package org.cbm.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cbm.account.Role;
import org.cbm.matching.MatchStatus;
import org.cbm.notification.OutboxStatus;
import org.cbm.offer.OfferStatus;
import org.cbm.plan.PlanStatus;
import org.cbm.request.RequestStatus;
import org.cbm.solver.explain.UnassignedReason;
import org.cbm.solver.instance.IncomeGroup;
import org.cbm.solver.instance.OrganisationKind;
import org.cbm.solver.instance.Region;
import org.cbm.solver.instance.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The web UI speaks the six official UN languages: every text the views ask for exists in each of them, with the
 * same placeholders. A key missing in any language fails the build.
 */
class TranslationsTest {

    /** A key written out in the sources: {@code getTranslation("…")}, {@code text("…")} or a menu title. */
    private static final Pattern LITERAL_KEY =
            Pattern.compile("(?:getTranslation|text|title =)\\(?\\s*\"([A-Za-z0-9_.]+)\"");

    /** Keys the views build from a value, e.g. {@code "theme." + theme.name()}: each prefix with every value. */
    private static final Map<String, List<String>> KEYS_BUILT_FROM_VALUES = Map.ofEntries(
            Map.entry("theme.", names(Theme.values())),
            Map.entry("role.", names(Role.values())),
            Map.entry("urgency.", List.of("1", "2", "3")),
            Map.entry("status.request.", names(RequestStatus.values())),
            Map.entry("status.offer.", names(OfferStatus.values())),
            Map.entry("status.match.", names(MatchStatus.values())),
            Map.entry("status.plan.", names(PlanStatus.values())),
            Map.entry("region.", names(Region.values())),
            Map.entry("income.", names(IncomeGroup.values())),
            Map.entry("kind.", names(OrganisationKind.values())),
            Map.entry("priority.", List.of("LDC", "LLDC", "SIDS")),
            Map.entry("language.", List.of("en", "fr", "es", "ru", "zh", "ar", "pt")),
            Map.entry("rating.", List.of("1", "2", "3", "4", "5")),
            Map.entry("plans.reason.", names(UnassignedReason.values())),
            Map.entry("mail.outboxStatus.", names(OutboxStatus.values())));

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es", "ru", "zh", "ar"})
    void everyLanguageHasEveryKeyWithTheSamePlaceholders(String language) throws IOException {
        for (String name : Translations.BUNDLES) {
            Properties english = bundle(name, "");
            Properties translated = bundle(name, "_" + language);

            assertThat(translated.stringPropertyNames()).as("keys of %s in %s", name, language)
                    .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
            for (String key : english.stringPropertyNames()) {
                assertThat(translated.getProperty(key)).as("%s in %s", key, language).isNotBlank();
                assertThat(placeholders(translated.getProperty(key))).as("placeholders of %s in %s", key, language)
                        .isEqualTo(placeholders(english.getProperty(key)));
            }
        }
    }

    @Test
    void everyKeyBelongsToOneFeature() throws IOException {
        Map<String, String> owner = new HashMap<>();
        for (String name : Translations.BUNDLES) {
            for (String key : bundle(name, "").stringPropertyNames()) {
                assertThat(owner.put(key, name)).as("%s is in two bundles", key).isNull();
            }
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
        // A key ending in "." is the start of a key built from a value.
        Set<String> prefixes = new HashSet<>();
        used.removeIf(key -> key.endsWith(".") && prefixes.add(key));
        assertThat(KEYS_BUILT_FROM_VALUES.keySet()).as("keys built from values that this test does not list")
                .containsAll(prefixes);
        KEYS_BUILT_FROM_VALUES.forEach((prefix, values) -> values.forEach(value -> used.add(prefix + value)));

        Set<String> known = new HashSet<>();
        for (String name : Translations.BUNDLES) {
            known.addAll(bundle(name, "").stringPropertyNames());
        }
        assertThat(known).containsAll(used);
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static Properties bundle(String name, String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/i18n/" + name + suffix + ".properties")) {
            assertThat(in).as("i18n/%s%s.properties", name, suffix).isNotNull();
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
