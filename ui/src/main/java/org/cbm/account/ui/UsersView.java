package org.cbm.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.cbm.account.UserAccount;
import org.cbm.account.UserAdministration;
import org.cbm.forms.Fields;
import org.cbm.organisation.Organisation;
import org.cbm.organisation.OrganisationDirectory;
import org.cbm.shell.Feedback;
import org.cbm.shell.Formats;
import org.cbm.shell.MainLayout;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** User accounts: administrators create them, change their roles, organisation, language and access, unlock them. */
@Route(value = "users", layout = MainLayout.class)
@Menu(title = "nav.users", order = 75, icon = "USERS")
@RolesAllowed("ADMIN")
class UsersView extends VerticalLayout implements HasDynamicTitle {

    private static final Sort BY_EMAIL = Sort.by("email");

    private final UserAdministration users;
    private final Clock clock;
    private final Grid<UserAccount> grid = new Grid<>();
    private final TextField search = Fields.search("user-search", getTranslation("users.search.placeholder"),
            () -> grid.getDataProvider().refreshAll());
    private final Map<String, String> organisations;

    UsersView(UserAdministration users, OrganisationDirectory directory, Clock clock) {
        this.users = users;
        this.clock = clock;
        this.organisations = directory.all().stream()
                .collect(Collectors.toMap(Organisation::id, organisation -> organisation.name(getLocale())));
        Button create = new Button(getTranslation("users.create"), VaadinIcon.PLUS.create(), click -> openCreate());
        create.setId("create-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("users.title")), new Paragraph(getTranslation("users.intro")), create, search, usersGrid());
        setSizeFull();
    }

    private Grid<UserAccount> usersGrid() {
        grid.setId("users");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(UserAccount::email).setHeader(getTranslation("users.email")).setAutoWidth(true);
        grid.addColumn(UserAccount::displayName).setHeader(getTranslation("users.name")).setAutoWidth(true);
        grid.addColumn(account -> organisations.getOrDefault(account.organisationId(), account.organisationId()))
                .setHeader(getTranslation("users.organisation")).setAutoWidth(true);
        grid.addColumn(account -> account.roles().stream().sorted().map(role -> getTranslation("role." + role.name()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("users.roles")).setFlexGrow(2);
        grid.addColumn(account -> getTranslation("language." + account.preferredLanguage()))
                .setHeader(getTranslation("users.language")).setAutoWidth(true);
        grid.addColumn(account -> !account.isEnabled() ? getTranslation("users.state.disabled")
                        : account.isLockedAt(clock.instant())
                        ? getTranslation("users.state.locked", Formats.time(account.lockedUntil(), getLocale()))
                        : getTranslation("users.state.active"))
                .setHeader(getTranslation("users.state")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("users.actions")).setAutoWidth(true);
        grid.setItems(query -> users.list(null, search.getValue(), PageRequest.of(query.getPage(), query.getPageSize(),
                        BY_EMAIL)).stream(),
                query -> (int) users.list(null, search.getValue(), PageRequest.of(0, 1)).getTotalElements());
        grid.setSizeFull();
        grid.setMinHeight("24rem");
        return grid;
    }

    private HorizontalLayout actions(UserAccount account) {
        Button change = new Button(getTranslation("users.change"), click -> openChange(account));
        change.setId("change-" + account.id());
        change.getElement().setAttribute("aria-label", getTranslation("users.change.aria", account.email()));
        change.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout actions = new HorizontalLayout(change);
        if (account.lockedUntil() != null) {
            Button unlock = new Button(getTranslation("users.unlock"), click -> Feedback.attempt(
                    () -> users.unlock(account.id()), grid.getDataProvider()::refreshAll).ifPresent(unlocked -> {
                        Feedback.success(getTranslation("users.unlocked", unlocked.email()));
                        grid.getDataProvider().refreshAll();
                    }));
            unlock.setId("unlock-" + account.id());
            unlock.getElement().setAttribute("aria-label", getTranslation("users.unlock.aria", account.email()));
            unlock.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(unlock);
        }
        return actions;
    }

    private void openCreate() {
        UserForm form = new UserForm(organisations, true, new UserForm.UserDraft());
        openDialog(getTranslation("users.create.title"), form, () -> {
            UserForm.UserDraft draft = form.draft();
            return users.create(new UserAdministration.NewUser(draft.getEmail().strip(), draft.getDisplayName().strip(),
                    draft.getPassword(), draft.getRoles(), draft.getOrganisationId(), draft.getLanguage()));
        }, "users.created");
    }

    private void openChange(UserAccount account) {
        UserForm.UserDraft draft = new UserForm.UserDraft();
        draft.setDisplayName(account.displayName());
        draft.setRoles(account.roles());
        draft.setOrganisationId(account.organisationId());
        draft.setLanguage(account.preferredLanguage());
        draft.setEnabled(account.isEnabled());
        UserForm form = new UserForm(organisations, false, draft);
        openDialog(getTranslation("users.change.title", account.email()), form, () -> users.change(account.id(),
                new UserAdministration.UserChange(account.version(), draft.getDisplayName().strip(), draft.getRoles(),
                        draft.getOrganisationId(), draft.getLanguage(), draft.isEnabled())), "users.changed");
    }

    /** A dialog around the form; it stays open, with the entries, when the server refuses them. */
    private void openDialog(String title, UserForm form, Supplier<UserAccount> save, String successKey) {
        Dialog dialog = new Dialog();
        dialog.setId("user-dialog");
        dialog.setHeaderTitle(title);
        dialog.add(form);
        Button saveButton = new Button(getTranslation("common.save"), click -> {
            if (form.validate()) {
                Feedback.attempt(save, () -> {
                    dialog.close();
                    grid.getDataProvider().refreshAll();
                }).ifPresent(saved -> {
                    Feedback.success(getTranslation(successKey, saved.email()));
                    dialog.close();
                    grid.getDataProvider().refreshAll();
                });
            }
        });
        saveButton.setId("save-user");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), saveButton);
        dialog.setWidth("40rem");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title");
    }
}
