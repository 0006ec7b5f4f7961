package org.cbm.matching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cbm.shell.Formats;
import org.cbm.matching.Match;
import org.cbm.matching.MatchService;
import org.cbm.matching.MatchStatus;
import org.cbm.matching.Side;
import org.cbm.plan.PlanReasons;
import org.cbm.plan.ProposalReason;
import org.cbm.plan.ProposalReasons;
import org.cbm.shell.Feedback;
import org.cbm.shell.MainLayout;

/**
 * The open proposals of the signed-in official's State or organisation, for either side: those waiting for its
 * answer first, then those waiting for the other side. Each says, in the terms of the published plan, why it was
 * proposed; the official accepts it or declines it with a reason.
 */
@Route(value = "proposals", layout = MainLayout.class)
@Menu(title = "nav.proposals", order = 15, icon = "HANDSHAKE")
@RolesAllowed({"RECIPIENT", "PROVIDER"})
class ProposalsView extends VerticalLayout implements HasDynamicTitle {

    private static final List<MatchStatus> OPEN = MatchStatus.openProposals();

    private final MatchService matches;
    private final MatchBrowser browser;
    private final UnorderedList reasons = new UnorderedList();
    private final Paragraph waiting = new Paragraph();
    /** The published plan as read with the list; {@code null} when there is none or it cannot be read. */
    private PlanReasons plan;

    ProposalsView(MatchSummaries summaries, MatchService matches, ProposalReasons proposalReasons) {
        this.matches = matches;
        browser = new MatchBrowser("proposal-grid", getPageTitle(), getTranslation("proposals.empty"), () -> {
            plan = proposalReasons.published().orElse(null);
            return summaries.inStatus(OPEN, getLocale()).stream()
                    .sorted(Comparator.comparing((MatchSummary summary) -> !summary.awaitsOurAnswer())
                            .thenComparing(summary -> summary.match().proposedAt()))
                    .toList();
        });
        browser.grid().addColumn(this::answer).setHeader(getTranslation("proposals.column.answer")).setFlexGrow(2);

        VerticalLayout explanation = new VerticalLayout(new H3(getTranslation("explain.heading")), reasons);
        explanation.setId("proposal-explanation");
        explanation.setPadding(false);
        waiting.setId("proposal-waiting");
        Button accept = new Button(getTranslation("proposals.accept"), VaadinIcon.CHECK.create(), click -> accept());
        accept.setId("accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button decline = new Button(getTranslation("proposals.decline"), VaadinIcon.CLOSE.create(),
                click -> new DeclineDialog(this::decline).open());
        decline.setId("decline");
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
        browser.addToSelected(explanation, waiting, new HorizontalLayout(accept, decline));
        browser.onShow(summary -> {
            accept.setVisible(summary.awaitsOurAnswer());
            decline.setVisible(summary.awaitsOurAnswer());
            waiting.setVisible(!summary.awaitsOurAnswer());
            waiting.setText(answer(summary));
            explain(summary);
        });

        add(new H1(getPageTitle()), new Paragraph(getTranslation("proposals.intro")), browser);
        browser.refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.proposals");
    }

    private String answer(MatchSummary summary) {
        if (summary.awaitsOurAnswer()) {
            return getTranslation("proposals.awaitingYou");
        }
        return summary.side() == Side.RECIPIENT ? getTranslation("proposals.awaitingProvider")
                : getTranslation("proposals.awaitingRecipient");
    }

    private void explain(MatchSummary summary) {
        reasons.removeAll();
        Match.Pair pair = summary.match().pair();
        Optional.ofNullable(plan).flatMap(published -> published.reasonsFor(pair.packageId(), pair.offerId()))
                .ifPresentOrElse(found -> found.forEach(reason -> reasons.add(new ListItem(sentence(reason, summary)))),
                        () -> reasons.add(new ListItem(getTranslation("explain.none"))));
    }

    /** A reason in plain words, naming the State and the provider. */
    private String sentence(ProposalReason reason, MatchSummary summary) {
        String state = summary.recipientName();
        String provider = summary.providerName();
        if (reason instanceof ProposalReason.Coverage coverage) {
            return getTranslation("explain.coverage", state, percent(coverage.before()), percent(coverage.after()));
        }
        if (reason instanceof ProposalReason.Priority priority) {
            return getTranslation("explain.priority", state, priority.weight());
        }
        if (reason instanceof ProposalReason.Interest) {
            return getTranslation("explain.interest", provider);
        }
        if (reason instanceof ProposalReason.KeepsPrevious) {
            return getTranslation("explain.kept");
        }
        if (reason instanceof ProposalReason.ReplacesPrevious) {
            return getTranslation("explain.replaced");
        }
        if (reason instanceof ProposalReason.ProviderShare share) {
            String ofState = percent(share.share());
            String cap = percent(share.capPercent() / 100.0);
            return share.overCap() ? getTranslation("explain.share.overCap", provider, state, ofState, cap)
                    : getTranslation("explain.share.underCap", provider, state, ofState, cap);
        }
        // What is left is ProposalReason.Fits.
        return getTranslation("explain.fits", state);
    }

    private String percent(double share) {
        return Formats.percent(share, getLocale());
    }

    private void accept() {
        browser.selectedMatch().map(MatchSummary::match).ifPresent(match -> Feedback.attempt(
                () -> matches.accept(match.id(), match.version()), browser::refresh).ifPresent(accepted -> {
                    Feedback.success(accepted.status() == MatchStatus.CONFIRMED
                            ? getTranslation("proposals.confirmed") : getTranslation("proposals.accepted"));
                    browser.refresh();
                }));
    }

    /** The decline is made on the proposal as last read: after a conflict and a reload, on its current version. */
    private boolean decline(String reason) {
        Match match = browser.selectedMatch().map(MatchSummary::match).orElseThrow();
        return Feedback.attempt(() -> matches.decline(match.id(), match.version(), reason), browser::refresh)
                .map(declined -> {
                    Feedback.success(getTranslation("proposals.declined"));
                    browser.refresh();
                    return true;
                }).orElse(false);
    }
}
