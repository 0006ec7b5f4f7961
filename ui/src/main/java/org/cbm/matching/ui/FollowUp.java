package org.cbm.matching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.cbm.matching.Match;
import org.cbm.matching.MatchService;
import org.cbm.matching.MatchStatus;
import org.cbm.matching.Side;
import org.cbm.request.WorkPackage;
import org.cbm.shell.Feedback;

/**
 * The follow-up of matches both sides committed to, as one side sees it: confirmed, in delivery, completed.
 * Either side reports that the work started; the recipient State reports its completion with a rating. Shared by
 * the recipient's "My assistance" and the provider's "My commitments".
 */
class FollowUp extends VerticalLayout {

    private static final List<MatchStatus> COMMITTED = MatchStatus.committed();

    private final MatchService matches;
    private final MatchBrowser browser;

    FollowUp(Side side, String gridId, String emptyText, MatchSummaries summaries, MatchService matches) {
        this.matches = matches;
        setPadding(false);
        browser = new MatchBrowser(gridId, getTranslation("followUp.grid"), emptyText,
                () -> summaries.inStatus(COMMITTED, getLocale()).stream().filter(summary -> summary.side() == side)
                        .sorted(Comparator.comparing((MatchSummary summary) -> summary.match().status())
                                .thenComparing(summary -> summary.optionalPackage().map(WorkPackage::start)
                                        .orElse(LocalDate.MAX)))
                        .toList());
        Button startDelivery = new Button(getTranslation("followUp.startDelivery"), VaadinIcon.PLAY.create(),
                click -> startDelivery());
        startDelivery.setId("start-delivery");
        Button complete = new Button(getTranslation("followUp.complete"), VaadinIcon.CHECK.create(),
                click -> new CompletionDialog(this::complete).open());
        complete.setId("complete");
        browser.addToSelected(new HorizontalLayout(startDelivery, complete));
        browser.onShow(summary -> {
            MatchStatus status = summary.match().status();
            startDelivery.setVisible(status == MatchStatus.CONFIRMED);
            complete.setVisible(side == Side.RECIPIENT && status == MatchStatus.IN_DELIVERY);
        });
        add(browser);
        browser.refresh();
    }

    private void startDelivery() {
        browser.selectedMatch().map(MatchSummary::match).ifPresent(match -> Feedback.attempt(
                () -> matches.startDelivery(match.id(), match.version()), browser::refresh).ifPresent(started -> {
                    Feedback.success(getTranslation("followUp.started"));
                    browser.refresh();
                }));
    }

    /** The report is made on the match as last read: after a conflict and a reload, on its current version. */
    private boolean complete(int rating, String comment) {
        Match match = browser.selectedMatch().map(MatchSummary::match).orElseThrow();
        return Feedback.attempt(() -> matches.complete(match.id(), match.version(), rating, comment), browser::refresh)
                .map(completed -> {
                    Feedback.success(getTranslation("followUp.completed"));
                    browser.refresh();
                    return true;
                }).orElse(false);
    }
}
