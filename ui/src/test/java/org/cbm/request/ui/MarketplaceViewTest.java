package org.cbm.request.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.stream.IntStream;
import org.cbm.RoleAccess;
import org.cbm.SignedInUi;
import org.cbm.TestMarketplace;
import org.cbm.account.AccountService;
import org.cbm.request.AssistanceRequest;
import org.cbm.request.MarketplaceQuery;
import org.cbm.request.RequestCatalogue;
import org.cbm.solver.instance.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** The marketplace with the real services and the demo marketplace on the embedded database. */
@SpringBootTest
class MarketplaceViewTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    RequestCatalogue catalogue;

    @Autowired
    AccountService accounts;

    @RegisterExtension
    final TestMarketplace marketplace = new TestMarketplace();

    @AfterEach
    void closeUi() {
        SignedInUi.close();
    }

    @Test
    void asksAnonymousVisitorsToSignIn() {
        SignedInUi.anonymous(context);
        UI.getCurrent().navigate(MarketplaceView.class);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("login");
    }

    @Test
    void isNotForRecipientsOrAdministrators() {
        RoleAccess.assertRefused(context, MarketplaceView.class, "marketplace", SignedInUi.RECIPIENT, SignedInUi.ADMIN);
    }

    @Test
    void listsEveryPublishedRequestWithItsState() {
        SignedInUi.as(context, SignedInUi.PROVIDER);
        UI.getCurrent().navigate(MarketplaceView.class);

        Grid<MarketplaceView.RequestRow> grid = grid();
        assertThat((long) GridKt._size(grid)).isEqualTo(catalogue.count(MarketplaceQuery.ANY)).isPositive();
        IntStream.range(0, Math.min(60, GridKt._size(grid))).mapToObj(i -> GridKt._get(grid, i)).forEach(row -> {
            assertThat(row.recipientName()).isNotBlank().isNotEqualTo(row.request().recipientId());
            assertThat(row.request().packages()).isNotEmpty();
        });
    }

    @Test
    void filtersByThemeAndText() {
        SignedInUi.as(context, SignedInUi.PROVIDER);
        UI.getCurrent().navigate(MarketplaceView.class);

        @SuppressWarnings("unchecked")
        ComboBox<Theme> theme = _get(ComboBox.class, spec -> spec.withId("marketplace-filter-theme"));
        HasValueUtilsKt._setValue(theme, Theme.INCIDENT_RESPONSE);

        long incidentResponse = catalogue.count(new MarketplaceQuery(Theme.INCIDENT_RESPONSE, null, null, null, null, null, null));
        assertThat((long) GridKt._size(grid())).isEqualTo(incidentResponse).isLessThan(catalogue.count(MarketplaceQuery.ANY)).isPositive();
        IntStream.range(0, GridKt._size(grid())).mapToObj(i -> GridKt._get(grid(), i)).forEach(row ->
                assertThat(row.request().packages()).anyMatch(p -> p.theme() == Theme.INCIDENT_RESPONSE));

        AssistanceRequest first = GridKt._get(grid(), 0).request();
        String word = first.title().split(" ")[first.title().split(" ").length - 1].toUpperCase();
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withId("marketplace-text")), word);
        assertThat(GridKt._size(grid())).isPositive();
        IntStream.range(0, GridKt._size(grid())).mapToObj(i -> GridKt._get(grid(), i).request()).forEach(request ->
                assertThat((request.title() + " " + request.description()).toUpperCase()).contains(word));
    }

    @Test
    void aProviderOpensARequestAndMarksInterestOnce() {
        // A request of the test's own: the mark stays on it, and the demo requests stay unmarked.
        AssistanceRequest request = marketplace.publishedRequest("KEN", 10);
        SignedInUi.as(context, SignedInUi.PROVIDER);
        UI.getCurrent().navigate(RequestDetailView.class, request.id());

        _click(_get(Button.class, spec -> spec.withId("mark-interest")));

        String provider = accounts.findByEmail(SignedInUi.PROVIDER).orElseThrow().organisationId();
        assertThat(catalogue.find(request.id()).orElseThrow().isInterestedProvider(provider)).isTrue();
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Button.class, spec -> spec.withId("mark-interest"))).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Grid<MarketplaceView.RequestRow> grid() {
        return _get(Grid.class, spec -> spec.withId("marketplace-grid"));
    }
}
