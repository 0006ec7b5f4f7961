package org.cbm.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cbm.PublishedPlanPointerForTest;
import org.cbm.RoleAccess;
import org.cbm.SignedInUi;
import org.cbm.shell.Formats;
import org.cbm.chart.Chart;
import org.cbm.offer.OfferService;
import org.cbm.offer.OfferStatus;
import org.cbm.organisation.OrganisationDirectory;
import org.cbm.plan.MatchingPlan;
import org.cbm.plan.PlanContents;
import org.cbm.plan.PlanService;
import org.cbm.plan.PlanSummary;
import org.cbm.request.MarketplaceQuery;
import org.cbm.request.RequestCatalogue;
import org.cbm.solver.instance.Region;
import org.cbm.solver.instance.WorkPackage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.mongodb.core.MongoOperations;

/** The coordinators' dashboard shows the backend's figures of the published plan, in key figures and charts. */
@SpringBootTest
class DashboardViewTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    PlanService plans;

    @Autowired
    RequestCatalogue requests;

    @Autowired
    OfferService offers;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    MongoOperations mongo;

    @AfterEach
    void closeUi() {
        SignedInUi.close();
    }

    @Test
    void saysSoWhenNothingIsPublishedYet() {
        SignedInUi.as(context, SignedInUi.COORDINATOR);
        // Other tests may have published a plan: hidden for this test only, so that it stays the published one.
        try (var hidden = PublishedPlanPointerForTest.hidden(mongo)) {
            UI.getCurrent().navigate(DashboardView.class);
            DashboardView view = _get(DashboardView.class);

            assertThat(_get(view, Paragraph.class, spec -> spec.withId("no-published-plan")).getText())
                    .isEqualTo(UI.getCurrent().getTranslation("dashboard.empty"));
            assertThat(_find(view, Chart.class)).isEmpty();
            assertThat(_find(view, DashboardView.KeyFigure.class)).extracting(figure -> figure.getId().orElseThrow())
                    .containsExactly("figure-demand", "figure-capacity");
        }
    }

    @Test
    void showsTheBackendsFiguresOfThePublishedPlan() {
        SignedInUi.as(context, SignedInUi.COORDINATOR);
        MatchingPlan published = SolverRuns.published(plans);
        UI.getCurrent().navigate(DashboardView.class);

        PlanSummary summary = published.summary();
        NumberFormat percent = Formats.percentFormat(UI.getCurrent().getLocale());
        NumberFormat decimal = Formats.decimalFormat(UI.getCurrent().getLocale(), 3);
        assertThat(figure("figure-coverage")).isEqualTo(percent.format(summary.coverage()));
        assertThat(figure("figure-jain")).isEqualTo(decimal.format(summary.jainIndex()));
        assertThat(figure("figure-minimum")).isEqualTo(percent.format(summary.minimumCoverage()));
        assertThat(figure("figure-hhi")).isEqualTo(decimal.format(summary.meanProviderHhi()));
        NumberFormat integer = NumberFormat.getIntegerInstance(UI.getCurrent().getLocale());
        assertThat(figure("figure-demand")).contains(integer.format(demandDays()));
        assertThat(figure("figure-capacity")).contains(integer.format(capacityDays()));
        PlanContents contents = PlanContents.of(published);
        long coveredDays = contents.instance().packages().stream()
                .filter(p -> contents.assignedPackages().contains(p.id())).mapToLong(WorkPackage::days).sum();
        assertThat(figure("figure-covered")).contains(integer.format(coveredDays));
    }

    @Test
    void chartsShowCoverageByGroupAndTheirTablesTheSameNumbers() {
        SignedInUi.as(context, SignedInUi.COORDINATOR);
        MatchingPlan published = SolverRuns.published(plans);
        UI.getCurrent().navigate(DashboardView.class);

        Chart byRegion = _get(Chart.class, spec -> spec.withId("chart-region"));
        Map<String, Double> expected = coverageByRegion(published);
        assertThat(byRegion.labels()).containsExactlyElementsOf(expected.keySet().stream()
                .map(region -> UI.getCurrent().getTranslation("region." + region)).toList());
        List<Double> values = byRegion.series().get(0).values();
        assertThat(values).zipSatisfy(List.copyOf(expected.values()),
                (shown, computed) -> assertThat(shown).isCloseTo(100 * computed, offset(1e-9)));
        NumberFormat oneDecimal = Formats.decimalFormat(UI.getCurrent().getLocale(), 1);
        assertThat(byRegion.figureRows()).hasSize(values.size()).allSatisfy(row -> assertThat(row).hasSize(2));
        for (int i = 0; i < values.size(); i++) {
            assertThat(byRegion.figureRows().get(i)).containsExactly(byRegion.labels().get(i), oneDecimal.format(values.get(i)));
        }
        assertThat(byRegion.summary()).startsWith(UI.getCurrent().getTranslation("dashboard.chart.region"));
        for (String id : List.of("chart-priority", "chart-income", "chart-theme")) {
            Chart chart = _get(Chart.class, spec -> spec.withId(id));
            assertThat(chart.labels()).as(id).isNotEmpty();
            assertThat(chart.series().get(0).values()).as(id).allSatisfy(value -> assertThat(value).isBetween(0.0, 100.0));
            assertThat(chart.figureRows()).as(id).hasSameSizeAs(chart.labels());
        }
    }

    @Test
    void isOnlyForCoordinators() {
        RoleAccess.assertRefused(context, DashboardView.class, "dashboard", SignedInUi.RECIPIENT, SignedInUi.PROVIDER,
                SignedInUi.ADMIN);
    }

    /** Weighted need covered per region, computed here from the plan's own instance and the States' regions. */
    private Map<String, Double> coverageByRegion(MatchingPlan plan) {
        PlanContents contents = PlanContents.of(plan);
        Set<String> assigned = contents.assignedPackages();
        Map<String, Region> regions = organisations.findAll(contents.instance().packages().stream()
                        .map(WorkPackage::recipientId).collect(Collectors.toSet())).values().stream()
                .collect(Collectors.toMap(o -> o.id(), o -> o.stateProfile().region()));
        Map<String, Double> coverage = new LinkedHashMap<>();
        for (Region region : Region.values()) {
            List<WorkPackage> inRegion = contents.instance().packages().stream()
                    .filter(p -> regions.get(p.recipientId()) == region).toList();
            long need = inRegion.stream().mapToLong(WorkPackage::weightedDays).sum();
            long covered = inRegion.stream().filter(p -> assigned.contains(p.id())).mapToLong(WorkPackage::weightedDays).sum();
            if (need > 0) {
                coverage.put(region.name(), (double) covered / need);
            }
        }
        return coverage;
    }

    private long demandDays() {
        return requests.search(MarketplaceQuery.ANY, PageRequest.of(0, 10_000)).stream().flatMap(r -> r.packages().stream())
                .mapToLong(p -> p.days()).sum();
    }

    private long capacityDays() {
        return offers.list(new OfferService.OfferFilter(OfferStatus.ACTIVE, null, null), PageRequest.of(0, 10_000))
                .stream().mapToLong(o -> o.capacityDays()).sum();
    }

    private static String figure(String id) {
        return _get(DashboardView.KeyFigure.class, spec -> spec.withId(id)).value();
    }
}
