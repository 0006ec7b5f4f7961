package org.cbm.plan.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cbm.forms.Fields;
import org.cbm.offer.OfferService;
import org.cbm.organisation.OrganisationDirectory;
import org.cbm.plan.MatchingPlan;
import org.cbm.plan.PlanContents;
import org.cbm.plan.PlanService;
import org.cbm.shell.Feedback;
import org.cbm.shell.Formats;
import org.cbm.shell.LabelOrder;
import org.cbm.shell.MainLayout;
import org.cbm.solver.explain.AssignmentPoints;
import org.cbm.solver.explain.PlanExplanation;
import org.cbm.solver.explain.UnassignedPackage;
import org.cbm.solver.instance.Offer;
import org.cbm.solver.instance.Provider;
import org.cbm.solver.instance.Theme;
import org.cbm.solver.instance.WorkPackage;
import org.springframework.data.domain.PageRequest;

/**
 * Why a plan looks as it does: every assignment with the points it earns by term of the score, and every package
 * left unassigned with the reason, naming the offers concerned. Opens the published plan unless another is chosen.
 */
@Route(value = "plans/:" + PlanExplorerView.PLAN_ID + "?", layout = MainLayout.class)
@Menu(title = "nav.plans", order = 50, icon = "TABLE")
@RolesAllowed("COORDINATOR")
class PlanExplorerView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PLAN_ID = "id";
    private static final int PLANS_TO_CHOOSE_FROM = 30;

    /** One assignment as the grid shows it. */
    record AssignmentRow(String stateId, String state, Theme theme, int days, String providerId, String provider,
            String offer, AssignmentPoints points) {
    }

    /** One unassigned package with its reason as a sentence in the user's language. */
    record UnassignedRow(String stateId, String state, Theme theme, int days, Set<String> providerIds, String reason) {
    }

    private final PlanService plans;
    private final OfferService offerService;
    private final OrganisationDirectory organisations;
    private final Select<MatchingPlan> planChoice = new Select<>();
    private final ComboBox<String> stateFilter = new ComboBox<>();
    private final ComboBox<String> providerFilter = new ComboBox<>();
    private final ComboBox<Theme> themeFilter = new ComboBox<>();
    private final Grid<AssignmentRow> assignments = new Grid<>();
    private final Grid<UnassignedRow> unassigned = new Grid<>();
    private final H3 assignmentsHeading = new H3();
    private final H3 unassignedHeading = new H3();
    private final Paragraph planFacts = new Paragraph();
    private final VerticalLayout content = new VerticalLayout();
    private Map<String, String> names = Map.of();

    PlanExplorerView(PlanService plans, OfferService offerService, OrganisationDirectory organisations) {
        this.plans = plans;
        this.offerService = offerService;
        this.organisations = organisations;
        planChoice.setId("plan-choice");
        planChoice.setLabel(getTranslation("plans.choice"));
        planChoice.setItemLabelGenerator(this::planLabel);
        planChoice.setWidth("32rem");
        planChoice.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                UI.getCurrent().navigate(PlanExplorerView.class, new RouteParameters(PLAN_ID, change.getValue().id()));
            }
        });
        stateFilter.setId("filter-state");
        stateFilter.setLabel(getTranslation("plans.filter.state"));
        stateFilter.setItemLabelGenerator(id -> names.getOrDefault(id, id));
        providerFilter.setId("filter-provider");
        providerFilter.setLabel(getTranslation("plans.filter.provider"));
        providerFilter.setItemLabelGenerator(id -> names.getOrDefault(id, id));
        themeFilter.setId("filter-theme");
        themeFilter.setLabel(getTranslation("plans.filter.theme"));
        themeFilter.setItemLabelGenerator(Fields::themeName);
        List.of(stateFilter, providerFilter).forEach(filter -> filter.setClearButtonVisible(true));
        themeFilter.setClearButtonVisible(true);
        stateFilter.addValueChangeListener(change -> applyFilters());
        providerFilter.addValueChangeListener(change -> applyFilters());
        themeFilter.addValueChangeListener(change -> applyFilters());
        HorizontalLayout filters = new HorizontalLayout(stateFilter, providerFilter, themeFilter);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");

        content.setPadding(false);
        content.add(planFacts, pointsLegend(), filters, assignmentsHeading, assignmentsGrid(), unassignedHeading,
                unassignedGrid());
        add(new H2(getTranslation("plans.title")), planChoice, content);
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<MatchingPlan> choices = plans.list(null, PageRequest.of(0, PLANS_TO_CHOOSE_FROM)).stream()
                .filter(plan -> plan.summary() != null).toList();
        Optional<String> requested = event.getRouteParameters().get(PLAN_ID);
        Optional<MatchingPlan> chosen = requested.isPresent()
                ? Feedback.attempt(() -> plans.get(requested.get()), () -> { })
                : plans.published();
        List<MatchingPlan> items = new ArrayList<>(choices);
        chosen.filter(plan -> items.stream().noneMatch(item -> item.id().equals(plan.id()))).ifPresent(items::add);
        planChoice.setItems(items);
        chosen.flatMap(plan -> items.stream().filter(item -> item.id().equals(plan.id())).findFirst())
                .ifPresent(planChoice::setValue);
        chosen.filter(plan -> plan.explanationJson() != null).ifPresentOrElse(this::show, () -> {
            content.setVisible(false);
            planChoice.setHelperText(getTranslation(requested.isPresent() ? "plans.notExplained" : "plans.nothingPublished"));
        });
    }

    private void show(MatchingPlan plan) {
        PlanContents contents;
        try {
            contents = PlanContents.of(plan);
        } catch (IllegalStateException unreadable) {
            content.setVisible(false);
            planChoice.setHelperText(getTranslation("plans.unreadable"));
            return;
        }
        PlanExplanation explanation = contents.explanation().orElseThrow();
        Map<String, WorkPackage> packages = contents.packages();
        Map<String, Offer> offers = contents.offers();
        Map<String, Provider> providers = contents.providers();
        names = names(contents);
        Map<String, String> offerNames = offerNames(offers, providers);

        List<AssignmentRow> assignmentRows = explanation.assignments().stream().map(points -> {
            WorkPackage workPackage = packages.get(points.packageId());
            return new AssignmentRow(points.recipientId(), names.get(points.recipientId()), workPackage.theme(),
                    workPackage.days(), points.providerId(), names.get(points.providerId()),
                    offerNames.get(points.offerId()), points);
        }).sorted(LabelOrder.of(getLocale(), AssignmentRow::state).thenComparing(row -> row.points().packageId())).toList();
        List<UnassignedRow> unassignedRows = explanation.unassigned().stream().map(missing -> {
            WorkPackage workPackage = packages.get(missing.packageId());
            Set<String> concerned = missing.offers().stream().map(offers::get).filter(Objects::nonNull).map(Offer::providerId)
                    .collect(Collectors.toSet());
            return new UnassignedRow(missing.recipientId(), names.get(missing.recipientId()), workPackage.theme(),
                    workPackage.days(), concerned, reason(missing, offerNames));
        }).sorted(LabelOrder.of(getLocale(), UnassignedRow::state)).toList();

        assignments.setItems(assignmentRows);
        unassigned.setItems(unassignedRows);
        stateFilter.setItems(sortedByName(packages.values().stream().map(WorkPackage::recipientId)));
        providerFilter.setItems(sortedByName(providers.keySet().stream()));
        themeFilter.setItems(Fields.byThemeName(packages.values().stream().map(WorkPackage::theme).collect(Collectors.toSet())));
        planFacts.setText(getTranslation("plans.facts", getTranslation("status.plan." + plan.status().name()),
                Formats.time(plan.startedAt(), getLocale()), plan.policyVersion(), plan.summary().assigned(),
                plan.summary().packages(), Formats.percentFormat(getLocale()).format(plan.summary().coverage())));
        applyFilters();
    }

    private List<String> sortedByName(Stream<String> ids) {
        return ids.distinct().sorted(LabelOrder.of(getLocale(), id -> names.getOrDefault(id, id))).toList();
    }

    /** Names of the plan's States and providers: the providers' as the run knew them, the States' from the directory. */
    private Map<String, String> names(PlanContents contents) {
        Map<String, String> result = new HashMap<>();
        contents.instance().providers().forEach(provider -> result.put(provider.id(), provider.name()));
        contents.instance().recipients().forEach(recipient -> result.put(recipient.id(), recipient.name()));
        organisations.findAll(result.keySet()).values().forEach(organisation -> result.put(organisation.id(),
                organisation.name(getLocale())));
        return result;
    }

    /** Each offer of the plan as "title (provider)"; an offer no longer visible keeps its id. */
    private Map<String, String> offerNames(Map<String, Offer> offers, Map<String, Provider> providers) {
        Map<String, String> titles = offerService.titles(offers.keySet());
        return offers.values().stream().collect(Collectors.toMap(Offer::id, offer -> getTranslation("plans.offer",
                titles.getOrDefault(offer.id(), offer.id()), names.getOrDefault(offer.providerId(), offer.providerId()))));
    }

    private String reason(UnassignedPackage missing, Map<String, String> offerNames) {
        String offers = missing.offers().stream().map(id -> {
            String name = offerNames.getOrDefault(id, id);
            Integer left = missing.daysLeft().get(id);
            return left == null ? name : getTranslation("plans.reason.daysLeft", name, left);
        }).collect(Collectors.joining("; "));
        return getTranslation("plans.reason." + missing.reason().name(), offers, missing.days());
    }

    private void applyFilters() {
        String state = stateFilter.getValue();
        String provider = providerFilter.getValue();
        Theme theme = themeFilter.getValue();
        ListDataProvider<AssignmentRow> assigned = (ListDataProvider<AssignmentRow>) assignments.getDataProvider();
        assigned.setFilter(row -> (state == null || state.equals(row.stateId()))
                && (provider == null || provider.equals(row.providerId())) && (theme == null || theme == row.theme()));
        ListDataProvider<UnassignedRow> missing = (ListDataProvider<UnassignedRow>) unassigned.getDataProvider();
        missing.setFilter(row -> (state == null || state.equals(row.stateId()))
                && (provider == null || row.providerIds().contains(provider)) && (theme == null || theme == row.theme()));
        assignmentsHeading.setText(getTranslation("plans.assignments", assigned.size(new Query<>())));
        unassignedHeading.setText(getTranslation("plans.unassigned", missing.size(new Query<>())));
    }

    private Details pointsLegend() {
        VerticalLayout terms = new VerticalLayout(new Paragraph(getTranslation("plans.points.value")),
                new Paragraph(getTranslation("plans.points.concentration")),
                new Paragraph(getTranslation("plans.points.interest")),
                new Paragraph(getTranslation("plans.points.stability")),
                new Paragraph(getTranslation("plans.points.total")));
        terms.setPadding(false);
        terms.setSpacing(false);
        return new Details(getTranslation("plans.points.title"), terms);
    }

    private Grid<AssignmentRow> assignmentsGrid() {
        assignments.setId("plan-assignments");
        assignments.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        assignments.addColumn(AssignmentRow::state).setHeader(getTranslation("plans.column.state")).setAutoWidth(true)
                .setSortable(true);
        assignments.addColumn(row -> getTranslation("theme." + row.theme().name()))
                .setHeader(getTranslation("plans.column.theme")).setAutoWidth(true);
        assignments.addColumn(AssignmentRow::days).setHeader(getTranslation("plans.column.days"));
        assignments.addColumn(AssignmentRow::offer).setHeader(getTranslation("plans.column.offer")).setFlexGrow(3)
                .setWidth("16rem");
        assignments.addColumn(row -> getTranslation("plans.value", row.points().valuePoints(),
                        row.points().valueTiers().stream().map(String::valueOf).collect(Collectors.joining(", "))))
                .setHeader(getTranslation("plans.column.value")).setAutoWidth(true);
        NumberFormat points = NumberFormat.getIntegerInstance(getLocale());
        assignments.addColumn(row -> points.format(row.points().concentrationPoints()))
                .setHeader(getTranslation("plans.column.concentration")).setAutoWidth(true);
        assignments.addColumn(row -> points.format(row.points().interestPoints()))
                .setHeader(getTranslation("plans.column.interest")).setAutoWidth(true);
        assignments.addColumn(row -> points.format(row.points().stabilityPoints()))
                .setHeader(getTranslation("plans.column.stability")).setAutoWidth(true);
        assignments.addColumn(row -> points.format(row.points().totalPoints()))
                .setHeader(getTranslation("plans.column.total")).setAutoWidth(true);
        assignments.setItems(List.of());
        assignments.setHeight("28rem");
        return assignments;
    }

    private Grid<UnassignedRow> unassignedGrid() {
        unassigned.setId("plan-unassigned");
        unassigned.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        unassigned.addColumn(UnassignedRow::state).setHeader(getTranslation("plans.column.state")).setAutoWidth(true);
        unassigned.addColumn(row -> getTranslation("theme." + row.theme().name()))
                .setHeader(getTranslation("plans.column.theme")).setAutoWidth(true);
        unassigned.addColumn(UnassignedRow::days).setHeader(getTranslation("plans.column.days"));
        unassigned.addColumn(UnassignedRow::reason).setHeader(getTranslation("plans.column.reason")).setFlexGrow(4);
        unassigned.setItems(List.of());
        unassigned.setHeight("28rem");
        return unassigned;
    }

    private String planLabel(MatchingPlan plan) {
        return getTranslation("plans.choice.item", getTranslation("status.plan." + plan.status().name()),
                Formats.time(plan.startedAt(), getLocale()),
                plan.summary() == null ? "" : Formats.percentFormat(getLocale()).format(plan.summary().coverage()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plans.title");
    }
}
