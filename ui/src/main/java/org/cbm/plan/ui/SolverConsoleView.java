package org.cbm.plan.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.cbm.chart.Chart;
import org.cbm.plan.MatchingPlan;
import org.cbm.plan.PlanComparison;
import org.cbm.plan.PlanService;
import org.cbm.plan.PlanStatus;
import org.cbm.plan.PlanSummary;
import org.cbm.plan.ProgressPoint;
import org.cbm.shell.Feedback;
import org.cbm.shell.Formats;
import org.cbm.shell.MainLayout;
import org.springframework.data.domain.PageRequest;

/**
 * Where coordinators run the matching solver: start a run of a chosen length, watch its best score live, cancel
 * it, compare the draft it produces with the published plan and publish it.
 */
@Route(value = "solver", layout = MainLayout.class)
@Menu(title = "nav.solver", order = 45, icon = "COGS")
@RolesAllowed("COORDINATOR")
class SolverConsoleView extends VerticalLayout implements HasDynamicTitle {

    static final int POLL_MILLIS = 1000;
    private static final int DEFAULT_SECONDS = 30;
    private static final int RECENT_RUNS = 10;

    /** What the coordinator asks for: how long the solver may search. */
    static final class RunLength {
        private Integer seconds = DEFAULT_SECONDS;

        Integer getSeconds() {
            return seconds;
        }

        void setSeconds(Integer seconds) {
            this.seconds = seconds;
        }
    }

    private final PlanService plans;
    private final Binder<RunLength> binder = new Binder<>();
    private final RunLength runLength = new RunLength();
    private final Button start = new Button(getTranslation("solver.start"), VaadinIcon.PLAY.create());
    private final Button cancel = new Button(getTranslation("solver.cancel"), VaadinIcon.STOP.create());
    private final Span status = new Span();
    private final H3 progressHeading = new H3(getTranslation("solver.progress"));
    private final Chart progress;
    private final Div comparison = new Div();
    private final Grid<MatchingPlan> recentRuns = new Grid<>();
    private String runId;
    private int pointsShown;
    private Registration pollRegistration;

    SolverConsoleView(PlanService plans) {
        this.plans = plans;
        IntegerField seconds = new IntegerField(getTranslation("solver.seconds"));
        seconds.setId("solver-seconds");
        seconds.setHelperText(getTranslation("solver.seconds.help", PlanService.MAX_SECONDS));
        seconds.setMin(1);
        seconds.setMax(PlanService.MAX_SECONDS);
        seconds.setStepButtonsVisible(true);
        String outOfRange = getTranslation("solver.seconds.range", PlanService.MAX_SECONDS);
        seconds.setI18n(new IntegerField.IntegerFieldI18n().setMinErrorMessage(outOfRange)
                .setMaxErrorMessage(outOfRange).setBadInputErrorMessage(outOfRange));
        binder.forField(seconds).asRequired(getTranslation("solver.seconds.required"))
                .withValidator(value -> value >= 1 && value <= PlanService.MAX_SECONDS, outOfRange)
                .bind(RunLength::getSeconds, RunLength::setSeconds);
        binder.setBean(runLength);

        start.setId("start-run");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(click -> startRun());
        cancel.setId("cancel-run");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancel.addClickListener(click -> cancelRun());
        status.setId("run-status");
        status.getElement().setAttribute("role", "status");
        HorizontalLayout controls = new HorizontalLayout(seconds, start, cancel);
        controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        progress = new Chart(Chart.Type.LINE, getTranslation("solver.chart"))
                .withAxisTitles(getTranslation("solver.chart.time"), getTranslation("solver.chart.score"));
        progress.setId("run-progress");
        progress.setWidthFull();
        comparison.setId("plan-comparison");
        comparison.setWidthFull();

        add(new H2(getTranslation("solver.title")), new Paragraph(getTranslation("solver.intro")), controls, status,
                progressHeading, progress, comparison,
                new H3(getTranslation("solver.recent")), recentRunsGrid());
        setMaxWidth("80rem");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        pollRegistration = event.getUI().addPollListener(poll -> refresh());
        // Show the run in progress, or else the latest run, whoever started it.
        Optional<MatchingPlan> running = plans.list(PlanStatus.RUNNING, PageRequest.of(0, 1)).stream().findFirst();
        Optional<MatchingPlan> latest = running.or(() -> plans.list(null, PageRequest.of(0, 1)).stream().findFirst());
        latest.ifPresentOrElse(plan -> follow(plan.id()), this::showIdle);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        pollRegistration.remove();
    }

    private void startRun() {
        if (binder.validate().isOk()) {
            Feedback.attempt(() -> plans.start(runLength.getSeconds()), this::refresh).ifPresent(plan -> {
                Feedback.success(getTranslation("solver.started", runLength.getSeconds()));
                follow(plan.id());
            });
        }
    }

    private void cancelRun() {
        if (runId != null) {
            Feedback.attempt(() -> plans.cancel(runId), this::refresh).ifPresent(plan -> {
                Feedback.success(getTranslation("solver.cancelRequested"));
                refresh();
            });
        }
    }

    private void follow(String planId) {
        runId = planId;
        pointsShown = 0;
        progressHeading.setVisible(true);
        progress.setVisible(true);
        progress.setData(List.of(), List.of(new Chart.Series(getTranslation("solver.chart.series"), List.of())));
        refresh();
    }

    private void showIdle() {
        status.setText(getTranslation("solver.idle"));
        progressHeading.setVisible(false);
        progress.setVisible(false);
        cancel.setEnabled(false);
        recentRuns.setItems(recent());
    }

    /** Reads the followed run again: new progress points, its status, and its comparison once it is a draft. */
    private void refresh() {
        if (runId == null) {
            showIdle();
            return;
        }
        MatchingPlan plan = plans.get(runId);
        List<ProgressPoint> points = plan.progress();
        NumberFormat seconds = Formats.decimalFormat(getLocale(), 2);
        for (ProgressPoint point : points.subList(Math.min(pointsShown, points.size()), points.size())) {
            progress.appendPoint(seconds.format(point.millis() / 1000.0), point.soft());
        }
        pointsShown = points.size();
        boolean running = plan.status() == PlanStatus.RUNNING;
        UI.getCurrent().setPollInterval(running ? POLL_MILLIS : -1);
        start.setEnabled(!running);
        cancel.setEnabled(running && !plan.cancelRequested());
        status.setText(statusText(plan));
        comparison.removeAll();
        if (plan.status() == PlanStatus.DRAFT) {
            showComparison(plans.compare(plan.id()));
        }
        recentRuns.setItems(recent());
    }

    private String statusText(MatchingPlan plan) {
        String name = getTranslation("status.plan." + plan.status().name());
        return switch (plan.status()) {
            case RUNNING -> getTranslation(plan.cancelRequested() ? "solver.status.cancelling" : "solver.status.running",
                    name, Formats.time(plan.startedAt(), getLocale()), plan.seconds());
            case FAILED -> getTranslation("solver.status.failed", name, String.valueOf(plan.failure()));
            default -> getTranslation(Boolean.TRUE.equals(plan.feasible()) ? "solver.status.finished"
                            : "solver.status.infeasible", name,
                    plan.summary() == null ? 0 : plan.summary().assigned(),
                    plan.summary() == null ? 0 : plan.summary().packages());
        };
    }

    private void showComparison(PlanComparison compared) {
        Grid<ComparisonRow> figures = new Grid<>();
        figures.setId("comparison-figures");
        figures.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        figures.addColumn(ComparisonRow::figure).setHeader(getTranslation("solver.compare.figure")).setFlexGrow(2);
        figures.addColumn(ComparisonRow::draft).setHeader(getTranslation("solver.compare.draft"));
        figures.addColumn(ComparisonRow::published).setHeader(getTranslation("solver.compare.published"));
        figures.setItems(comparisonRows(compared));
        figures.setAllRowsVisible(true);

        Paragraph pairs = new Paragraph(getTranslation("solver.compare.pairs", compared.added().size(),
                compared.kept().size(), compared.dropped().size()));
        pairs.setId("pair-changes");
        Button publish = new Button(getTranslation("solver.publish"), VaadinIcon.CHECK.create(),
                click -> confirmPublication(compared));
        publish.setId("publish-plan");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        RouterLink explore = new RouterLink(getTranslation("solver.explore"), PlanExplorerView.class,
                new RouteParameters(PlanExplorerView.PLAN_ID, compared.draftId()));
        HorizontalLayout actions = new HorizontalLayout(publish, explore);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        comparison.add(new H3(getTranslation("solver.compare.title")), figures, pairs, actions);
    }

    private List<ComparisonRow> comparisonRows(PlanComparison compared) {
        NumberFormat percent = Formats.percentFormat(getLocale());
        NumberFormat decimal = Formats.decimalFormat(getLocale(), 3);
        NumberFormat integer = NumberFormat.getIntegerInstance(getLocale());
        PlanSummary draft = compared.draft();
        PlanSummary published = compared.published();
        return List.of(
                row("solver.compare.assigned", draft, published,
                        s -> getTranslation("solver.compare.assignedValue", s.assigned(), s.packages())),
                row("solver.compare.coverage", draft, published, s -> percent.format(s.coverage())),
                row("solver.compare.jain", draft, published, s -> Formats.orNone(s.jainIndex(), decimal, this)),
                row("solver.compare.minimum", draft, published, s -> Formats.orNone(s.minimumCoverage(), percent, this)),
                row("solver.compare.hhi", draft, published, s -> Formats.orNone(s.meanProviderHhi(), decimal, this)),
                new ComparisonRow(getTranslation("solver.compare.score"), scoreText(compared.draftSoft(), integer),
                        compared.publishedId() == null ? getTranslation("solver.compare.nothingPublished")
                                : scoreText(compared.publishedSoft(), integer)));
    }

    private ComparisonRow row(String key, PlanSummary draft, PlanSummary published, Function<PlanSummary, String> value) {
        return new ComparisonRow(getTranslation(key), draft == null ? "" : value.apply(draft),
                published == null ? getTranslation("solver.compare.nothingPublished") : value.apply(published));
    }

    private static String scoreText(Long soft, NumberFormat integer) {
        return soft == null ? "" : integer.format(soft);
    }

    private void confirmPublication(PlanComparison compared) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("solver.publish.title"));
        dialog.setText(getTranslation("solver.publish.text", compared.added().size(), compared.dropped().size()));
        Button confirm = new Button(getTranslation("solver.publish.confirm"), click -> {
            dialog.close();
            publish(compared.draftId());
        });
        confirm.setId("confirm-publish");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.setConfirmButton(confirm);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.open();
    }

    private void publish(String draftId) {
        Feedback.attempt(() -> plans.publish(draftId), this::refresh).ifPresent(published -> {
            Feedback.success(getTranslation("solver.published"));
            refresh();
        });
    }

    private Grid<MatchingPlan> recentRunsGrid() {
        NumberFormat percent = Formats.percentFormat(getLocale());
        recentRuns.setId("recent-runs");
        recentRuns.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        recentRuns.addColumn(plan -> Formats.time(plan.startedAt(), getLocale()))
                .setHeader(getTranslation("solver.runs.started")).setAutoWidth(true);
        recentRuns.addColumn(MatchingPlan::startedBy).setHeader(getTranslation("solver.runs.by")).setAutoWidth(true);
        recentRuns.addColumn(MatchingPlan::seconds).setHeader(getTranslation("solver.runs.seconds"));
        recentRuns.addColumn(plan -> getTranslation("status.plan." + plan.status().name()))
                .setHeader(getTranslation("common.status"));
        recentRuns.addColumn(plan -> plan.summary() == null ? "" : percent.format(plan.summary().coverage()))
                .setHeader(getTranslation("solver.compare.coverage"));
        recentRuns.addComponentColumn(plan -> plan.summary() == null ? new Span()
                        : new RouterLink(getTranslation("solver.runs.open"), PlanExplorerView.class,
                        new RouteParameters(PlanExplorerView.PLAN_ID, plan.id())))
                .setHeader(getTranslation("solver.runs.explanation"));
        recentRuns.setAllRowsVisible(true);
        return recentRuns;
    }

    private List<MatchingPlan> recent() {
        return plans.list(null, PageRequest.of(0, RECENT_RUNS)).getContent();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("solver.title");
    }

    /** One figure of the draft and of the published plan. */
    record ComparisonRow(String figure, String draft, String published) {
    }
}
