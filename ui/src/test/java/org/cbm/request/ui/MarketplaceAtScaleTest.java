package org.cbm.request.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cbm.SignedInUi;
import org.cbm.account.AccountService;
import org.cbm.account.Role;
import org.cbm.organisation.Organisation;
import org.cbm.organisation.OrganisationDirectory;
import org.cbm.request.AssistanceRequest;
import org.cbm.request.MarketplaceQuery;
import org.cbm.request.RequestCatalogue;
import org.cbm.request.WorkPackage;
import org.cbm.solver.instance.Region;
import org.cbm.solver.instance.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The marketplace with 10,000 published requests: the grid asks the database for one page of rows at a time, for
 * the first screen, for a row far down the list and after a filter, never for all of them. Prints the figures.
 */
@SpringBootTest(properties = "cbm.demo-data.enabled=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MarketplaceAtScaleTest {

    private static final int REQUESTS = 10_000;
    private static final String PROVIDER = "scale-provider@example.org";

    @Autowired
    ApplicationContext context;

    @MockitoSpyBean
    RequestCatalogue catalogue;

    private final List<Integer> rowsPerQuery = new ArrayList<>();
    private final List<Integer> pageSizes = new ArrayList<>();

    @BeforeAll
    void publishTenThousandRequests(@Autowired MongoTemplate mongo, @Autowired OrganisationDirectory organisations,
            @Autowired AccountService accounts) {
        List<Organisation> states = organisations.states();
        Theme[] themes = Theme.values();
        List<AssistanceRequest> batch = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            LocalDate start = LocalDate.of(2027, 1, 1).plusDays(i % 300);
            AssistanceRequest request = AssistanceRequest.draft("scale-" + i, states.get(i % states.size()).id(),
                    "Request " + i, "Generated for the scale test", List.of(new WorkPackage("scale-" + i + "-p",
                            themes[i % themes.length], Set.of("en"), 5 + i % 20, 1 + i % 3, start, start.plusDays(90), null)));
            request.publish(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i));
            batch.add(request);
            if (batch.size() == 1000) {
                mongo.insertAll(batch);
                batch.clear();
            }
        }
        accounts.create(PROVIDER, "Scale Provider", "scale-test-password", Set.of(Role.PROVIDER), "DEU", "en");
    }

    @AfterEach
    void closeUi() {
        SignedInUi.close();
    }

    @Test
    void opensScrollsAndFiltersOnePageAtATime() {
        doAnswer(call -> {
            pageSizes.add(call.<Pageable>getArgument(1).getPageSize());
            List<?> page = (List<?>) call.callRealMethod();
            rowsPerQuery.add(page.size());
            return page;
        }).when(catalogue).search(any(), any());
        SignedInUi.as(context, PROVIDER);

        long opening = System.nanoTime();
        UI.getCurrent().navigate(MarketplaceView.class);
        Grid<MarketplaceView.RequestRow> grid = grid();
        assertThat(GridKt._size(grid)).isEqualTo(REQUESTS);
        GridKt._get(grid, 0);
        long opened = System.nanoTime();
        GridKt._get(grid, 7_654);
        long scrolled = System.nanoTime();
        @SuppressWarnings("unchecked")
        ComboBox<Region> region = _get(ComboBox.class, spec -> spec.withId("marketplace-filter-region"));
        HasValueUtilsKt._setValue(region, Region.AFRICA);
        long africa = catalogue.count(new MarketplaceQuery(null, Region.AFRICA, null, null, null, null, null));
        assertThat((long) GridKt._size(grid)).isEqualTo(africa).isBetween(1L, (long) REQUESTS - 1);
        GridKt._get(grid, 0);
        long filtered = System.nanoTime();

        assertThat(pageSizes).isNotEmpty().allMatch(size -> size <= MarketplaceView.PAGE_SIZE);
        assertThat(rowsPerQuery).allMatch(rows -> rows <= MarketplaceView.PAGE_SIZE);
        int fetched = rowsPerQuery.stream().mapToInt(Integer::intValue).sum();
        assertThat(fetched).isLessThan(10 * MarketplaceView.PAGE_SIZE);
        System.out.printf("Marketplace with %,d published requests: %d page queries of at most %d rows, %d rows "
                        + "fetched in all; open %d ms, jump to row 7,654 %d ms, filter by region %d ms%n",
                REQUESTS, rowsPerQuery.size(), MarketplaceView.PAGE_SIZE, fetched, (opened - opening) / 1_000_000,
                (scrolled - opened) / 1_000_000, (filtered - scrolled) / 1_000_000);
    }

    @SuppressWarnings("unchecked")
    private static Grid<MarketplaceView.RequestRow> grid() {
        return _get(Grid.class, spec -> spec.withId("marketplace-grid"));
    }
}
