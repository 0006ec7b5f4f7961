package org.cbm.matching.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.cbm.matching.MatchService;
import org.cbm.matching.Side;
import org.cbm.shell.MainLayout;

/** The assistance the provider committed to deliver, State by State, and its delivery. */
@Route(value = "commitments", layout = MainLayout.class)
@Menu(title = "nav.commitments", order = 28, icon = "CALENDAR_BRIEFCASE")
@RolesAllowed("PROVIDER")
class MyCommitmentsView extends VerticalLayout implements HasDynamicTitle {

    MyCommitmentsView(MatchSummaries summaries, MatchService matches) {
        add(new H1(getPageTitle()), new Paragraph(getTranslation("commitments.intro")),
                new FollowUp(Side.PROVIDER, "commitment-grid", getTranslation("commitments.empty"), summaries, matches));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.commitments");
    }
}
