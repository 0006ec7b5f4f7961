package org.cbm.matching.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.function.ValueProvider;
import org.cbm.shell.Formats;

/**
 * Matches as their parties list them: the other party, the request and work package (theme, expert-days,
 * period), the offer and the status. Selecting a row shows the match in full, with what may be done with it.
 */
class MatchGrid extends Grid<MatchSummary> {

    MatchGrid(String id, String label) {
        setId(id);
        setAriaLabel(label);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        setSelectionMode(SelectionMode.SINGLE);
        text(MatchSummary::otherPartyName, "matches.column.otherParty").setFlexGrow(2);
        text(summary -> orUnavailable(summary.requestTitle()), "matches.column.request").setFlexGrow(3);
        text(summary -> summary.optionalPackage().map(p -> getTranslation("theme." + p.theme().name())).orElse(""),
                "matches.column.theme").setFlexGrow(2);
        text(summary -> summary.optionalPackage().map(p -> Formats.number(p.days(), getLocale())).orElse(""),
                "matches.column.days").setAutoWidth(true);
        text(summary -> summary.optionalPackage().map(p -> Formats.period(p.start(), p.end(), getLocale())).orElse(""),
                "matches.column.period").setFlexGrow(2);
        text(summary -> orUnavailable(summary.offerTitle()), "matches.column.offer").setFlexGrow(2);
        text(summary -> getTranslation("status.match." + summary.match().status().name()), "common.status")
                .setAutoWidth(true);
        setAllRowsVisible(true);
    }

    /** A column of text that shows in full on hover when the column is too narrow for it. */
    Column<MatchSummary> text(ValueProvider<MatchSummary, String> text, String headerKey) {
        return addColumn(text).setTooltipGenerator(text::apply).setHeader(getTranslation(headerKey)).setResizable(true);
    }

    private String orUnavailable(String text) {
        return text == null ? getTranslation("matches.unavailable") : text;
    }
}
