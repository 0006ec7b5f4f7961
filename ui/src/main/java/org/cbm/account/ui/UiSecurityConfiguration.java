package org.cbm.account.ui;

import com.vaadin.flow.spring.security.VaadinWebSecurity;
import org.cbm.account.AccountOidcUserService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * Security of the web UI: a form sign-in on the login view and a session; every view states who may open it
 * ({@code @PermitAll}, {@code @RolesAllowed}, {@code @AnonymousAllowed}). When an OpenID Connect client is
 * configured ({@code spring.security.oauth2.client.registration.*}), signing in with it is offered too.
 * The REST API has its own rules.
 */
@Configuration
class UiSecurityConfiguration extends VaadinWebSecurity {

    private final ObjectProvider<ClientRegistrationRepository> oidcClients;
    private final AccountOidcUserService oidcUsers;

    UiSecurityConfiguration(ObjectProvider<ClientRegistrationRepository> oidcClients, AccountOidcUserService oidcUsers) {
        this.oidcClients = oidcClients;
        this.oidcUsers = oidcUsers;
    }

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        super.configure(http);
        setLoginView(http, LoginView.class);
        if (oidcClients.getIfAvailable() != null) {
            http.oauth2Login(login -> login.loginPage("/" + LoginView.PATH)
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUsers)));
        }
    }
}
