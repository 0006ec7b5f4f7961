package org.cbm.request.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cbm.organisation.Organisation;
import org.cbm.shell.MainLayout;
import org.cbm.organisation.OrganisationDirectory;
import org.cbm.request.AssistanceRequest;
import org.cbm.request.RequestCatalogue;
import org.cbm.request.WorkPackage;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The requests that recipient States have published, each with its work packages, loaded page by page from the
 * database as the grid scrolls.
 */
@Route(value = "marketplace", layout = MainLayout.class)
@Menu(title = "nav.marketplace", order = 20, icon = "SHOP")
@RolesAllowed({"PROVIDER", "COORDINATOR"})
@PageTitle("Published requests | ICT Security Capacity-Building Marketplace")
class PublishedRequestsView extends VerticalLayout {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.asc("id"));

    private final RequestCatalogue catalogue;
    private final OrganisationDirectory organisations;

    PublishedRequestsView(RequestCatalogue catalogue, OrganisationDirectory organisations) {
        this.catalogue = catalogue;
        this.organisations = organisations;
        setSizeFull();
        add(new H1(getTranslation("app.title")),
                new Paragraph(getTranslation("requests.published.intro", catalogue.countPublished())),
                requestsGrid());
    }

    private Grid<RequestRow> requestsGrid() {
        Grid<RequestRow> grid = new Grid<>();
        grid.setId("published-requests");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(RequestRow::recipientName).setHeader(getTranslation("requests.column.state")).setAutoWidth(true);
        grid.addColumn(row -> row.request().title()).setHeader(getTranslation("requests.column.title")).setFlexGrow(3);
        grid.addColumn(row -> row.request().packages().stream().map(p -> getTranslation("theme." + p.theme().name()))
                .distinct().collect(Collectors.joining(", "))).setHeader(getTranslation("requests.column.themes")).setFlexGrow(3);
        grid.addColumn(row -> row.request().packages().size()).setHeader(getTranslation("requests.column.packages"));
        grid.addColumn(row -> row.request().packages().stream().mapToInt(WorkPackage::days).sum())
                .setHeader(getTranslation("requests.column.days"));
        grid.addColumn(row -> row.request().publishedAt() == null ? ""
                        : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                        .format(row.request().publishedAt().atZone(ZoneOffset.UTC)))
                .setHeader(getTranslation("requests.column.published"));
        grid.setItemDetailsRenderer(new ComponentRenderer<>(row -> packagesGrid(row.request().packages())));
        grid.setItems(query -> page(query.getPage(), query.getPageSize()),
                query -> (int) catalogue.countPublished());
        grid.setSizeFull();
        return grid;
    }

    private Stream<RequestRow> page(int page, int pageSize) {
        List<AssistanceRequest> requests = catalogue.published(PageRequest.of(page, pageSize, NEWEST_FIRST)).getContent();
        Map<String, Organisation> recipients = organisations.findAll(
                requests.stream().map(AssistanceRequest::recipientId).collect(Collectors.toSet()));
        return requests.stream().map(request -> new RequestRow(request,
                recipients.containsKey(request.recipientId()) ? recipients.get(request.recipientId()).name()
                        : request.recipientId()));
    }

    private Grid<WorkPackage> packagesGrid(List<WorkPackage> packages) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        Grid<WorkPackage> grid = new Grid<>();
        grid.addColumn(p -> getTranslation("theme." + p.theme().name())).setHeader(getTranslation("packages.column.theme")).setFlexGrow(2);
        grid.addColumn(p -> String.join(", ", p.languages())).setHeader(getTranslation("packages.column.languages"));
        grid.addColumn(WorkPackage::days).setHeader(getTranslation("packages.column.days"));
        grid.addColumn(p -> getTranslation("urgency." + p.urgency())).setHeader(getTranslation("packages.column.urgency"));
        grid.addColumn(p -> dates.format(p.start()) + " – " + dates.format(p.end()))
                .setHeader(getTranslation("packages.column.period")).setFlexGrow(2);
        grid.setItems(packages);
        grid.setAllRowsVisible(true);
        return grid;
    }

    record RequestRow(AssistanceRequest request, String recipientName) {
    }
}
