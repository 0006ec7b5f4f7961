package org.cbm.offer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.stream.IntStream;
import org.cbm.RoleAccess;
import org.cbm.SignedInUi;
import org.cbm.TestMarketplace;
import org.cbm.offer.Offer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** A provider's own offers; a row and the new offer button open the editor. */
@SpringBootTest
class MyOffersViewTest {

    @Autowired
    ApplicationContext context;

    @RegisterExtension
    final TestMarketplace marketplace = new TestMarketplace();

    @AfterEach
    void closeUi() {
        SignedInUi.close();
    }

    @Test
    void listsOnlyTheProvidersOwnOffersAndOpensThem() {
        Offer own = marketplace.activeOffer("EST");
        Offer another = marketplace.activeOffer("NOR");
        SignedInUi.as(context, SignedInUi.PROVIDER);
        UI.getCurrent().navigate("offers");

        Grid<Offer> grid = grid();
        List<Offer> rows = IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
        assertThat(rows).allSatisfy(offer -> assertThat(offer.providerId()).isEqualTo("EST"));
        assertThat(rows).extracting(Offer::id).contains(own.id()).doesNotContain(another.id());
        assertThat(GridKt._getFormattedRow(grid, own)).contains("Active", "Incident response", "English, French", "200");

        GridKt._clickItem(grid, rows.indexOf(rows.stream().filter(o -> o.id().equals(own.id())).findFirst().orElseThrow()));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("offers/" + own.id());

        UI.getCurrent().navigate("offers");
        _click(_get(Button.class, spec -> spec.withId("new-offer")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("offers/new");
    }

    @Test
    void recipientsAndCoordinatorsCannotOpenIt() {
        RoleAccess.assertRefused(context, MyOffersView.class, "offers", SignedInUi.RECIPIENT, SignedInUi.COORDINATOR);
    }

    @SuppressWarnings("unchecked")
    private static Grid<Offer> grid() {
        return _get(Grid.class, spec -> spec.withId("my-offers"));
    }
}
