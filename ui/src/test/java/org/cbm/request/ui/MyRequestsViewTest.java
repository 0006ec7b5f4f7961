package org.cbm.request.ui;

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
import org.cbm.matching.MatchStatus;
import org.cbm.offer.Offer;
import org.cbm.request.AssistanceRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** A recipient State's own requests, with the share of their expert-days that committed matches cover. */
@SpringBootTest
class MyRequestsViewTest {

    @Autowired
    ApplicationContext context;

    @RegisterExtension
    final TestMarketplace marketplace = new TestMarketplace();

    @AfterEach
    void closeUi() {
        SignedInUi.close();
    }

    @Test
    void listsOnlyTheStatesOwnRequestsWithTheirCommittedCoverage() {
        AssistanceRequest own = marketplace.publishedRequest("KEN", 10, 30);
        AssistanceRequest another = marketplace.publishedRequest("MWI", 10);
        Offer offer = marketplace.activeOffer("EST");
        marketplace.match(own, 0, offer, MatchStatus.CONFIRMED);
        marketplace.match(own, 1, offer, MatchStatus.PROPOSED);

        SignedInUi.as(context, SignedInUi.RECIPIENT);
        UI.getCurrent().navigate("requests");

        Grid<MyRequestsView.RequestRow> grid = grid();
        List<MyRequestsView.RequestRow> rows = IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
        assertThat(rows).allSatisfy(row -> assertThat(row.request().recipientId()).isEqualTo("KEN"));
        assertThat(rows).noneMatch(row -> row.request().id().equals(another.id()));
        MyRequestsView.RequestRow row = rows.stream().filter(r -> r.request().id().equals(own.id())).findFirst().orElseThrow();
        assertThat(GridKt._getFormattedRow(grid, row)).contains("Published", "2", "40", "25% (10 of 40 expert-days)");
    }

    @Test
    void aRowAndTheNewRequestButtonOpenTheEditor() {
        AssistanceRequest own = marketplace.publishedRequest("KEN", 10);
        SignedInUi.as(context, SignedInUi.RECIPIENT);
        UI.getCurrent().navigate("requests");

        Grid<MyRequestsView.RequestRow> grid = grid();
        int index = IntStream.range(0, GridKt._size(grid))
                .filter(i -> GridKt._get(grid, i).request().id().equals(own.id())).findFirst().orElseThrow();
        GridKt._clickItem(grid, index);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("requests/" + own.id());

        UI.getCurrent().navigate("requests");
        _click(_get(Button.class, spec -> spec.withId("new-request")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("requests/new");
    }

    @Test
    void providersAndCoordinatorsCannotOpenIt() {
        RoleAccess.assertRefused(context, MyRequestsView.class, "requests",
                SignedInUi.PROVIDER, SignedInUi.COORDINATOR);
    }

    @SuppressWarnings("unchecked")
    private static Grid<MyRequestsView.RequestRow> grid() {
        return _get(Grid.class, spec -> spec.withId("my-requests"));
    }
}
