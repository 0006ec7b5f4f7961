package org.cbm.offer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.cbm.RoleAccess;
import org.cbm.SignedInUi;
import org.cbm.TestMarketplace;
import org.cbm.forms.NotVisibleNotice;
import org.cbm.offer.Offer;
import org.cbm.offer.OfferService;
import org.cbm.offer.OfferStatus;
import org.cbm.solver.instance.IncomeGroup;
import org.cbm.solver.instance.Region;
import org.cbm.solver.instance.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.mongodb.core.MongoOperations;

/** A provider writes, activates and closes its offers, with eligibility by objective criteria only. */
@SpringBootTest
class OfferEditorViewTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    OfferService offers;

    @Autowired
    MongoOperations mongo;

    @RegisterExtension
    final TestMarketplace marketplace = new TestMarketplace();

    @AfterEach
    void closeUi() {
        SignedInUi.close();
    }

    @Test
    void aProviderCreatesAnOfferActivatesItAndClosesIt() {
        SignedInUi.as(context, SignedInUi.PROVIDER);
        UI.getCurrent().navigate("offers/new");

        fill("Incident response mentoring", 60, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));
        multiSelect("offer-regions").accept(Set.of(Region.AFRICA, Region.OCEANIA));
        multiSelect("offer-income-groups").accept(Set.of(IncomeGroup.LIC, IncomeGroup.LMC));
        _click(_get(Button.class, spec -> spec.withId("activate-offer")));

        String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        // Closed after the test even if a check fails before the test closes it: solver runs take every active offer.
        marketplace.activated(path.substring(path.lastIndexOf('/') + 1));
        assertThat(path).startsWith("offers/o-");
        Offer active = offers.get(path.substring("offers/".length()));
        assertThat(active.status()).isEqualTo(OfferStatus.ACTIVE);
        assertThat(active.providerId()).isEqualTo("EST");
        assertThat(active.capacityDays()).isEqualTo(60);
        assertThat(active.themes()).containsExactlyInAnyOrder(Theme.INCIDENT_RESPONSE, Theme.SKILLS_TRAINING);
        assertThat(active.eligibleRegions()).containsExactlyInAnyOrder(Region.AFRICA, Region.OCEANIA);
        assertThat(active.eligibleIncomeGroups()).containsExactlyInAnyOrder(IncomeGroup.LIC, IncomeGroup.LMC);
        assertThat(_find(Button.class, spec -> spec.withId("activate-offer"))).isEmpty();

        _click(_get(Button.class, spec -> spec.withId("close-offer")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("close-dialog")));

        assertThat(offers.get(active.id()).status()).isEqualTo(OfferStatus.CLOSED);
        assertThat(_get(TextField.class, spec -> spec.withId("offer-title")).isReadOnly()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withId("save-offer"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("close-offer"))).isEmpty();
    }

    @Test
    void aSavedDraftIsRevisedAndAnOfferForEveryoneHasNoEligibilityLimits() {
        SignedInUi.as(context, SignedInUi.PROVIDER);
        UI.getCurrent().navigate("offers/new");
        fill("Awareness campaigns", 20, LocalDate.of(2027, 2, 1), LocalDate.of(2027, 5, 31));
        _click(_get(Button.class, spec -> spec.withId("save-offer")));
        String id = UI.getCurrent().getInternals().getActiveViewLocation().getPath().substring("offers/".length());

        HasValueUtilsKt._setValue(_get(IntegerField.class, spec -> spec.withId("offer-capacity")), 25);
        _click(_get(Button.class, spec -> spec.withId("save-offer")));

        Offer draft = offers.get(id);
        assertThat(draft.status()).isEqualTo(OfferStatus.DRAFT);
        assertThat(draft.capacityDays()).isEqualTo(25);
        assertThat(draft.eligibleRegions()).isEmpty();
        assertThat(draft.eligibleIncomeGroups()).isEmpty();
    }

    @Test
    void wrongEntriesAreNamedNextToTheirFieldsAndNothingIsStored() {
        SignedInUi.as(context, SignedInUi.PROVIDER);
        long before = ownOffers();
        UI.getCurrent().navigate("offers/new");

        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withId("offer-title")), "Forensics lab set-up");
        HasValueUtilsKt._setValue(_get(IntegerField.class, spec -> spec.withId("offer-capacity")), 0);
        HasValueUtilsKt._setValue(_get(DatePicker.class, spec -> spec.withId("offer-start")), LocalDate.of(2027, 6, 1));
        HasValueUtilsKt._setValue(_get(DatePicker.class, spec -> spec.withId("offer-end")), LocalDate.of(2027, 1, 1));
        _click(_get(Button.class, spec -> spec.withId("save-offer")));

        assertThat(_get(IntegerField.class, spec -> spec.withId("offer-capacity")).getErrorMessage())
                .isEqualTo("Enter a number of expert-days greater than 0.");
        assertThat(_get(DatePicker.class, spec -> spec.withId("offer-end")).getErrorMessage())
                .isEqualTo("The end date cannot be before the start date.");
        assertThat(multiSelectField("offer-themes").getErrorMessage()).isEqualTo("Choose at least one theme.");
        assertThat(multiSelectField("offer-languages").getErrorMessage()).isEqualTo("Choose at least one language.");
        assertThat(ownOffers()).isEqualTo(before);
    }

    @Test
    void aChangeMadeMeanwhileIsNotOverwritten() {
        SignedInUi.as(context, SignedInUi.PROVIDER);
        Offer draft = offers.create(input(null, "Original title"));
        UI.getCurrent().navigate("offers/" + draft.id());
        offers.revise(draft.id(), input(draft.version(), "Changed by a colleague"));

        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withId("offer-title")), "My title");
        _click(_get(Button.class, spec -> spec.withId("save-offer")));

        _get(ConfirmDialog.class, spec -> spec.withId("conflict-dialog"));
        assertThat(offers.get(draft.id()).title()).isEqualTo("Changed by a colleague");
        assertThat(_get(TextField.class, spec -> spec.withId("offer-title")).getValue()).isEqualTo("My title");
    }

    @Test
    void anotherProvidersDraftIsNotVisibleAndRecipientsCannotOpenOffers() {
        Offer norwegianDraft = mongo.insert(Offer.draft("o-" + UUID.randomUUID(), "NOR", new Offer.Terms(
                "Norwegian draft", null, Set.of(Theme.LEGISLATION), Set.of("en"), 10, LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 3, 31), Set.of(), Set.of())));

        SignedInUi.as(context, SignedInUi.PROVIDER);
        UI.getCurrent().navigate("offers/" + norwegianDraft.id());
        _get(NotVisibleNotice.class, spec -> spec.withId("offer-not-found"));
        assertThat(_find(TextField.class, spec -> spec.withId("offer-title"))).isEmpty();
        SignedInUi.close();

        RoleAccess.assertRefused(context, OfferEditorView.class, "offers/" + norwegianDraft.id(), SignedInUi.RECIPIENT);
    }

    private long ownOffers() {
        return offers.list(new OfferService.OfferFilter(null, "EST", null), PageRequest.of(0, 1)).getTotalElements();
    }

    private static OfferService.OfferInput input(Long version, String title) {
        return new OfferService.OfferInput(version, title, null, Set.of(Theme.DATA_PROTECTION), Set.of("en"), 15,
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30), Set.of(), Set.of());
    }

    private static void fill(String title, int capacity, LocalDate start, LocalDate end) {
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withId("offer-title")), title);
        multiSelect("offer-themes").accept(Set.of(Theme.INCIDENT_RESPONSE, Theme.SKILLS_TRAINING));
        multiSelect("offer-languages").accept(Set.of("en", "ru"));
        HasValueUtilsKt._setValue(_get(IntegerField.class, spec -> spec.withId("offer-capacity")), capacity);
        HasValueUtilsKt._setValue(_get(DatePicker.class, spec -> spec.withId("offer-start")), start);
        HasValueUtilsKt._setValue(_get(DatePicker.class, spec -> spec.withId("offer-end")), end);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static java.util.function.Consumer<Set<?>> multiSelect(String id) {
        MultiSelectComboBox field = multiSelectField(id);
        return values -> HasValueUtilsKt._setValue(field, values);
    }

    private static MultiSelectComboBox<?> multiSelectField(String id) {
        return _get(MultiSelectComboBox.class, spec -> spec.withId(id));
    }
}
