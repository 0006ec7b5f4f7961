package org.cbm.account.ui;

import com.vaadin.flow.spring.security.VaadinWebSecurity;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * Security of the web UI: a form sign-in on the login view and a session; every view states who may open it
 * ({@code @PermitAll}, {@code @RolesAllowed}, {@code @AnonymousAllowed}). The REST API has its own rules.
 */
@Configuration
class UiSecurityConfiguration extends VaadinWebSecurity {

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        super.configure(http);
        setLoginView(http, LoginView.class);
    }
}
