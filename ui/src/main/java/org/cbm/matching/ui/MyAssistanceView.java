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

/** The assistance the recipient State's providers committed to: its delivery, and the State's report on it. */
@Route(value = "assistance", layout = MainLayout.class)
@Menu(title = "nav.assistance", order = 18, icon = "CHECK_CIRCLE")
@RolesAllowed("RECIPIENT")
class MyAssistanceView extends VerticalLayout implements HasDynamicTitle {

    MyAssistanceView(MatchSummaries summaries, MatchService matches) {
        add(new H1(getPageTitle()), new Paragraph(getTranslation("assistance.intro")),
                new FollowUp(Side.RECIPIENT, "assistance-grid", getTranslation("assistance.empty"), summaries, matches));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.assistance");
    }
}
