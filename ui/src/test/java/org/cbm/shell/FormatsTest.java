package org.cbm.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.cbm.organisation.Organisation;
import org.cbm.organisation.StateProfile;
import org.cbm.solver.instance.IncomeGroup;
import org.cbm.solver.instance.OrganisationKind;
import org.cbm.solver.instance.Region;
import org.junit.jupiter.api.Test;

/** States are named in the reader's language; the reference list's official names stay in English. */
class FormatsTest {

    private static final Organisation KENYA = Organisation.state("KEN", "Kenya",
            new StateProfile(Region.AFRICA, IncomeGroup.LMC, false, false, false, List.of("en")));
    private static final Organisation BOLIVIA = Organisation.state("BOL", "Bolivia (Plurinational State of)",
            new StateProfile(Region.AMERICAS, IncomeGroup.LMC, false, true, false, List.of("es")));

    @Test
    void aStateIsNamedInEachUnLanguage() {
        assertThat(Formats.name(KENYA, Locale.ENGLISH)).isEqualTo("Kenya");
        assertThat(Formats.name(KENYA, Locale.FRENCH)).isEqualTo("Kenya");
        assertThat(Formats.name(KENYA, Locale.forLanguageTag("es"))).isEqualTo("Kenia");
        assertThat(Formats.name(KENYA, Locale.forLanguageTag("ru"))).isEqualTo("Кения");
        assertThat(Formats.name(KENYA, Locale.CHINESE)).isEqualTo("肯尼亚");
        assertThat(Formats.name(KENYA, Locale.forLanguageTag("ar"))).isEqualTo("كينيا");
    }

    @Test
    void englishKeepsTheOfficialNameAndPartnersKeepTheirs() {
        assertThat(Formats.name(BOLIVIA, Locale.ENGLISH)).isEqualTo("Bolivia (Plurinational State of)");
        Organisation partner = Organisation.partner("baltic-cyber-academy", "Baltic Cyber Academy", OrganisationKind.ACADEMIA);
        assertThat(Formats.name(partner, Locale.forLanguageTag("ru"))).isEqualTo("Baltic Cyber Academy");
        assertThat(Formats.stateName("XXX", "Nowhere", Locale.FRENCH)).isEqualTo("Nowhere");
    }
}
