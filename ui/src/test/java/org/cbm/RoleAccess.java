package org.cbm;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import org.springframework.context.ApplicationContext;

/** Checks that a view is refused to the roles that may not open it. */
public final class RoleAccess {

    private RoleAccess() {
    }

    /**
     * Signs in each account in turn, opens the route and checks that the view is not shown; first that the route
     * leads to the view at all, since a mistyped route would be refused to everyone.
     */
    public static void assertRefused(ApplicationContext context, Class<? extends Component> view, String route,
            String... emails) {
        for (String email : emails) {
            SignedInUi.as(context, email);
            try {
                assertThat(RouteConfiguration.forApplicationScope().getRoute(route)).as("view of %s", route)
                        .contains(view);
                UI.getCurrent().navigate(route);
                assertThat(_find(view)).as("%s opened by %s", route, email).isEmpty();
            } finally {
                SignedInUi.close();
            }
        }
    }
}
