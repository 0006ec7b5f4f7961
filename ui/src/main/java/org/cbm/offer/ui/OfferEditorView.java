package org.cbm.offer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.cbm.account.Actor;
import org.cbm.account.CurrentActor;
import org.cbm.forms.ItemEditorView;
import org.cbm.offer.Offer;
import org.cbm.offer.OfferService;
import org.cbm.offer.OfferStatus;
import org.cbm.shell.MainLayout;

/**
 * One offer of the signed-in provider: written as a draft, activated for the matching, revised while it is
 * open, closed when it is no longer available. Another provider's active or closed offer is shown as it stands.
 */
@Route(value = "offers/:id", layout = MainLayout.class)
@RolesAllowed("PROVIDER")
class OfferEditorView extends ItemEditorView<Offer, OfferService.OfferInput> implements HasDynamicTitle {

    private final OfferService offers;
    private final Actor actor;
    private final H1 heading = new H1();
    private final Span status = new Span();
    private final Paragraph readOnlyHint = new Paragraph();
    private final OfferForm form = new OfferForm();
    private final Button save = new Button(getTranslation("common.save"), VaadinIcon.DISC.create());
    private final Button activate = new Button(getTranslation("offer.activate"), VaadinIcon.PLAY.create());
    private final Button close = new Button(getTranslation("offer.close"), VaadinIcon.STOP.create());

    OfferEditorView(OfferService offers, CurrentActor currentActor) {
        super("offer-not-found");
        this.offers = offers;
        this.actor = currentActor.require();
        status.setId("offer-status");
        save.setId("save-offer");
        save.addClickListener(click -> saveEntries(getTranslation("offer.saved")));
        activate.setId("activate-offer");
        activate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        activate.addClickListener(click -> saveThen(draft -> offers.activate(draft.id(), draft.version()),
                getTranslation("offer.activated")));
        close.setId("close-offer");
        close.addThemeVariants(ButtonVariant.LUMO_ERROR);
        close.addClickListener(click -> confirmThen("close-dialog", getTranslation("offer.close.title"),
                getTranslation("offer.close.text"), getTranslation("offer.close"),
                offer -> offers.close(offer.id(), offer.version()), getTranslation("offer.closed")));
        addComponentAsFirst(new RouterLink(getTranslation("offer.back"), MyOffersView.class));
        content.add(heading, status, readOnlyHint, form, new HorizontalLayout(save, activate, close));
    }

    @Override
    public String getPageTitle() {
        return current().map(offer -> getTranslation("offer.pageTitle", offer.title()))
                .orElseGet(() -> getTranslation("offer.new"));
    }

    @Override
    protected Offer fetch(String id) {
        return offers.get(id);
    }

    @Override
    protected String idOf(Offer offer) {
        return offer.id();
    }

    @Override
    protected Long versionOf(Offer offer) {
        return offer.version();
    }

    @Override
    protected Offer create(OfferService.OfferInput input) {
        return offers.create(input);
    }

    @Override
    protected Offer revise(String id, OfferService.OfferInput input) {
        return offers.revise(id, input);
    }

    @Override
    protected boolean mayCreate() {
        return true;
    }

    @Override
    protected void showInForm(Offer offer) {
        form.show(offer);
    }

    @Override
    protected Optional<OfferService.OfferInput> validEntries(Long version) {
        return form.validInput(version);
    }

    @Override
    protected boolean entriesChanged() {
        return form.hasChanges();
    }

    @Override
    protected void showStatus(Offer offer) {
        boolean own = offer == null || actor.belongsTo(offer.providerId());
        OfferStatus state = offer == null ? OfferStatus.DRAFT : offer.status();
        boolean editable = own && (offer == null || offer.isRevisable());
        heading.setText(offer == null ? getTranslation("offer.new") : offer.title());
        status.setText(getTranslation("offer.status", getTranslation("status.offer." + state.name())));
        readOnlyHint.setText(getTranslation("offer.readOnly"));
        readOnlyHint.setVisible(!editable);
        form.setEditable(editable);
        save.setVisible(editable);
        activate.setVisible(editable && state == OfferStatus.DRAFT);
        close.setVisible(editable && offer != null && offer.isClosable());
    }
}
