package org.cbm.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cbm.forms.Fields;
import org.cbm.organisation.Organisation;
import org.cbm.organisation.OrganisationAdministration;
import org.cbm.organisation.PriorityGroup;
import org.cbm.organisation.StateProfile;
import org.cbm.shell.Feedback;
import org.cbm.shell.MainLayout;
import org.cbm.solver.instance.OrganisationKind;

/**
 * The States (from the reference list of UN member States, with what the matching rules know of them) and the
 * partner organisations, which administrators register and rename.
 */
@Route(value = "organisations", layout = MainLayout.class)
@Menu(title = "nav.organisations", order = 70, icon = "BUILDING")
@RolesAllowed("ADMIN")
class OrganisationsView extends VerticalLayout implements HasDynamicTitle {

    /** The same rule as the server's: a short slug of letters, digits and dashes. */
    static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9-]{1,63}";
    static final int NAME_LENGTH = 200;

    /** A partner organisation as the administrator types it in. */
    static final class PartnerDraft {
        private String id = "";
        private String name = "";
        private OrganisationKind kind;

        String getId() {
            return id;
        }

        void setId(String id) {
            this.id = id;
        }

        String getName() {
            return name;
        }

        void setName(String name) {
            this.name = name;
        }

        OrganisationKind getKind() {
            return kind;
        }

        void setKind(OrganisationKind kind) {
            this.kind = kind;
        }
    }

    private final OrganisationAdministration administration;
    private final Select<OrganisationKind> kindFilter = new Select<>();
    private final Grid<Organisation> grid = new Grid<>();
    private final TextField search = Fields.search("organisation-search",
            getTranslation("organisations.search.placeholder"), this::refresh);

    OrganisationsView(OrganisationAdministration administration) {
        this.administration = administration;
        add(new H2(getTranslation("organisations.title")), new Paragraph(getTranslation("organisations.intro")),
                registration(), new H3(getTranslation("organisations.list")),
                new HorizontalLayout(kindFilter(), search), organisationsGrid());
        setSizeFull();
        refresh();
    }

    private void refresh() {
        grid.setItems(administration.list(kindFilter.getValue(), search.getValue(), getLocale()));
    }

    private FormLayout registration() {
        Binder<PartnerDraft> binder = new Binder<>();
        TextField id = new TextField(getTranslation("organisations.id"));
        id.setId("partner-id");
        id.setHelperText(getTranslation("organisations.id.help"));
        binder.forField(id).asRequired(getTranslation("organisations.id.required"))
                .withValidator(value -> value.strip().matches(ID_PATTERN), getTranslation("organisations.id.pattern"))
                .bind(PartnerDraft::getId, PartnerDraft::setId);
        TextField name = nameField("partner-name");
        bindName(binder.forField(name)).bind(PartnerDraft::getName, PartnerDraft::setName);
        Select<OrganisationKind> kind = new Select<>();
        kind.setId("partner-kind");
        kind.setLabel(getTranslation("organisations.kind"));
        kind.setItems(partnerKinds());
        kind.setItemLabelGenerator(value -> getTranslation("kind." + value.name()));
        binder.forField(kind).asRequired(getTranslation("organisations.kind.required"))
                .bind(PartnerDraft::getKind, PartnerDraft::setKind);
        binder.setBean(new PartnerDraft());

        Button register = new Button(getTranslation("organisations.register"), VaadinIcon.PLUS.create(), click -> {
            if (binder.validate().isOk()) {
                PartnerDraft draft = binder.getBean();
                Feedback.attempt(() -> administration.registerPartner(new OrganisationAdministration.NewPartner(
                        draft.getId().strip(), draft.getName().strip(), draft.getKind())), this::refresh)
                        .ifPresent(created -> {
                            Feedback.success(getTranslation("organisations.registered", created.name()));
                            binder.setBean(new PartnerDraft());
                            refresh();
                        });
            }
        });
        register.setId("register-partner");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(new H3(getTranslation("organisations.register.title")), id, name, kind, register);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        form.setColspan(form.getChildren().findFirst().orElseThrow(), 3);
        return form;
    }

    private TextField nameField(String id) {
        TextField name = new TextField(getTranslation("organisations.name"));
        name.setId(id);
        name.setMaxLength(NAME_LENGTH);
        return name;
    }

    private <B> Binder.BindingBuilder<B, String> bindName(Binder.BindingBuilder<B, String> builder) {
        return builder.asRequired(getTranslation("organisations.name.required"))
                .withValidator(value -> value.strip().length() <= NAME_LENGTH,
                        getTranslation("organisations.name.length", NAME_LENGTH));
    }

    private static List<OrganisationKind> partnerKinds() {
        return Arrays.stream(OrganisationKind.values()).filter(kind -> kind != OrganisationKind.STATE).toList();
    }

    private Select<OrganisationKind> kindFilter() {
        kindFilter.setId("organisation-kind-filter");
        kindFilter.setLabel(getTranslation("organisations.filter"));
        kindFilter.setItems(OrganisationKind.values());
        kindFilter.setEmptySelectionAllowed(true);
        kindFilter.setEmptySelectionCaption(getTranslation("common.all"));
        kindFilter.setItemLabelGenerator(kind -> kind == null ? getTranslation("common.all")
                : getTranslation("kind." + kind.name()));
        kindFilter.addValueChangeListener(change -> refresh());
        return kindFilter;
    }

    private Grid<Organisation> organisationsGrid() {
        grid.setId("organisations");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(organisation -> organisation.name(getLocale())).setHeader(getTranslation("organisations.name")).setFlexGrow(2);
        grid.addColumn(Organisation::id).setHeader(getTranslation("organisations.id")).setAutoWidth(true);
        grid.addColumn(organisation -> getTranslation("kind." + organisation.kind().name()))
                .setHeader(getTranslation("organisations.kind")).setAutoWidth(true);
        grid.addColumn(organisation -> profile(organisation, p -> getTranslation("region." + p.region().name())))
                .setHeader(getTranslation("organisations.region")).setAutoWidth(true);
        grid.addColumn(organisation -> profile(organisation, p -> getTranslation("income." + p.incomeGroup().name())))
                .setHeader(getTranslation("organisations.income")).setAutoWidth(true);
        grid.addColumn(organisation -> profile(organisation, this::priorityGroups))
                .setHeader(getTranslation("organisations.priority")).setFlexGrow(2);
        grid.addComponentColumn(organisation -> organisation.isState() ? new Span() : renameButton(organisation))
                .setKey("actions").setHeader(getTranslation("organisations.actions")).setAutoWidth(true);
        grid.setSizeFull();
        grid.setMinHeight("24rem");
        return grid;
    }

    private String profile(Organisation organisation, Function<StateProfile, String> text) {
        return organisation.stateProfile() == null ? "" : text.apply(organisation.stateProfile());
    }

    private String priorityGroups(StateProfile profile) {
        return PriorityGroup.of(profile).stream().map(group -> getTranslation("priority." + group.name()))
                .collect(Collectors.joining(", "));
    }

    private Button renameButton(Organisation partner) {
        Button rename = new Button(getTranslation("organisations.rename"), click -> openRename(partner));
        rename.setId("rename-" + partner.id());
        rename.getElement().setAttribute("aria-label", getTranslation("organisations.rename.aria", partner.name()));
        rename.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return rename;
    }

    private void openRename(Organisation partner) {
        Dialog dialog = new Dialog();
        dialog.setId("rename-dialog");
        dialog.setHeaderTitle(getTranslation("organisations.rename.title", partner.name()));
        Binder<PartnerDraft> binder = new Binder<>();
        TextField name = nameField("rename-name");
        bindName(binder.forField(name)).bind(PartnerDraft::getName, PartnerDraft::setName);
        PartnerDraft draft = new PartnerDraft();
        draft.setName(partner.name());
        binder.setBean(draft);
        name.setWidthFull();
        dialog.add(name);
        Button save = new Button(getTranslation("common.save"), click -> {
            if (binder.validate().isOk()) {
                Feedback.attempt(() -> administration.renamePartner(partner.id(), partner.version(),
                                draft.getName().strip()), () -> {
                            dialog.close();
                            refresh();
                        })
                        .ifPresent(renamed -> {
                            Feedback.success(getTranslation("organisations.renamed", renamed.name()));
                            dialog.close();
                            refresh();
                        });
            }
        });
        save.setId("save-rename");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organisations.title");
    }
}
