package org.cbm.matching.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.stream.IntStream;
import org.cbm.RoleAccess;
import org.cbm.SignedInUi;
import org.cbm.matching.Match;
import org.cbm.matching.MatchStatus;
import org.junit.jupiter.api.Test;

/** A recipient State follows the assistance committed to it and reports its start and completion. */
class MyAssistanceViewTest extends MatchViewTest {

    @Test
    void theRecipientReportsTheStartOfDeliveryAndItsCompletionWithARating() {
        Match confirmed = marketplace.match(request, 0, offer, MatchStatus.CONFIRMED);
        Match inDelivery = marketplace.match(request, 1, offer, MatchStatus.IN_DELIVERY);
        Match proposed = marketplace.match(request, 1, offer, MatchStatus.PROPOSED);
        SignedInUi.as(context, SignedInUi.RECIPIENT);
        UI.getCurrent().navigate("assistance");

        assertThat(rows()).extracting(summary -> summary.match().id()).contains(confirmed.id(), inDelivery.id())
                .doesNotContain(proposed.id());
        assertThat(GridKt._getFormattedRow(grid(), row(inDelivery))).contains("Estonia", offer.title(), "In delivery");

        grid().select(row(confirmed));
        assertThat(_find(Button.class, spec -> spec.withId("complete"))).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("start-delivery")));
        assertThat(marketplace.reload(confirmed).status()).isEqualTo(MatchStatus.IN_DELIVERY);

        grid().select(row(inDelivery));
        _click(_get(Button.class, spec -> spec.withId("complete")));
        _click(_get(Button.class, spec -> spec.withId("confirm-complete")));
        RadioButtonGroup<?> rating = _get(RadioButtonGroup.class, spec -> spec.withId("rating"));
        assertThat(rating.getErrorMessage()).isEqualTo("Choose a rating.");
        assertThat(marketplace.reload(inDelivery).status()).isEqualTo(MatchStatus.IN_DELIVERY);

        setRating(rating, 4);
        HasValueUtilsKt._setValue(_get(TextArea.class, spec -> spec.withId("completion-comment")),
                "The CERT now runs its own exercises.");
        _click(_get(Button.class, spec -> spec.withId("confirm-complete")));

        Match completed = marketplace.reload(inDelivery);
        assertThat(completed.status()).isEqualTo(MatchStatus.COMPLETED);
        assertThat(completed.completion().rating()).isEqualTo(4);
        assertThat(completed.completion().comment()).isEqualTo("The CERT now runs its own exercises.");
        assertThat(completed.completion().reportedBy()).isEqualTo(SignedInUi.RECIPIENT);
        assertThat(GridKt._getFormattedRow(grid(), row(inDelivery))).contains("Completed");
    }

    @Test
    void providersCoordinatorsAndAdministratorsCannotOpenIt() {
        RoleAccess.assertRefused(context, MyAssistanceView.class, "assistance",
                SignedInUi.PROVIDER, SignedInUi.COORDINATOR, SignedInUi.ADMIN);
    }

    @SuppressWarnings("unchecked")
    private static void setRating(RadioButtonGroup<?> rating, int value) {
        HasValueUtilsKt._setValue((RadioButtonGroup<Integer>) rating, value);
    }

    @SuppressWarnings("unchecked")
    static Grid<MatchSummary> grid() {
        return _get(Grid.class, spec -> spec.withId("assistance-grid"));
    }

    private static List<MatchSummary> rows() {
        Grid<MatchSummary> grid = grid();
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    private static MatchSummary row(Match match) {
        return rows().stream().filter(summary -> summary.match().id().equals(match.id())).findFirst().orElseThrow();
    }
}
