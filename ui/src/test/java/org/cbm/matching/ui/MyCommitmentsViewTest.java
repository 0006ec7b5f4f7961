package org.cbm.matching.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.util.stream.IntStream;
import org.cbm.RoleAccess;
import org.cbm.SignedInUi;
import org.cbm.matching.Match;
import org.cbm.matching.MatchStatus;
import org.junit.jupiter.api.Test;

/** A provider follows what it committed to deliver and reports the start of delivery; completion is the State's. */
class MyCommitmentsViewTest extends MatchViewTest {

    @Test
    void theProviderReportsTheStartOfDeliveryButNotItsCompletion() {
        Match confirmed = marketplace.match(request, 0, offer, MatchStatus.CONFIRMED);
        Match inDelivery = marketplace.match(request, 1, offer, MatchStatus.IN_DELIVERY);
        SignedInUi.as(context, SignedInUi.PROVIDER);
        UI.getCurrent().navigate("commitments");

        assertThat(GridKt._getFormattedRow(grid(), row(confirmed))).contains("Kenya", request.title(), "Confirmed");
        grid().select(row(inDelivery));
        assertThat(_find(Button.class, spec -> spec.withId("complete"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("start-delivery"))).isEmpty();

        grid().select(row(confirmed));
        _click(_get(Button.class, spec -> spec.withId("start-delivery")));

        assertThat(marketplace.reload(confirmed).status()).isEqualTo(MatchStatus.IN_DELIVERY);
        assertThat(GridKt._getFormattedRow(grid(), row(confirmed))).contains("In delivery");
    }

    @Test
    void recipientsAndCoordinatorsCannotOpenIt() {
        RoleAccess.assertRefused(context, MyCommitmentsView.class, "commitments",
                SignedInUi.RECIPIENT, SignedInUi.COORDINATOR);
    }

    @SuppressWarnings("unchecked")
    private static Grid<MatchSummary> grid() {
        return _get(Grid.class, spec -> spec.withId("commitment-grid"));
    }

    private static MatchSummary row(Match match) {
        Grid<MatchSummary> grid = grid();
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i))
                .filter(summary -> summary.match().id().equals(match.id())).findFirst().orElseThrow();
    }
}
