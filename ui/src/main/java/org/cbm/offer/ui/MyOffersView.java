package org.cbm.offer.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.cbm.account.CurrentActor;
import org.cbm.forms.Fields;
import org.cbm.offer.Offer;
import org.cbm.offer.OfferService;
import org.cbm.shell.Formats;
import org.cbm.shell.MainLayout;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The offers of the signed-in official's organisation, drafts included. A row opens the offer. */
@Route(value = "offers", layout = MainLayout.class)
@Menu(title = "nav.offers", order = 25, icon = "PACKAGE")
@RolesAllowed("PROVIDER")
class MyOffersView extends VerticalLayout implements HasDynamicTitle {

    private static final Sort LAST_CHANGED_FIRST = Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.asc("id"));

    MyOffersView(OfferService offers, CurrentActor currentActor) {
        setSizeFull();
        Button newOffer = new Button(getTranslation("offers.new"), VaadinIcon.PLUS.create(),
                click -> UI.getCurrent().navigate(OfferEditorView.class,
                        new RouteParameters(OfferEditorView.ID, OfferEditorView.NEW)));
        newOffer.setId("new-offer");
        newOffer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        OfferService.OfferFilter own = new OfferService.OfferFilter(null, currentActor.require().organisationId(), null);
        Grid<Offer> grid = new Grid<>();
        grid.setId("my-offers");
        grid.setAriaLabel(getTranslation("nav.offers"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(offer -> new RouterLink(offer.title(), OfferEditorView.class,
                new RouteParameters(OfferEditorView.ID, offer.id())))
                .setHeader(getTranslation("offers.column.title")).setFlexGrow(3);
        grid.addColumn(offer -> getTranslation("status.offer." + offer.status().name()))
                .setHeader(getTranslation("common.status")).setAutoWidth(true);
        grid.addColumn(this::themes).setHeader(getTranslation("offers.column.themes")).setFlexGrow(3);
        grid.addColumn(this::languages).setHeader(getTranslation("offers.column.languages")).setFlexGrow(2);
        grid.addColumn(offer -> Formats.number(offer.capacityDays(), getLocale()))
                .setHeader(getTranslation("offers.column.capacity")).setAutoWidth(true);
        grid.addColumn(offer -> Formats.period(offer.start(), offer.end(), getLocale()))
                .setHeader(getTranslation("offers.column.period")).setFlexGrow(2);
        grid.addItemClickListener(click -> UI.getCurrent().navigate(OfferEditorView.class,
                new RouteParameters(OfferEditorView.ID, click.getItem().id())));
        grid.setItems(
                query -> offers.list(own, PageRequest.of(query.getPage(), query.getPageSize(), LAST_CHANGED_FIRST)).stream(),
                query -> (int) offers.list(own, PageRequest.of(0, 1)).getTotalElements());
        grid.setSizeFull();

        add(new H1(getPageTitle()), new Paragraph(getTranslation("offers.mine.intro")), newOffer, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.offers");
    }

    private String themes(Offer offer) {
        return Fields.byThemeName(offer.themes()).stream().map(Fields::themeName).collect(Collectors.joining(", "));
    }

    private String languages(Offer offer) {
        return offer.languages().stream().map(code -> getTranslation("language." + code)).collect(Collectors.joining(", "));
    }
}
