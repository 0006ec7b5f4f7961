package org.cbm.request.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.cbm.account.CurrentActor;
import org.cbm.shell.Formats;
import org.cbm.matching.MatchService;
import org.cbm.request.AssistanceRequest;
import org.cbm.request.RequestService;
import org.cbm.request.WorkPackage;
import org.cbm.shell.MainLayout;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The requests of the signed-in official's State, drafts included, with how much of each is covered by matches
 * both sides have committed to. A row opens the request.
 */
@Route(value = "requests", layout = MainLayout.class)
@Menu(title = "nav.myRequests", order = 10, icon = "FILE_TEXT")
@RolesAllowed("RECIPIENT")
class MyRequestsView extends VerticalLayout implements HasDynamicTitle {

    private static final Sort LAST_CHANGED_FIRST = Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.asc("id"));

    private final RequestService requests;
    private final MatchService matches;
    private final RequestService.RequestFilter ownState;

    MyRequestsView(RequestService requests, MatchService matches, CurrentActor currentActor) {
        this.requests = requests;
        this.matches = matches;
        this.ownState = new RequestService.RequestFilter(null, currentActor.require().organisationId());
        setSizeFull();
        Button newRequest = new Button(getTranslation("requests.new"), VaadinIcon.PLUS.create(),
                click -> UI.getCurrent().navigate(RequestEditorView.class,
                        new RouteParameters(RequestEditorView.ID, RequestEditorView.NEW)));
        newRequest.setId("new-request");
        newRequest.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getPageTitle()), new Paragraph(getTranslation("requests.mine.intro")), newRequest, requestsGrid());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myRequests");
    }

    private Grid<RequestRow> requestsGrid() {
        Grid<RequestRow> grid = new Grid<>();
        grid.setId("my-requests");
        grid.setAriaLabel(getTranslation("nav.myRequests"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(row -> new RouterLink(row.request().title(), RequestEditorView.class,
                new RouteParameters(RequestEditorView.ID, row.request().id())))
                .setHeader(getTranslation("requests.column.title")).setFlexGrow(3);
        grid.addColumn(row -> getTranslation("status.request." + row.request().status().name()))
                .setHeader(getTranslation("common.status")).setAutoWidth(true);
        grid.addColumn(row -> Formats.number(row.request().packages().size(), getLocale()))
                .setHeader(getTranslation("requests.column.packages")).setAutoWidth(true);
        grid.addColumn(row -> Formats.number(row.totalDays(), getLocale()))
                .setHeader(getTranslation("requests.column.days")).setAutoWidth(true);
        grid.addColumn(this::coverage).setHeader(getTranslation("requests.column.coverage")).setFlexGrow(2);
        grid.addColumn(row -> Formats.day(row.request().updatedAt(), getLocale()))
                .setHeader(getTranslation("requests.column.changed")).setAutoWidth(true);
        grid.addItemClickListener(click -> UI.getCurrent().navigate(RequestEditorView.class,
                new RouteParameters(RequestEditorView.ID, click.getItem().request().id())));
        grid.setItems(query -> page(PageRequest.of(query.getPage(), query.getPageSize(), LAST_CHANGED_FIRST)),
                query -> (int) requests.list(ownState, PageRequest.of(0, 1)).getTotalElements());
        grid.setSizeFull();
        return grid;
    }

    private String coverage(RequestRow row) {
        double share = row.totalDays() == 0 ? 0 : (double) row.committedDays() / row.totalDays();
        return getTranslation("requests.coverage", Formats.percent(share, getLocale()),
                Formats.number(row.committedDays(), getLocale()), Formats.number(row.totalDays(), getLocale()));
    }

    private Stream<RequestRow> page(Pageable pageable) {
        List<AssistanceRequest> page = requests.list(ownState, pageable).getContent();
        Map<String, Set<String>> committedPackages = matches.committedPackagesByRequest(ownState.recipientId());
        return page.stream().map(request -> new RequestRow(request,
                committedPackages.getOrDefault(request.id(), Set.of())));
    }

    /** A request with the ids of its packages that committed matches cover. */
    record RequestRow(AssistanceRequest request, Set<String> committedPackageIds) {

        int totalDays() {
            return request.totalDays();
        }

        int committedDays() {
            return request.packages().stream().filter(p -> committedPackageIds.contains(p.id()))
                    .mapToInt(WorkPackage::days).sum();
        }
    }
}
