package org.cbm.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.cbm.RoleAccess;
import org.cbm.SignedInUi;
import org.cbm.account.AccountService;
import org.cbm.account.Role;
import org.cbm.account.UserAccount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;

/** Administrators create accounts, change them and unlock them. */
@SpringBootTest
class UsersViewTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountService accounts;

    @Autowired
    MongoOperations mongo;

    @AfterEach
    void closeUi() {
        SignedInUi.close();
    }

    @Test
    void createsAnAccountThenChangesItsRolesLanguageAndAccess() {
        SignedInUi.as(context, SignedInUi.ADMIN);
        UI.getCurrent().navigate(UsersView.class);
        String email = "official-" + UUID.randomUUID() + "@test.example";

        _click(_get(Button.class, spec -> spec.withId("create-user")));
        HasValueUtilsKt._setValue(_get(EmailField.class, spec -> spec.withId("user-email")), email);
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withId("user-name")), "Test Official");
        HasValueUtilsKt._setValue(organisation(), "KEN");
        HasValueUtilsKt._setValue(language(), "fr");
        HasValueUtilsKt._setValue(roles(), Set.of(Role.RECIPIENT));
        HasValueUtilsKt._setValue(_get(PasswordField.class, spec -> spec.withId("user-password")), "a long initial password");
        _click(_get(Button.class, spec -> spec.withId("save-user")));

        UserAccount created = accounts.findByEmail(email).orElseThrow();
        assertThat(created.displayName()).isEqualTo("Test Official");
        assertThat(created.organisationId()).isEqualTo("KEN");
        assertThat(created.preferredLanguage()).isEqualTo("fr");
        assertThat(created.roles()).containsExactly(Role.RECIPIENT);
        assertThat(created.isEnabled()).isTrue();
        assertThat(_find(Dialog.class, spec -> spec.withId("user-dialog"))).isEmpty();

        _click(actionOf(created, "change-"));
        HasValueUtilsKt._setValue(roles(), Set.of(Role.RECIPIENT, Role.PROVIDER));
        HasValueUtilsKt._setValue(language(), "ar");
        HasValueUtilsKt._setValue(_get(Checkbox.class, spec -> spec.withId("user-enabled")), false);
        _click(_get(Button.class, spec -> spec.withId("save-user")));

        UserAccount changed = accounts.findByEmail(email).orElseThrow();
        assertThat(changed.roles()).containsExactlyInAnyOrder(Role.RECIPIENT, Role.PROVIDER);
        assertThat(changed.preferredLanguage()).isEqualTo("ar");
        assertThat(changed.isEnabled()).isFalse();
    }

    @Test
    void unlocksAnAccountLockedAfterFailedSignIns() {
        SignedInUi.as(context, SignedInUi.ADMIN);
        String email = "locked-" + UUID.randomUUID() + "@test.example";
        UserAccount account = accounts.create(email, "Locked Official", "a long initial password", Set.of(Role.PROVIDER),
                "EST", "en");
        mongo.updateFirst(query(where("_id").is(account.id())),
                new Update().set("lockedUntil", Instant.now().plus(Duration.ofMinutes(15))).inc("version", 1),
                UserAccount.class);
        UI.getCurrent().navigate(UsersView.class);

        _click(actionOf(accounts.findByEmail(email).orElseThrow(), "unlock-"));

        assertThat(accounts.findByEmail(email).orElseThrow().lockedUntil()).isNull();
    }

    @Test
    void explainsInvalidEntriesKeepsThemAndCreatesNothing() {
        SignedInUi.as(context, SignedInUi.ADMIN);
        UI.getCurrent().navigate(UsersView.class);
        String email = "short-password-" + UUID.randomUUID() + "@test.example";

        _click(_get(Button.class, spec -> spec.withId("create-user")));
        HasValueUtilsKt._setValue(_get(EmailField.class, spec -> spec.withId("user-email")), email);
        PasswordField password = _get(PasswordField.class, spec -> spec.withId("user-password"));
        HasValueUtilsKt._setValue(password, "short");
        _click(_get(Button.class, spec -> spec.withId("save-user")));

        assertThat(password.getErrorMessage()).isEqualTo(UI.getCurrent().getTranslation("users.password.length",
                UserForm.MIN_PASSWORD, UserForm.MAX_PASSWORD));
        assertThat(roles().getErrorMessage()).isEqualTo(UI.getCurrent().getTranslation("users.roles.required"));
        assertThat(organisation().getErrorMessage()).isEqualTo(UI.getCurrent().getTranslation("users.organisation.required"));
        assertThat(accounts.findByEmail(email)).isEmpty();
        assertThat(_get(EmailField.class, spec -> spec.withId("user-email")).getValue()).isEqualTo(email);
    }

    @Test
    void findsAccountsByPartOfTheirAddressOrNameInAnyCase() {
        SignedInUi.as(context, SignedInUi.ADMIN);
        UI.getCurrent().navigate(UsersView.class);
        @SuppressWarnings("unchecked")
        Grid<UserAccount> grid = _get(Grid.class, spec -> spec.withId("users"));

        TextField search = _get(TextField.class, spec -> spec.withId("user-search"));
        HasValueUtilsKt._setValue(search, "RECIPIENT@demo");

        assertThat(GridKt._size(grid)).isOne();
        assertThat(GridKt._get(grid, 0).email()).isEqualTo(SignedInUi.RECIPIENT);

        // The demo recipient's name, "Amina Otieno (demo recipient)", not in its address.
        HasValueUtilsKt._setValue(search, "aMINA oTIENO");

        assertThat(GridKt._size(grid)).isOne();
        assertThat(GridKt._get(grid, 0).email()).isEqualTo(SignedInUi.RECIPIENT);
    }

    @Test
    void isOnlyForAdministrators() {
        RoleAccess.assertRefused(context, UsersView.class, "users", SignedInUi.RECIPIENT, SignedInUi.PROVIDER,
                SignedInUi.COORDINATOR);
    }

    /** The action button of an account's row ({@code change-<id>} or {@code unlock-<id>}). */
    private static Button actionOf(UserAccount account, String idPrefix) {
        @SuppressWarnings("unchecked")
        Grid<UserAccount> grid = _get(Grid.class, spec -> spec.withId("users"));
        int row = IntStream.range(0, GridKt._size(grid)).filter(i -> GridKt._get(grid, i).id().equals(account.id()))
                .findFirst().orElseThrow();
        Component actions = GridKt._getCellComponent(grid, row, "actions");
        return _get(actions, Button.class, spec -> spec.withId(idPrefix + account.id()));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> organisation() {
        return _get(ComboBox.class, spec -> spec.withId("user-organisation"));
    }

    @SuppressWarnings("unchecked")
    private static Select<String> language() {
        return _get(Select.class, spec -> spec.withId("user-language"));
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<Role> roles() {
        return _get(CheckboxGroup.class, spec -> spec.withId("user-roles"));
    }
}
