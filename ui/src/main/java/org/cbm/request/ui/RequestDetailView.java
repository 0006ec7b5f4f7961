package org.cbm.request.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cbm.account.Actor;
import org.cbm.account.CurrentActor;
import org.cbm.account.Role;
import org.cbm.organisation.Organisation;
import org.cbm.organisation.OrganisationDirectory;
import org.cbm.organisation.PriorityGroup;
import org.cbm.organisation.StateProfile;
import org.cbm.request.AssistanceRequest;
import org.cbm.request.RequestCatalogue;
import org.cbm.request.RequestService;
import org.cbm.request.WorkPackage;
import org.cbm.shell.Feedback;
import org.cbm.shell.Formats;
import org.cbm.shell.MainLayout;

/** One published request as providers see it: the State, its work packages, and "mark interest". */
@Route(value = "marketplace/request", layout = MainLayout.class)
@RolesAllowed({"PROVIDER", "COORDINATOR"})
class RequestDetailView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final RequestCatalogue catalogue;
    private final RequestService requests;
    private final OrganisationDirectory organisations;
    private final CurrentActor currentActor;
    private String title = "";

    RequestDetailView(RequestCatalogue catalogue, RequestService requests, OrganisationDirectory organisations,
            CurrentActor currentActor) {
        this.catalogue = catalogue;
        this.requests = requests;
        this.organisations = organisations;
        this.currentActor = currentActor;
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        show(id);
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.title");
    }

    private void show(String id) {
        removeAll();
        Optional<AssistanceRequest> found = catalogue.find(id);
        if (found.isEmpty()) {
            title = getTranslation("marketplace.detail.missing");
            add(new H2(title), new Paragraph(getTranslation("feedback.notFound")));
            return;
        }
        AssistanceRequest request = found.get();
        title = request.title();
        Optional<Organisation> state = organisations.find(request.recipientId());
        add(new H2(request.title()),
                new Paragraph(getTranslation("marketplace.detail.state",
                        state.map(organisation -> organisation.name(getLocale())).orElse(request.recipientId()),
                        state.map(Organisation::stateProfile).map(this::profile).orElse(""))),
                new Paragraph(request.description()),
                new H3(getTranslation("marketplace.detail.packages")),
                new PackagesGrid(request.packages()),
                interest(request));
    }

    private String profile(StateProfile profile) {
        return Stream.concat(Stream.of(getTranslation("region." + profile.region().name()),
                                getTranslation("income." + profile.incomeGroup().name())),
                        PriorityGroup.of(profile).stream().map(group -> getTranslation("priority." + group.name())))
                .collect(Collectors.joining(" · "));
    }

    private VerticalLayout interest(AssistanceRequest request) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.add(new Paragraph(getTranslation("marketplace.detail.interested",
                Formats.number(request.interest().size(), getLocale()))));
        Actor actor = currentActor.require();
        if (!actor.hasRole(Role.PROVIDER)) {
            return section;
        }
        if (request.isInterestedProvider(actor.organisationId())) {
            section.add(new Paragraph(getTranslation("marketplace.detail.youMarked")));
        } else {
            Button mark = new Button(getTranslation("marketplace.detail.markInterest"), VaadinIcon.STAR.create(),
                    click -> Feedback.attempt(() -> requests.markInterest(request.id()), () -> show(request.id()))
                            .ifPresent(marked -> {
                                Feedback.success(getTranslation("marketplace.detail.marked"));
                                show(request.id());
                            }));
            mark.setId("mark-interest");
            mark.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            section.add(new Paragraph(getTranslation("marketplace.detail.interestHint")), mark);
        }
        return section;
    }

    /** The work packages of a request: what, in which languages, how many expert-days, how urgent, when. */
    static class PackagesGrid extends Grid<WorkPackage> {

        PackagesGrid(List<WorkPackage> packages) {
            addColumn(p -> getTranslation("theme." + p.theme().name())).setHeader(getTranslation("packages.column.theme")).setFlexGrow(2);
            addColumn(p -> p.languages().stream().map(code -> getTranslation("language." + code)).collect(Collectors.joining(", ")))
                    .setHeader(getTranslation("packages.column.languages"));
            addColumn(WorkPackage::days).setHeader(getTranslation("packages.column.days"));
            addColumn(p -> getTranslation("urgency." + p.urgency())).setHeader(getTranslation("packages.column.urgency"));
            addColumn(p -> Formats.period(p.start(), p.end(), getLocale())).setHeader(getTranslation("packages.column.period")).setFlexGrow(2);
            setItems(packages);
            setAllRowsVisible(true);
        }
    }
}
