package org.cbm.plan.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.List;
import java.util.function.Function;
import org.cbm.chart.Chart;
import org.cbm.plan.GroupCoverage;
import org.cbm.plan.PlanFigures;
import org.cbm.shell.Formats;
import org.cbm.shell.MainLayout;

/**
 * The coordinators' overview: how much assistance is asked for and offered, how much of it the published plan
 * covers, where (by region, priority group, income group and theme), and how fairly.
 */
@Route(value = "dashboard", layout = MainLayout.class)
@Menu(title = "nav.dashboard", order = 40, icon = "DASHBOARD")
@RolesAllowed("COORDINATOR")
class DashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PlanFigures figures;

    DashboardView(PlanFigures figures) {
        this.figures = figures;
    }

    /** Every visit shows the figures as they are now, also when the user opens the dashboard again from itself. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show();
    }

    void show() {
        removeAll();
        add(new H2(getTranslation("dashboard.title")));
        PlanFigures.Marketplace marketplace = figures.marketplace();
        FlexLayout keyFigures = KeyFigure.row(
                daysFigure("figure-demand", "dashboard.demand", marketplace.demandDays()),
                daysFigure("figure-capacity", "dashboard.capacity", marketplace.capacityDays()));
        add(keyFigures);
        figures.published().ifPresentOrElse(published -> showPlan(keyFigures, published), this::showNothingPublished);
    }

    private void showNothingPublished() {
        Paragraph empty = new Paragraph(getTranslation("dashboard.empty"));
        empty.setId("no-published-plan");
        add(empty, new RouterLink(getTranslation("dashboard.empty.toSolver"), SolverConsoleView.class));
    }

    private void showPlan(FlexLayout keyFigures, PlanFigures.Published published) {
        NumberFormat percent = Formats.percentFormat(getLocale());
        NumberFormat decimal = Formats.decimalFormat(getLocale(), 3);
        keyFigures.add(
                daysFigure("figure-covered", "dashboard.covered", published.coveredDays()),
                new KeyFigure("figure-coverage", getTranslation("dashboard.coverage"),
                        percent.format(published.summary().coverage()), getTranslation("dashboard.coverage.help")));

        add(new H3(getTranslation("dashboard.fairness")), KeyFigure.row(
                new KeyFigure("figure-jain", getTranslation("dashboard.jain"),
                        Formats.orNone(published.summary().jainIndex(), decimal, this), getTranslation("dashboard.jain.help")),
                new KeyFigure("figure-minimum", getTranslation("dashboard.minimum"),
                        Formats.orNone(published.summary().minimumCoverage(), percent, this),
                        getTranslation("dashboard.minimum.help")),
                new KeyFigure("figure-hhi", getTranslation("dashboard.hhi"),
                        Formats.orNone(published.summary().meanProviderHhi(), decimal, this),
                        getTranslation("dashboard.hhi.help"))));

        add(new H3(getTranslation("dashboard.coverageBy")), new Paragraph(getTranslation("dashboard.planNote")),
                new RouterLink(getTranslation("dashboard.planLink"), PlanExplorerView.class),
                coverageChart("chart-region", "dashboard.chart.region", published.byRegion(), key -> "region." + key),
                coverageChart("chart-priority", "dashboard.chart.priority", published.byPriorityGroup(),
                        key -> "priority." + key),
                coverageChart("chart-income", "dashboard.chart.income", published.byIncomeGroup(), key -> "income." + key),
                coverageChart("chart-theme", "dashboard.chart.theme", published.byTheme(), key -> "theme." + key));
    }

    private Chart coverageChart(String id, String captionKey, List<GroupCoverage> groups,
            Function<String, String> labelKey) {
        Chart chart = new Chart(Chart.Type.HORIZONTAL_BAR, getTranslation(captionKey))
                .withAxisTitles(getTranslation(captionKey + ".axis"), getTranslation("dashboard.chart.coverageAxis"))
                .withMax(100).withValueFormat(Formats.decimalFormat(getLocale(), 1));
        chart.setId(id);
        chart.setData(groups.stream().map(group -> getTranslation(labelKey.apply(group.group()))).toList(),
                List.of(new Chart.Series(getTranslation("dashboard.chart.coverageSeries"),
                        groups.stream().map(group -> 100 * group.coverage()).toList())));
        chart.setWidthFull();
        return chart;
    }

    private KeyFigure daysFigure(String id, String labelKey, long days) {
        return new KeyFigure(id, getTranslation(labelKey), Formats.number(days, getLocale()),
                getTranslation("dashboard.days.unit"), getTranslation(labelKey + ".help"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title");
    }

    /** A figure with its name and, underneath, what it means in plain words. */
    static final class KeyFigure extends Div {

        private final Span number;

        KeyFigure(String id, String label, String value, String help) {
            this(id, label, value, null, help);
        }

        /** A figure followed by its unit in small type: the big type left no room for "7,817 expert-days" in a card. */
        KeyFigure(String id, String label, String value, String unit, String help) {
            setId(id);
            Span name = new Span(label);
            name.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
            number = new Span(value);
            number.addClassName("cbm-figure-value");
            number.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
            Span figure = new Span(number);
            if (unit != null) {
                Span unitText = new Span(unit);
                unitText.getStyle().set("font-size", "var(--lumo-font-size-m)").set("margin-inline-start", "0.3em")
                        .set("color", "var(--lumo-secondary-text-color)");
                figure.add(unitText);
            }
            Span meaning = new Span(help);
            meaning.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)");
            VerticalLayout content = new VerticalLayout(name, figure, meaning);
            content.setPadding(false);
            content.setSpacing(false);
            add(content);
            getStyle().set("padding", "var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-l)")
                    .set("background", "var(--lumo-contrast-5pct)").set("flex", "1 1 14rem").set("max-width", "24rem");
        }

        String value() {
            return number.getText();
        }

        static FlexLayout row(KeyFigure... figures) {
            FlexLayout row = new FlexLayout(figures);
            row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            row.getStyle().set("gap", "var(--lumo-space-m)");
            row.setWidthFull();
            return row;
        }
    }
}
