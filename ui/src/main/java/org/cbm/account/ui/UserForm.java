package org.cbm.account.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.cbm.account.Role;
import org.cbm.shell.LabelOrder;
import org.cbm.shell.UiLanguage;

/**
 * The fields of an account: for a new account its e-mail address and initial password, for an existing one whether
 * it is enabled. Pre-validates for friendly messages next to each field; the server decides.
 */
class UserForm extends FormLayout {

    static final int MIN_PASSWORD = 12;
    static final int MAX_PASSWORD = 200;
    static final int NAME_LENGTH = 120;

    /** An account as the administrator edits it. */
    static final class UserDraft {
        private String email = "";
        private String displayName = "";
        private Set<Role> roles = EnumSet.noneOf(Role.class);
        private String organisationId;
        private String language = UiLanguage.ENGLISH.code();
        private String password = "";
        private boolean enabled = true;

        String getEmail() {
            return email;
        }

        void setEmail(String email) {
            this.email = email;
        }

        String getDisplayName() {
            return displayName;
        }

        void setDisplayName(String displayName) {
            this.displayName = displayName;
        }

        Set<Role> getRoles() {
            return roles;
        }

        void setRoles(Set<Role> roles) {
            this.roles = roles;
        }

        String getOrganisationId() {
            return organisationId;
        }

        void setOrganisationId(String organisationId) {
            this.organisationId = organisationId;
        }

        String getLanguage() {
            return language;
        }

        void setLanguage(String language) {
            this.language = language;
        }

        String getPassword() {
            return password;
        }

        void setPassword(String password) {
            this.password = password;
        }

        boolean isEnabled() {
            return enabled;
        }

        void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }

    private final Binder<UserDraft> binder = new Binder<>();

    /**
     * @param organisations every organisation's name by id, for choosing the account's organisation
     * @param isNew         whether this creates an account (e-mail address and initial password) or changes one
     */
    UserForm(Map<String, String> organisations, boolean isNew, UserDraft draft) {
        TextField name = new TextField(getTranslation("users.name"));
        name.setId("user-name");
        name.setMaxLength(NAME_LENGTH);
        binder.forField(name).asRequired(getTranslation("users.name.required"))
                .bind(UserDraft::getDisplayName, UserDraft::setDisplayName);

        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("users.roles"));
        roles.setId("user-roles");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> getTranslation("role." + role.name()));
        binder.forField(roles).withValidator(value -> !value.isEmpty(), getTranslation("users.roles.required"))
                .bind(UserDraft::getRoles, UserDraft::setRoles);

        ComboBox<String> organisation = new ComboBox<>(getTranslation("users.organisation"));
        organisation.setId("user-organisation");
        organisation.setItems(LabelOrder.sorted(organisations.keySet(), getLocale(), organisations::get));
        organisation.setItemLabelGenerator(id -> organisations.getOrDefault(id, id));
        binder.forField(organisation).asRequired(getTranslation("users.organisation.required"))
                .bind(UserDraft::getOrganisationId, UserDraft::setOrganisationId);

        Select<String> language = new Select<>();
        language.setId("user-language");
        language.setLabel(getTranslation("users.language"));
        language.setItems(Arrays.stream(UiLanguage.values()).map(UiLanguage::code).toList());
        language.setItemLabelGenerator(code -> getTranslation("language." + code));
        binder.forField(language).asRequired(getTranslation("users.language.required"))
                .bind(UserDraft::getLanguage, UserDraft::setLanguage);

        if (isNew) {
            EmailField email = new EmailField(getTranslation("users.email"));
            email.setId("user-email");
            email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(getTranslation("users.email.invalid")));
            binder.forField(email).asRequired(getTranslation("users.email.required"))
                    .withValidator(new EmailValidator(getTranslation("users.email.invalid")))
                    .bind(UserDraft::getEmail, UserDraft::setEmail);
            PasswordField password = new PasswordField(getTranslation("users.password"));
            password.setId("user-password");
            password.setHelperText(getTranslation("users.password.help", MIN_PASSWORD));
            binder.forField(password).asRequired(getTranslation("users.password.required"))
                    .withValidator(value -> value.length() >= MIN_PASSWORD && value.length() <= MAX_PASSWORD,
                            getTranslation("users.password.length", MIN_PASSWORD, MAX_PASSWORD))
                    .bind(UserDraft::getPassword, UserDraft::setPassword);
            add(email, name, organisation, language, roles, password);
        } else {
            Checkbox enabled = new Checkbox(getTranslation("users.enabled"));
            enabled.setId("user-enabled");
            binder.forField(enabled).bind(UserDraft::isEnabled, UserDraft::setEnabled);
            add(name, organisation, language, roles, enabled);
        }
        binder.setBean(draft);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
    }

    /** Whether every field is valid; shows the message next to each field that is not. */
    boolean validate() {
        return binder.validate().isOk();
    }

    UserDraft draft() {
        return binder.getBean();
    }
}
