package org.cbm.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cbm.solver.instance.IncomeGroup;
import org.cbm.solver.instance.Region;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class StatesCsvTest {

    @Test
    void readsRowsAfterCommentsAndHeader() throws IOException {
        List<StatesCsv.Row> rows = read("# comment\n" + StatesCsv.HEADER + "\nMUS,Mauritius,Africa,UMC,false,false,true,en;fr\n");

        assertThat(rows).containsExactly(new StatesCsv.Row("MUS", "Mauritius",
                new StateProfile(Region.AFRICA, IncomeGroup.UMC, false, false, true, List.of("en", "fr"))));
        assertThat(rows.get(0).profile().priorityWeight()).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "KEN,Kenya,Africa,LMC,false,false,false         | line 3: expected 8 comma-separated columns, found 7",
            "KEN,Kenya,Atlantis,LMC,false,false,false,en    | line 3: unknown region 'Atlantis'",
            "KEN,Kenya,Africa,MIDDLE,false,false,false,en   | line 3: income_group 'MIDDLE' is not one of [LIC, LMC, UMC, HIC]",
            "KEN,Kenya,Africa,LMC,yes,false,false,en        | line 3: 'yes' is not true or false",
            "Kenya,Kenya,Africa,LMC,false,false,false,en    | line 3: iso3 'Kenya' is not three capital letters"
    })
    void aMalformedLineIsReportedWithItsNumber(String line, String message) {
        assertThatThrownBy(() -> read("# comment\n" + StatesCsv.HEADER + "\n" + line + "\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("states.csv " + message);
    }

    @Test
    void aMissingHeaderIsReported() {
        assertThatThrownBy(() -> read("KEN,Kenya,Africa,LMC,false,false,false,en\n"))
                .hasMessageContaining("line 1: expected the header");
    }

    private static List<StatesCsv.Row> read(String text) throws IOException {
        return StatesCsv.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
