package org.cbm.shell;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.cbm.account.Actor;
import org.cbm.account.CurrentActor;
import org.cbm.organisation.OrganisationDirectory;

/**
 * The frame around every signed-in view: the navigation (only the views the user's roles may open, from each
 * view's {@code @Menu}, whose title is a translation key), who is signed in and for which organisation, the
 * language menu and sign-out. Views name it: {@code @Route(value = "…", layout = MainLayout.class)}.
 */
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public MainLayout(CurrentActor currentActor, OrganisationDirectory organisations, LanguagePreference preference,
            AuthenticationContext authentication) {
        Span title = new Span(getTranslation("app.title"));
        title.addClassName("cbm-app-title");
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.expand(title);
        header.setPadding(true);
        header.add(new LanguageMenu(preference));
        if (authentication.isAuthenticated()) {
            Actor actor = currentActor.require();
            Span who = new Span(getTranslation("shell.signedInAs", actor.displayName(),
                    Optional.ofNullable(actor.organisationId()).flatMap(organisations::find)
                            .map(organisation -> organisation.name(getLocale()))
                            .orElse("")));
            who.setId("signed-in-user");
            Button signOut = new Button(getTranslation("shell.signOut"), VaadinIcon.SIGN_OUT.create(),
                    click -> authentication.logout());
            signOut.setId("sign-out");
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            header.add(who, signOut);
        }
        addToNavbar(true, header);
        addToDrawer(navigation());
        setPrimarySection(Section.DRAWER);
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("navigation");
        nav.setLabel(getTranslation("shell.navigation"));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(VaadinIcon.valueOf(entry.icon()).create());
            }
            nav.addItem(item);
        }
        return nav;
    }
}
