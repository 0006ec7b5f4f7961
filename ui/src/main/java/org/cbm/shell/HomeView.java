package org.cbm.shell;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.html.Div;
import jakarta.annotation.security.PermitAll;
import org.cbm.account.Actor;
import org.cbm.account.CurrentActor;
import org.cbm.account.Role;

/** The address of the application: each user lands on the first view of their main role. */
@Route(value = "", layout = MainLayout.class)
@PermitAll
class HomeView extends Div implements BeforeEnterObserver {

    private final CurrentActor currentActor;

    HomeView(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Actor actor = currentActor.require();
        String start = actor.hasRole(Role.COORDINATOR) ? "dashboard"
                : actor.hasRole(Role.RECIPIENT) ? "requests"
                : actor.hasRole(Role.PROVIDER) ? "marketplace"
                : actor.hasRole(Role.ADMIN) ? "organisations"
                : "marketplace";
        event.forwardTo(start);
    }
}
