package org.cbm.matching.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
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
        addColumn(MatchSummary::otherPartyName).setHeader(getTranslation("matches.column.otherParty")).setFlexGrow(2);
        addColumn(summary -> orUnavailable(summary.requestTitle())).setHeader(getTranslation("matches.column.request"))
                .setFlexGrow(3);
        addColumn(summary -> summary.optionalPackage().map(p -> getTranslation("theme." + p.theme().name()))
                .orElse("")).setHeader(getTranslation("matches.column.theme")).setFlexGrow(2);
        addColumn(summary -> summary.optionalPackage().map(p -> Formats.number(p.days(), getLocale())).orElse(""))
                .setHeader(getTranslation("matches.column.days")).setAutoWidth(true);
        addColumn(summary -> summary.optionalPackage().map(p -> Formats.period(p.start(), p.end(), getLocale()))
                .orElse("")).setHeader(getTranslation("matches.column.period")).setFlexGrow(2);
        addColumn(summary -> orUnavailable(summary.offerTitle())).setHeader(getTranslation("matches.column.offer"))
                .setFlexGrow(2);
        addColumn(summary -> getTranslation("status.match." + summary.match().status().name()))
                .setHeader(getTranslation("common.status")).setAutoWidth(true);
        setAllRowsVisible(true);
    }

    private String orUnavailable(String text) {
        return text == null ? getTranslation("matches.unavailable") : text;
    }
}
