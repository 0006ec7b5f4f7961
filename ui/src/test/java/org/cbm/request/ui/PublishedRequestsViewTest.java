package org.cbm.request.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.util.stream.IntStream;
import org.cbm.SignedInUi;
import org.cbm.request.RequestCatalogue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** The first page, with the real services and the demo marketplace on the embedded database. */
@SpringBootTest
class PublishedRequestsViewTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    RequestCatalogue catalogue;

    @AfterEach
    void closeUi() {
        SignedInUi.close();
    }

    @Test
    void asksAnonymousVisitorsToSignIn() {
        SignedInUi.anonymous(context);
        UI.getCurrent().navigate(PublishedRequestsView.class);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("login");
    }

    @Test
    void listsEveryPublishedRequestWithItsStateAndWorkPackages() {
        SignedInUi.as(context, SignedInUi.PROVIDER);
        UI.getCurrent().navigate(PublishedRequestsView.class);

        @SuppressWarnings("unchecked")
        Grid<PublishedRequestsView.RequestRow> grid = _get(Grid.class, spec -> spec.withId("published-requests"));
        assertThat(GridKt._size(grid)).isEqualTo(120).isEqualTo(catalogue.countPublished());
        IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).forEach(row -> {
            assertThat(row.recipientName()).isNotBlank().isNotEqualTo(row.request().recipientId());
            assertThat(row.request().packages()).isNotEmpty();
        });
        assertThat(GridKt._getFormattedRow(grid, 0)).anySatisfy(cell -> assertThat(cell).isNotBlank());
    }
}
