package org.cbm.veto.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.text.Collator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.cbm.RoleAccess;
import org.cbm.SignedInUi;
import org.cbm.organisation.Organisation;
import org.cbm.veto.ProviderVetoService;
import org.cbm.veto.ProviderVetoes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** A recipient State's officials choose the providers it does not accept assistance from, and find them again. */
@SpringBootTest
class ProviderVetoesViewTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ProviderVetoService vetoes;

    @AfterEach
    void closeUi() {
        SignedInUi.close();
    }

    @Test
    void savesTheChosenProvidersAndShowsThemWhenOpenedAgain() {
        SignedInUi.as(context, SignedInUi.RECIPIENT);
        ProviderVetoes before = vetoes.mine();
        List<Organisation> chosen = vetoes.vetoable(Locale.ENGLISH).stream().limit(2).toList();
        Set<String> ids = chosen.stream().map(Organisation::id).collect(Collectors.toSet());
        assertThat(ids).as("a change to save").hasSize(2).isNotEqualTo(before.providerIds());
        try {
            UI.getCurrent().navigate(ProviderVetoesView.class);
            HasValueUtilsKt._setValue(providers(), Set.copyOf(chosen));
            _click(_get(Button.class, spec -> spec.withId(ProviderVetoesView.SAVE_ID)));

            assertThat(vetoes.mine().providerIds()).containsExactlyInAnyOrderElementsOf(ids);
            UI.getCurrent().navigate("");
            UI.getCurrent().navigate(ProviderVetoesView.class);
            assertThat(providers().getValue()).extracting(Organisation::id).containsExactlyInAnyOrderElementsOf(ids);
        } finally {
            // Other tests' solver runs read the demo State's vetoes: put them back.
            vetoes.replaceMine(vetoes.mine().version(), before.providerIds());
        }
    }

    @Test
    void listsTheProvidersInTheOrderOfTheReadersLanguage() {
        SignedInUi.as(context, SignedInUi.RECIPIENT);
        UI.getCurrent().setLocale(Locale.FRENCH);
        UI.getCurrent().navigate(ProviderVetoesView.class);

        List<String> names = providers().getListDataView().getItems().map(organisation -> organisation.name(Locale.FRENCH))
                .toList();
        // In French, Egypt and the United States are "Égypte" and "États-Unis": among the E's, not after "Zimbabwe".
        assertThat(names).contains("Égypte", "Espagne", "Zimbabwe")
                .isSortedAccordingTo(Collator.getInstance(Locale.FRENCH)::compare);
        assertThat(names.indexOf("Égypte")).isLessThan(names.indexOf("Espagne"));
    }

    @Test
    void onlyRecipientOfficialsOpenIt() {
        RoleAccess.assertRefused(context, ProviderVetoesView.class, "vetoes", SignedInUi.PROVIDER,
                SignedInUi.COORDINATOR, SignedInUi.ADMIN);
    }

    @SuppressWarnings("unchecked")
    private static MultiSelectComboBox<Organisation> providers() {
        return _get(MultiSelectComboBox.class, spec -> spec.withId(ProviderVetoesView.PROVIDERS_ID));
    }
}
