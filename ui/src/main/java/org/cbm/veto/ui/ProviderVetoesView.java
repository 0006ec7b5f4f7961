package org.cbm.veto.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import org.cbm.organisation.Organisation;
import org.cbm.shell.Feedback;
import org.cbm.shell.MainLayout;
import org.cbm.veto.ProviderVetoService;
import org.cbm.veto.ProviderVetoes;

/** A recipient State's officials choose the providers whose offers the solver must never propose to it. */
@Route(value = "vetoes", layout = MainLayout.class)
@Menu(title = "nav.vetoes", order = 19, icon = "BAN")
@RolesAllowed("RECIPIENT")
class ProviderVetoesView extends VerticalLayout implements HasDynamicTitle {

    static final String PROVIDERS_ID = "vetoed-providers";
    static final String SAVE_ID = "save-vetoes";

    private final ProviderVetoService vetoes;
    private final List<Organisation> vetoable;
    private final MultiSelectComboBox<Organisation> providers = new MultiSelectComboBox<>();
    private Long version;

    ProviderVetoesView(ProviderVetoService vetoes) {
        this.vetoes = vetoes;
        vetoable = vetoes.vetoable(getLocale());
        providers.setId(PROVIDERS_ID);
        providers.setLabel(getTranslation("vetoes.providers"));
        providers.setItems(vetoable);
        providers.setItemLabelGenerator(organisation -> organisation.name(getLocale()));
        providers.setWidthFull();
        Button save = new Button(getTranslation("vetoes.save"), click -> save());
        save.setId(SAVE_ID);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getPageTitle()), new Paragraph(getTranslation("vetoes.intro")),
                new Paragraph(getTranslation("vetoes.effect")), providers, save);
        setMaxWidth("60em");
        load();
    }

    private void load() {
        ProviderVetoes current = vetoes.mine();
        version = current.version();
        Set<String> vetoed = current.providerIds();
        providers.setValue(vetoable.stream().filter(organisation -> vetoed.contains(organisation.id())).toList());
    }

    private void save() {
        List<String> chosen = providers.getValue().stream().map(Organisation::id).toList();
        Feedback.attempt(() -> vetoes.replaceMine(version, chosen), this::load).ifPresent(saved -> {
            version = saved.version();
            Feedback.success(getTranslation("vetoes.saved", saved.providerIds().size()));
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.vetoes");
    }
}
