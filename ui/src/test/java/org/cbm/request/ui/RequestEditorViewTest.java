package org.cbm.request.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cbm.RoleAccess;
import org.cbm.SignedInUi;
import org.cbm.TestMarketplace;
import org.cbm.forms.NotVisibleNotice;
import org.cbm.request.AssistanceRequest;
import org.cbm.request.RequestService;
import org.cbm.request.RequestStatus;
import org.cbm.request.WorkPackage;
import org.cbm.solver.instance.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;

/** A recipient State writes, publishes and withdraws its requests; nobody else sees its drafts. */
@SpringBootTest
class RequestEditorViewTest {

    private static final String KENYA = "KEN";

    @Autowired
    ApplicationContext context;

    @Autowired
    RequestService requests;

    @RegisterExtension
    final TestMarketplace marketplace = new TestMarketplace();

    @AfterEach
    void closeUi() {
        SignedInUi.close();
    }

    @Test
    void aRecipientSavesADraftAtItsOwnAddressThenPublishesItWithItsPackages() {
        SignedInUi.as(context, SignedInUi.RECIPIENT);
        UI.getCurrent().navigate("requests/new");

        set(TextField.class, "request-title", "National CSIRT: incident handling");
        set(TextArea.class, "request-description", "Procedures and exercises for the government CERT.");
        fillPackage(0, Theme.INCIDENT_RESPONSE, 20, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 6, 30));
        _click(_get(Button.class, spec -> spec.withId("add-package")));
        fillPackage(1, Theme.SKILLS_TRAINING, 8, LocalDate.of(2027, 9, 1), LocalDate.of(2027, 9, 30));
        _click(_get(Button.class, spec -> spec.withId("save-draft")));

        String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        assertThat(path).startsWith("requests/r-");
        String id = path.substring("requests/".length());
        marketplace.published(id);
        AssistanceRequest draft = requests.get(id);
        assertThat(draft.status()).isEqualTo(RequestStatus.DRAFT);
        assertThat(draft.recipientId()).isEqualTo(KENYA);
        assertThat(draft.packages()).extracting(WorkPackage::days).containsExactly(20, 8);

        _click(_get(Button.class, spec -> spec.withId("publish")));

        AssistanceRequest published = requests.get(id);
        assertThat(published.status()).isEqualTo(RequestStatus.PUBLISHED);
        assertThat(published.title()).isEqualTo("National CSIRT: incident handling");
        assertThat(published.packages()).extracting(WorkPackage::theme)
                .containsExactly(Theme.INCIDENT_RESPONSE, Theme.SKILLS_TRAINING);
        assertThat(published.packages().get(0).languages()).containsExactly("en", "fr");
        assertThat(_get(Span.class, spec -> spec.withId("request-status")).getText()).contains("Published");
        assertThat(_find(Button.class, spec -> spec.withId("publish"))).isEmpty();
        assertThat(_get(TextField.class, spec -> spec.withId("request-title")).isReadOnly()).isTrue();
    }

    @Test
    void wrongEntriesAreNamedNextToTheirFieldsAndNothingIsStored() {
        SignedInUi.as(context, SignedInUi.RECIPIENT);
        long before = ownRequests();
        UI.getCurrent().navigate("requests/new");

        set(TextField.class, "request-title", "Cybercrime law review");
        fillPackage(0, Theme.LEGISLATION, 0, LocalDate.of(2027, 6, 1), LocalDate.of(2027, 5, 1));
        _click(_get(Button.class, spec -> spec.withId("save-draft")));

        IntegerField days = _get(IntegerField.class, spec -> spec.withId("package-0-days"));
        DatePicker end = _get(DatePicker.class, spec -> spec.withId("package-0-end"));
        assertThat(days.isInvalid()).isTrue();
        assertThat(days.getErrorMessage()).isEqualTo("Enter a number of expert-days greater than 0.");
        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage()).isEqualTo("The end date cannot be before the start date.");
        assertThat(_get(DatePicker.class, spec -> spec.withId("package-0-start")).isInvalid()).isFalse();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("requests/new");
        assertThat(ownRequests()).isEqualTo(before);
        assertThat(_get(TextField.class, spec -> spec.withId("request-title")).getValue()).isEqualTo("Cybercrime law review");
    }

    @Test
    void aRequestNeedsATitleAndAtLeastOneWorkPackage() {
        SignedInUi.as(context, SignedInUi.RECIPIENT);
        long before = ownRequests();
        UI.getCurrent().navigate("requests/new");

        _click(_get(Button.class, spec -> spec.withId("package-0-remove")));
        _click(_get(Button.class, spec -> spec.withId("save-draft")));

        assertThat(_get(TextField.class, spec -> spec.withId("request-title")).getErrorMessage())
                .isEqualTo("Fill in this field.");
        assertThat(_get(Span.class, spec -> spec.withId("packages-error")).getText())
                .isEqualTo("Add at least one work package.");
        assertThat(ownRequests()).isEqualTo(before);
    }

    @Test
    void aRecipientWithdrawsARequestAfterConfirming() {
        SignedInUi.as(context, SignedInUi.RECIPIENT);
        AssistanceRequest published = marketplace.publishedRequest(KENYA, 12);
        UI.getCurrent().navigate("requests/" + published.id());

        _click(_get(Button.class, spec -> spec.withId("withdraw")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("withdraw-dialog")));

        assertThat(requests.get(published.id()).status()).isEqualTo(RequestStatus.WITHDRAWN);
        assertThat(_get(Span.class, spec -> spec.withId("request-status")).getText()).contains("Withdrawn");
        assertThat(_find(Button.class, spec -> spec.withId("withdraw"))).isEmpty();
    }

    @Test
    void aProviderOpeningAStatesDraftSeesNoneOfIt() {
        SignedInUi.as(context, SignedInUi.RECIPIENT);
        AssistanceRequest draft = requests.create(new RequestService.RequestInput(null, "Confidential draft",
                "Not for providers yet", List.of(packageInput())));
        SignedInUi.close();

        SignedInUi.as(context, SignedInUi.PROVIDER);
        UI.getCurrent().navigate("requests/" + draft.id());

        _get(NotVisibleNotice.class, spec -> spec.withId("request-not-found"));
        assertThat(_find(TextField.class, spec -> spec.withId("request-title"))).isEmpty();
        assertThat(PrettyPrintTreeKt.toPrettyTree(UI.getCurrent())).doesNotContain("Confidential draft", "Not for providers");
    }

    @Test
    void aChangeMadeMeanwhileIsNotOverwrittenAndTheEntriesStayUntilReloaded() {
        SignedInUi.as(context, SignedInUi.RECIPIENT);
        AssistanceRequest draft = requests.create(new RequestService.RequestInput(null, "First title", null,
                List.of(packageInput())));
        UI.getCurrent().navigate("requests/" + draft.id());
        requests.revise(draft.id(), new RequestService.RequestInput(draft.version(), "Changed by a colleague", null,
                List.of(packageInput())));

        set(TextField.class, "request-title", "My own title");
        _click(_get(Button.class, spec -> spec.withId("save-draft")));

        ConfirmDialog conflict = _get(ConfirmDialog.class, spec -> spec.withId("conflict-dialog"));
        assertThat(requests.get(draft.id()).title()).isEqualTo("Changed by a colleague");
        assertThat(_get(TextField.class, spec -> spec.withId("request-title")).getValue()).isEqualTo("My own title");

        ConfirmDialogKt._fireConfirm(conflict);
        assertThat(_get(TextField.class, spec -> spec.withId("request-title")).getValue())
                .isEqualTo("Changed by a colleague");
    }

    @Test
    void aCoordinatorReadsAPublishedRequestWithoutActions() {
        AssistanceRequest published = marketplace.publishedRequest(KENYA, 5);
        SignedInUi.as(context, SignedInUi.COORDINATOR);
        UI.getCurrent().navigate("requests/" + published.id());

        assertThat(_get(TextField.class, spec -> spec.withId("request-title")).getValue()).isEqualTo(published.title());
        assertThat(_get(TextField.class, spec -> spec.withId("request-title")).isReadOnly()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withId("withdraw"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("save-draft"))).isEmpty();
    }

    @Test
    void administratorsCannotOpenRequests() {
        AssistanceRequest published = marketplace.publishedRequest(KENYA, 5);
        RoleAccess.assertRefused(context, RequestEditorView.class, "requests/" + published.id(), SignedInUi.ADMIN);
    }

    private long ownRequests() {
        return requests.list(new RequestService.RequestFilter(null, KENYA), PageRequest.of(0, 1)).getTotalElements();
    }

    private static RequestService.PackageInput packageInput() {
        return new RequestService.PackageInput(null, Theme.STRATEGY_POLICY, Set.of("en"), 10, 2,
                LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 30), null);
    }

    @SuppressWarnings("unchecked")
    private static void fillPackage(int index, Theme theme, int days, LocalDate start, LocalDate end) {
        String prefix = "package-" + index + "-";
        HasValueUtilsKt._setValue(_get(ComboBox.class, spec -> spec.withId(prefix + "theme")), theme);
        HasValueUtilsKt._setValue(_get(MultiSelectComboBox.class, spec -> spec.withId(prefix + "languages")), Set.of("en", "fr"));
        HasValueUtilsKt._setValue(_get(IntegerField.class, spec -> spec.withId(prefix + "days")), days);
        HasValueUtilsKt._setValue(_get(Select.class, spec -> spec.withId(prefix + "urgency")), 3);
        HasValueUtilsKt._setValue(_get(DatePicker.class, spec -> spec.withId(prefix + "start")), start);
        HasValueUtilsKt._setValue(_get(DatePicker.class, spec -> spec.withId(prefix + "end")), end);
    }

    private static <V, F extends Component & HasValue<?, V>> void set(
            Class<F> type, String id, V value) {
        HasValueUtilsKt._setValue(_get(type, spec -> spec.withId(id)), value);
    }
}
