package org.cbm.request.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cbm.forms.Fields;
import org.cbm.organisation.Organisation;
import org.cbm.organisation.OrganisationDirectory;
import org.cbm.organisation.PriorityGroup;
import org.cbm.request.AssistanceRequest;
import org.cbm.request.MarketplaceQuery;
import org.cbm.request.RequestCatalogue;
import org.cbm.shell.Formats;
import org.cbm.shell.MainLayout;
import org.cbm.solver.instance.IncomeGroup;
import org.cbm.solver.instance.Region;
import org.cbm.solver.instance.Theme;
import org.springframework.data.domain.PageRequest;

/**
 * The requests that recipient States have published, for providers to find what they can help with. Filtering,
 * counting and paging happen in the database, one page of rows at a time as the grid scrolls: it stays fast with
 * tens of thousands of requests.
 */
@Route(value = "marketplace", layout = MainLayout.class)
@Menu(title = "nav.marketplace", order = 20, icon = "SHOP")
@RolesAllowed({"PROVIDER", "COORDINATOR"})
class MarketplaceView extends VerticalLayout implements HasDynamicTitle {

    /** Rows fetched per database query as the grid scrolls. */
    static final int PAGE_SIZE = 50;

    private final RequestCatalogue catalogue;
    private final OrganisationDirectory organisations;
    private final ConfigurableFilterDataProvider<RequestRow, Void, MarketplaceQuery> rows;
    private final Paragraph total = new Paragraph();

    private final ComboBox<Theme> theme = choice("marketplace.filter.theme",
            Fields.byThemeName(List.of(Theme.values())).toArray(Theme[]::new), Fields::themeName);
    private final ComboBox<Region> region = choice("marketplace.filter.region", Region.values(), value -> getTranslation("region." + value.name()));
    private final ComboBox<String> language = choice("marketplace.filter.language", Fields.LANGUAGES.toArray(String[]::new), value -> getTranslation("language." + value));
    private final ComboBox<Integer> urgency = choice("marketplace.filter.urgency", new Integer[] {3, 2, 1}, value -> getTranslation("urgency." + value));
    private final ComboBox<IncomeGroup> incomeGroup = choice("marketplace.filter.income", IncomeGroup.values(), value -> getTranslation("income." + value.name()));
    private final ComboBox<PriorityGroup> priorityGroup = choice("marketplace.filter.priority", PriorityGroup.values(), value -> getTranslation("priority." + value.name()));
    private final TextField text = Fields.search("marketplace-text", getTranslation("marketplace.filter.textHint"),
            this::applyFilters);

    MarketplaceView(RequestCatalogue catalogue, OrganisationDirectory organisations) {
        this.catalogue = catalogue;
        this.organisations = organisations;
        this.rows = DataProvider.<RequestRow, MarketplaceQuery>fromFilteringCallbacks(this::page, this::count)
                .withConfigurableFilter();
        setSizeFull();
        add(new H2(getTranslation("nav.marketplace")), new Paragraph(getTranslation("marketplace.intro")), filters(), total, grid());
        applyFilters();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.marketplace") + " | " + getTranslation("app.title");
    }

    private FormLayout filters() {
        FormLayout filters = new FormLayout(text, theme, language, urgency, region, incomeGroup, priorityGroup);
        filters.setId("marketplace-filters");
        filters.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2),
                new FormLayout.ResponsiveStep("70em", 4));
        filters.setColspan(text, 2);
        Stream.<AbstractField<?, ?>>of(theme, language, urgency, region, incomeGroup, priorityGroup)
                .forEach(field -> field.addValueChangeListener(change -> applyFilters()));
        return filters;
    }

    private Grid<RequestRow> grid() {
        Grid<RequestRow> grid = new Grid<>();
        grid.setId("marketplace-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setPageSize(PAGE_SIZE);
        grid.addColumn(RequestRow::recipientName).setHeader(getTranslation("requests.column.state")).setAutoWidth(true);
        grid.addColumn(row -> row.request().title()).setHeader(getTranslation("requests.column.title")).setFlexGrow(3);
        grid.addColumn(row -> row.request().packages().stream().map(p -> Fields.themeName(p.theme()))
                .distinct().collect(Collectors.joining(", "))).setHeader(getTranslation("requests.column.themes")).setFlexGrow(3);
        grid.addColumn(row -> row.request().packages().size()).setHeader(getTranslation("requests.column.packages"));
        grid.addColumn(row -> row.request().totalDays())
                .setHeader(getTranslation("requests.column.days"));
        grid.addColumn(row -> row.request().publishedAt() == null ? "" : Formats.day(row.request().publishedAt(), getLocale()))
                .setHeader(getTranslation("requests.column.published"));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(RequestDetailView.class, click.getItem().request().id())));
        grid.setItems(rows);
        grid.setSizeFull();
        return grid;
    }

    private void applyFilters() {
        MarketplaceQuery query = new MarketplaceQuery(theme.getValue(), region.getValue(), language.getValue(),
                urgency.getValue(), incomeGroup.getValue(), priorityGroup.getValue(), text.getValue());
        rows.setFilter(query);
    }

    private Stream<RequestRow> page(Query<RequestRow, MarketplaceQuery> query) {
        MarketplaceQuery filter = query.getFilter().orElse(MarketplaceQuery.ANY);
        List<AssistanceRequest> requests = catalogue.search(filter, PageRequest.of(query.getPage(), query.getPageSize()));
        Map<String, Organisation> recipients = organisations.findAll(
                requests.stream().map(AssistanceRequest::recipientId).collect(Collectors.toSet()));
        return requests.stream().map(request -> new RequestRow(request,
                recipients.containsKey(request.recipientId()) ? recipients.get(request.recipientId()).name(getLocale())
                        : request.recipientId()));
    }

    private int count(Query<RequestRow, MarketplaceQuery> query) {
        long matching = catalogue.count(query.getFilter().orElse(MarketplaceQuery.ANY));
        total.setText(getTranslation("marketplace.total", Formats.number(matching, getLocale())));
        return (int) matching;
    }

    private <T> ComboBox<T> choice(String labelKey, T[] values, com.vaadin.flow.component.ItemLabelGenerator<T> label) {
        ComboBox<T> choice = new ComboBox<>(getTranslation(labelKey), Arrays.asList(values));
        choice.setItemLabelGenerator(label);
        choice.setClearButtonVisible(true);
        choice.setPlaceholder(getTranslation("common.all"));
        choice.setId(labelKey.replace('.', '-'));
        return choice;
    }

    record RequestRow(AssistanceRequest request, String recipientName) {
    }
}
