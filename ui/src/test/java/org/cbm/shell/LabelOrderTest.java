package org.cbm.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class LabelOrderTest {

    @Test
    void sortsAccentedNamesAmongTheirLetterNotAfterZ() {
        List<String> names = List.of("Zambie", "États-Unis d'Amérique", "Espagne", "Égypte", "Allemagne");

        assertThat(LabelOrder.sorted(names, Locale.FRENCH, Function.identity()))
                .containsExactly("Allemagne", "Égypte", "Espagne", "États-Unis d'Amérique", "Zambie");
    }

    @Test
    void ordersItemsByTheirLabelNotByThemselves() {
        record Choice(int code, String label) {
        }
        List<Choice> choices = List.of(new Choice(1, "Ürün"), new Choice(2, "Uzay"), new Choice(3, "Çay"));

        assertThat(LabelOrder.sorted(choices, Locale.forLanguageTag("tr"), Choice::label)).extracting(Choice::code)
                .containsExactly(3, 2, 1);
    }
}
