package org.cbm.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.stream.IntStream;
import org.cbm.RoleAccess;
import org.cbm.SignedInUi;
import org.cbm.plan.MatchingPlan;
import org.cbm.plan.PlanContents;
import org.cbm.plan.PlanService;
import org.cbm.solver.explain.PlanExplanation;
import org.cbm.solver.instance.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** The plan explorer explains every assignment and every unassigned package, and filters them. */
@SpringBootTest
class PlanExplorerViewTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    PlanService plans;

    @AfterEach
    void closeUi() {
        SignedInUi.close();
    }

    @Test
    void opensThePublishedPlanWithEveryAssignmentAndEveryUnassignedPackageExplained() {
        SignedInUi.as(context, SignedInUi.COORDINATOR);
        MatchingPlan published = SolverRuns.published(plans);
        PlanExplanation explanation = PlanContents.of(published).explanation().orElseThrow();
        UI.getCurrent().navigate("plans");

        assertThat(planChoice().getValue().id()).isEqualTo(published.id());
        assertThat(rows(assignments())).hasSize(explanation.assignments().size());
        assertThat(rows(assignments())).allSatisfy(row -> {
            assertThat(row.state()).isNotBlank();
            assertThat(row.offer()).isNotBlank();
            assertThat(row.points().totalPoints()).isEqualTo(row.points().valuePoints() + row.points().concentrationPoints()
                    + row.points().interestPoints() + row.points().stabilityPoints());
        });
        assertThat(rows(unassigned())).hasSize(explanation.unassigned().size());
        assertThat(rows(unassigned())).allSatisfy(row -> assertThat(row.reason()).isNotBlank().doesNotStartWith("!")
                .doesNotContainPattern("\\(\\d+ days left\\)"));
    }

    @Test
    void filtersByStateProviderAndTheme() {
        SignedInUi.as(context, SignedInUi.COORDINATOR);
        MatchingPlan published = SolverRuns.published(plans);
        PlanExplanation explanation = PlanContents.of(published).explanation().orElseThrow();
        UI.getCurrent().navigate("plans");
        PlanExplorerView.AssignmentRow first = rows(assignments()).get(0);

        HasValueUtilsKt._setValue(filter("filter-state"), first.stateId());
        assertThat(rows(assignments())).hasSize((int) explanation.assignments().stream()
                .filter(points -> points.recipientId().equals(first.stateId())).count())
                .allSatisfy(row -> assertThat(row.stateId()).isEqualTo(first.stateId()));
        assertThat(rows(unassigned())).allSatisfy(row -> assertThat(row.stateId()).isEqualTo(first.stateId()));

        HasValueUtilsKt._setValue(filter("filter-state"), null);
        HasValueUtilsKt._setValue(filter("filter-provider"), first.providerId());
        assertThat(rows(assignments())).hasSize((int) explanation.assignments().stream()
                .filter(points -> points.providerId().equals(first.providerId())).count())
                .allSatisfy(row -> assertThat(row.providerId()).isEqualTo(first.providerId()));

        @SuppressWarnings("unchecked")
        ComboBox<Theme> theme = _get(ComboBox.class, spec -> spec.withId("filter-theme"));
        HasValueUtilsKt._setValue(theme, first.theme());
        assertThat(rows(assignments())).isNotEmpty().allSatisfy(row -> {
            assertThat(row.providerId()).isEqualTo(first.providerId());
            assertThat(row.theme()).isEqualTo(first.theme());
        });
    }

    @Test
    void aDeepLinkOpensThatPlan() {
        SignedInUi.as(context, SignedInUi.COORDINATOR);
        MatchingPlan published = SolverRuns.published(plans);
        UI.getCurrent().navigate("plans/" + published.id());

        assertThat(planChoice().getValue().id()).isEqualTo(published.id());
        assertThat(rows(assignments())).isNotEmpty();
    }

    @Test
    void isOnlyForCoordinators() {
        RoleAccess.assertRefused(context, PlanExplorerView.class, "plans", SignedInUi.RECIPIENT, SignedInUi.PROVIDER,
                SignedInUi.ADMIN);
    }

    @SuppressWarnings("unchecked")
    private static Select<MatchingPlan> planChoice() {
        return _get(Select.class, spec -> spec.withId("plan-choice"));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> filter(String id) {
        return _get(ComboBox.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static Grid<PlanExplorerView.AssignmentRow> assignments() {
        return _get(Grid.class, spec -> spec.withId("plan-assignments"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<PlanExplorerView.UnassignedRow> unassigned() {
        return _get(Grid.class, spec -> spec.withId("plan-unassigned"));
    }

    private static <T> List<T> rows(Grid<T> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }
}
