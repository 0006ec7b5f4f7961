package org.cbm.account.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.cbm.demo.DemoMode;
import org.cbm.shell.LanguageMenu;
import org.cbm.shell.LanguagePreference;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/** Sign-in with e-mail address and password; in demo mode it also lists the demo accounts and their password. */
@Route(LoginView.PATH)
@AnonymousAllowed
class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH = "login";

    private final LoginForm form = new LoginForm();

    LoginView(DemoMode demoMode, ObjectProvider<ClientRegistrationRepository> oidcClients, LanguagePreference languages) {
        setAlignItems(FlexComponent.Alignment.CENTER);
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.email"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        form.setI18n(i18n);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        LanguageMenu languageMenu = new LanguageMenu(languages);
        setHorizontalComponentAlignment(FlexComponent.Alignment.END, languageMenu);
        add(languageMenu, new H1(getTranslation("app.title")), form);
        if (oidcClients.getIfAvailable() instanceof Iterable<?> registrations) {
            for (Object registration : registrations) {
                ClientRegistration client = (ClientRegistration) registration;
                Anchor link = new Anchor("/oauth2/authorization/" + client.getRegistrationId(),
                        getTranslation("login.oidc", client.getClientName()));
                link.setRouterIgnore(true);
                add(link);
            }
        }
        if (demoMode.isActive()) {
            add(demoAccounts(demoMode));
        }
    }

    private VerticalLayout demoAccounts(DemoMode demoMode) {
        Grid<DemoMode.DemoAccount> accounts = new Grid<>();
        accounts.setId("demo-accounts");
        accounts.addThemeVariants(GridVariant.LUMO_COMPACT);
        accounts.addColumn(account -> getTranslation("role." + account.role().name())).setHeader(getTranslation("login.demo.role"));
        accounts.addColumn(DemoMode.DemoAccount::email).setHeader(getTranslation("login.email")).setAutoWidth(true);
        accounts.setItems(demoMode.accounts());
        accounts.setAllRowsVisible(true);
        VerticalLayout demo = new VerticalLayout(new H2(getTranslation("login.demo.title")),
                new Paragraph(getTranslation("login.demo.password", demoMode.password())), accounts);
        demo.setMaxWidth("40em");
        return demo;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " | " + getTranslation("app.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
