package org.cbm.matching.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.GridSingleSelectionModel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A list of matches above the selected one in full, with what may be done with it. After every action (or a
 * conflict) the list is read again and the same match stays selected if it is still listed.
 */
class MatchBrowser extends VerticalLayout {

    private final Supplier<List<MatchSummary>> source;
    private final MatchGrid grid;
    private final Paragraph empty;
    private final MatchDetails details = new MatchDetails();
    private final VerticalLayout selected = new VerticalLayout(details);
    private Consumer<MatchSummary> onShow = summary -> { };

    MatchBrowser(String gridId, String label, String emptyText, Supplier<List<MatchSummary>> source) {
        this.source = source;
        this.grid = new MatchGrid(gridId, label);
        this.empty = new Paragraph(emptyText);
        setPadding(false);
        selected.setPadding(false);
        // A second click on the shown match keeps it shown: the details are where its actions are.
        ((GridSingleSelectionModel<MatchSummary>) grid.getSelectionModel()).setDeselectAllowed(false);
        grid.asSingleSelect().addValueChangeListener(change -> show(change.getValue()));
        add(empty, grid, selected);
    }

    MatchGrid grid() {
        return grid;
    }

    /** Adds what is shown with the selected match, below its details. */
    void addToSelected(Component... components) {
        selected.add(components);
    }

    /** What to set up (actions, explanations) when a match is shown. */
    void onShow(Consumer<MatchSummary> onShow) {
        this.onShow = onShow;
    }

    Optional<MatchSummary> selectedMatch() {
        return Optional.ofNullable(grid.asSingleSelect().getValue());
    }

    /** Reads the list again, keeping the selected match (or selecting the first one). */
    void refresh() {
        Optional<String> selectedId = selectedMatch().map(summary -> summary.match().id());
        List<MatchSummary> summaries = source.get();
        grid.setItems(summaries);
        empty.setVisible(summaries.isEmpty());
        Optional<MatchSummary> reselected = selectedId
                .flatMap(id -> summaries.stream().filter(summary -> summary.match().id().equals(id)).findFirst())
                .or(() -> summaries.stream().findFirst());
        reselected.ifPresentOrElse(grid::select, () -> show(null));
    }

    private void show(MatchSummary summary) {
        selected.setVisible(summary != null);
        if (summary != null) {
            details.show(summary);
            onShow.accept(summary);
        }
    }
}
