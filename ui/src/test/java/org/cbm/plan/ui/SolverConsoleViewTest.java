package org.cbm.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import org.cbm.RoleAccess;
import org.cbm.SignedInUi;
import org.cbm.chart.Chart;
import org.cbm.plan.MatchingPlan;
import org.cbm.plan.PlanService;
import org.cbm.plan.PlanStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;

/** A coordinator runs the solver from the console, watches it, compares the draft and publishes it. */
@SpringBootTest
class SolverConsoleViewTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    PlanService plans;

    @AfterEach
    void closeUi() {
        SignedInUi.close();
    }

    @Test
    void aShortRunIsWatchedComparedWithThePublishedPlanAndPublished() {
        SignedInUi.as(context, SignedInUi.COORDINATOR);
        SolverRuns.awaitNoRun(plans);
        UI.getCurrent().navigate(SolverConsoleView.class);

        HasValueUtilsKt._setValue(_get(IntegerField.class, spec -> spec.withId("solver-seconds")), 1);
        _click(_get(Button.class, spec -> spec.withId("start-run")));

        MatchingPlan started = plans.list(null, PageRequest.of(0, 1)).getContent().get(0);
        assertThat(started.status()).isEqualTo(PlanStatus.RUNNING);
        assertThat(started.seconds()).isEqualTo(1);
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(SolverConsoleView.POLL_MILLIS);
        assertThat(status()).contains(UI.getCurrent().getTranslation("status.plan.RUNNING"));

        MatchingPlan draft = SolverRuns.awaitEnd(plans, started.id());
        assertThat(draft.status()).isEqualTo(PlanStatus.DRAFT);
        poll();

        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        assertThat(status()).contains(UI.getCurrent().getTranslation("status.plan.DRAFT"));
        Chart progress = _get(Chart.class, spec -> spec.withId("run-progress"));
        assertThat(progress.labels()).hasSize(draft.progress().size());
        assertThat(progress.series().get(0).values()).last()
                .isEqualTo((double) draft.progress().get(draft.progress().size() - 1).soft());
        @SuppressWarnings("unchecked")
        Grid<SolverConsoleView.ComparisonRow> comparison = _get(Grid.class, spec -> spec.withId("comparison-figures"));
        assertThat(GridKt._size(comparison)).isEqualTo(6);
        var compared = plans.compare(draft.id());
        // The whole sentence: small counts alone would be found in almost any text.
        assertThat(_get(Paragraph.class, spec -> spec.withId("pair-changes")).getText())
                .isEqualTo(UI.getCurrent().getTranslation("solver.compare.pairs", compared.added().size(),
                        compared.kept().size(), compared.dropped().size()));

        _click(_get(Button.class, spec -> spec.withId("publish-plan")));
        _click(_get(Button.class, spec -> spec.withId("confirm-publish")));

        assertThat(plans.published()).map(MatchingPlan::id).contains(draft.id());
        assertThat(status()).contains(UI.getCurrent().getTranslation("status.plan.PUBLISHED"));
        @SuppressWarnings("unchecked")
        Grid<MatchingPlan> recent = _get(Grid.class, spec -> spec.withId("recent-runs"));
        assertThat(GridKt._get(recent, 0).id()).isEqualTo(draft.id());
    }

    @Test
    void aCancelledRunStopsAndCannotBePublished() {
        SignedInUi.as(context, SignedInUi.COORDINATOR);
        SolverRuns.awaitNoRun(plans);
        UI.getCurrent().navigate(SolverConsoleView.class);
        HasValueUtilsKt._setValue(_get(IntegerField.class, spec -> spec.withId("solver-seconds")), 60);
        _click(_get(Button.class, spec -> spec.withId("start-run")));
        MatchingPlan started = plans.list(PlanStatus.RUNNING, PageRequest.of(0, 1)).getContent().get(0);

        _click(_get(Button.class, spec -> spec.withId("cancel-run")));
        assertThat(plans.get(started.id()).cancelRequested()).isTrue();
        assertThat(_get(Button.class, spec -> spec.withId("cancel-run")).isEnabled()).isFalse();

        assertThat(SolverRuns.awaitEnd(plans, started.id()).status()).isEqualTo(PlanStatus.CANCELLED);
        poll();
        assertThat(status()).contains(UI.getCurrent().getTranslation("status.plan.CANCELLED"));
        assertThat(_find(Button.class, spec -> spec.withId("publish-plan"))).isEmpty();
    }

    @Test
    void aRunLengthOutsideTheLimitsIsRefusedNextToTheField() {
        SignedInUi.as(context, SignedInUi.COORDINATOR);
        UI.getCurrent().navigate(SolverConsoleView.class);
        long plansBefore = plans.list(null, PageRequest.of(0, 1)).getTotalElements();

        IntegerField seconds = _get(IntegerField.class, spec -> spec.withId("solver-seconds"));
        HasValueUtilsKt._setValue(seconds, PlanService.MAX_SECONDS + 1);
        _click(_get(Button.class, spec -> spec.withId("start-run")));

        assertThat(seconds.isInvalid()).isTrue();
        assertThat(seconds.getErrorMessage())
                .isEqualTo(UI.getCurrent().getTranslation("solver.seconds.range", PlanService.MAX_SECONDS));
        assertThat(plans.list(null, PageRequest.of(0, 1)).getTotalElements()).isEqualTo(plansBefore);
    }

    @Test
    void isOnlyForCoordinators() {
        RoleAccess.assertRefused(context, SolverConsoleView.class, "solver", SignedInUi.RECIPIENT, SignedInUi.PROVIDER,
                SignedInUi.ADMIN);
    }

    private static String status() {
        return _get(Span.class, spec -> spec.withId("run-status")).getText();
    }

    private static void poll() {
        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
    }
}
