package org.cbm.matching.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.stream.Collectors;
import org.cbm.shell.Formats;
import org.cbm.matching.Completion;
import org.cbm.matching.Decline;
import org.cbm.matching.Match;
import org.cbm.request.WorkPackage;

/**
 * One match in full for its parties: the two parties, the request and its work package, the offer, the status
 * and when it was proposed, and the decline reason or the completion report once there is one. The views add what
 * may be done with it.
 */
class MatchDetails extends VerticalLayout {

    private final H2 heading = new H2();
    private final DescriptionList facts = new DescriptionList();

    MatchDetails() {
        setId("match-details");
        setPadding(false);
        // Terms beside their descriptions: one under the other, a dozen facts ran over two screens.
        facts.getStyle().set("display", "grid").set("grid-template-columns", "max-content 1fr")
                .set("column-gap", "var(--lumo-space-l)").set("row-gap", "var(--lumo-space-xs)").set("margin", "0");
        add(heading, facts);
    }

    void show(MatchSummary summary) {
        Match match = summary.match();
        heading.setText(summary.optionalPackage()
                .map(p -> getTranslation("matches.details.heading", getTranslation("theme." + p.theme().name()),
                        summary.otherPartyName()))
                .orElseGet(summary::otherPartyName));
        facts.removeAll();
        fact(getTranslation("matches.details.recipient"), summary.recipientName());
        fact(getTranslation("matches.details.provider"), summary.providerName());
        fact(getTranslation("matches.column.request"), orUnavailable(summary.requestTitle()));
        summary.optionalPackage().ifPresent(this::packageFacts);
        fact(getTranslation("matches.column.offer"), orUnavailable(summary.offerTitle()));
        fact(getTranslation("common.status"), getTranslation("status.match." + match.status().name()));
        fact(getTranslation("matches.details.proposed"), Formats.day(match.proposedAt(), getLocale()));
        Decline decline = match.decline();
        if (decline != null) {
            fact(getTranslation("matches.details.declineReason"), decline.reason());
        }
        Completion completion = match.completion();
        if (completion != null) {
            fact(getTranslation("matches.details.rating"), getTranslation("rating." + completion.rating()));
            if (completion.comment() != null && !completion.comment().isBlank()) {
                fact(getTranslation("matches.details.comment"), completion.comment());
            }
        }
    }

    private void packageFacts(WorkPackage workPackage) {
        fact(getTranslation("matches.column.theme"), getTranslation("theme." + workPackage.theme().name()));
        fact(getTranslation("matches.details.languages"), workPackage.languages().stream()
                .map(code -> getTranslation("language." + code)).collect(Collectors.joining(", ")));
        fact(getTranslation("matches.column.days"), Formats.number(workPackage.days(), getLocale()));
        fact(getTranslation("matches.details.urgency"), getTranslation("urgency." + workPackage.urgency()));
        fact(getTranslation("matches.column.period"), Formats.period(workPackage.start(), workPackage.end(), getLocale()));
    }

    private void fact(String term, String description) {
        DescriptionList.Term termText = new DescriptionList.Term(term);
        termText.getStyle().set("color", "var(--lumo-secondary-text-color)");
        DescriptionList.Description descriptionText = new DescriptionList.Description(description);
        descriptionText.getStyle().set("margin", "0");
        facts.add(termText, descriptionText);
    }

    private String orUnavailable(String text) {
        return text == null ? getTranslation("matches.unavailable") : text;
    }
}
