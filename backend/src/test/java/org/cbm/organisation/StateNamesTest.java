package org.cbm.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.cbm.solver.instance.IncomeGroup;
import org.cbm.solver.instance.OrganisationKind;
import org.cbm.solver.instance.Region;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** States are named in the reader's language; the reference list's official names stay in English. */
class StateNamesTest {

    private static final Organisation KENYA = Organisation.state("KEN", "Kenya",
            new StateProfile(Region.AFRICA, IncomeGroup.LMC, false, false, false, List.of("en")));
    private static final Organisation BOLIVIA = Organisation.state("BOL", "Bolivia (Plurinational State of)",
            new StateProfile(Region.AMERICAS, IncomeGroup.LMC, false, true, false, List.of("es")));

    @Test
    void aStateIsNamedInEachUnLanguage() {
        assertThat(KENYA.name(Locale.ENGLISH)).isEqualTo("Kenya");
        assertThat(KENYA.name(Locale.FRENCH)).isEqualTo("Kenya");
        assertThat(KENYA.name(Locale.forLanguageTag("es"))).isEqualTo("Kenia");
        assertThat(KENYA.name(Locale.forLanguageTag("ru"))).isEqualTo("Кения");
        assertThat(KENYA.name(Locale.CHINESE)).isEqualTo("肯尼亚");
        assertThat(KENYA.name(Locale.forLanguageTag("ar"))).isEqualTo("كينيا");
    }

    @Test
    void englishKeepsTheOfficialNameAndPartnersKeepTheirs() {
        assertThat(BOLIVIA.name(Locale.ENGLISH)).isEqualTo("Bolivia (Plurinational State of)");
        Organisation partner = Organisation.partner("baltic-cyber-academy", "Baltic Cyber Academy", OrganisationKind.ACADEMIA);
        assertThat(partner.name(Locale.forLanguageTag("ru"))).isEqualTo("Baltic Cyber Academy");
        assertThat(StateNames.of("XXX", "Nowhere", Locale.FRENCH)).isEqualTo("Nowhere");
    }

    @Test
    void everyStateOfTheReferenceListHasItsOwnNameInEveryUnLanguage() throws Exception {
        List<StatesCsv.Row> states;
        try (InputStream in = new ClassPathResource(StatesReferenceLoader.RESOURCE).getInputStream()) {
            states = StatesCsv.read(in);
        }
        assertThat(states).hasSize(193);
        for (String language : List.of("fr", "es", "ru", "zh", "ar")) {
            Locale locale = Locale.forLanguageTag(language);
            // CLDR names every one of them: each name is CLDR's for the State's country code, none is shared.
            assertThat(states).as("names in %s", language).allSatisfy(state -> {
                Locale country = country(state.iso3());
                assertThat(country.getDisplayCountry(locale)).as(state.iso3()).isNotEqualTo(country.getCountry());
                assertThat(StateNames.of(state.iso3(), state.name(), locale)).as(state.iso3())
                        .isEqualTo(country.getDisplayCountry(locale));
            }).extracting(state -> StateNames.of(state.iso3(), state.name(), locale)).doesNotHaveDuplicates();
        }
        for (String language : List.of("ru", "zh", "ar")) {
            Locale locale = Locale.forLanguageTag(language);
            // In another script no name is also the English one: a fallback to English would show here.
            assertThat(states).as("names in %s", language).allSatisfy(state ->
                    assertThat(StateNames.of(state.iso3(), state.name(), locale)).as(state.iso3())
                            .isNotEqualTo(state.name())
                            .isNotEqualTo(country(state.iso3()).getDisplayCountry(Locale.ENGLISH)));
        }
    }

    /** The country with this alpha-3 code, looked up independently of {@link StateNames}. */
    private static Locale country(String alpha3) {
        return Arrays.stream(Locale.getISOCountries()).map(alpha2 -> new Locale("", alpha2))
                .filter(country -> country.getISO3Country().equals(alpha3)).findFirst()
                .orElseThrow(() -> new AssertionError(alpha3 + " is not a country code the JDK knows"));
    }
}
