package org.cbm.matching.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.cbm.RoleAccess;
import org.cbm.SignedInUi;
import org.cbm.matching.Match;
import org.cbm.matching.MatchStatus;
import org.cbm.matching.Side;
import org.junit.jupiter.api.Test;

/** Both sides answer the proposals made to them; of two people answering at once, the later one is told. */
class ProposalsViewTest extends MatchViewTest {

    @Test
    void eachSideSeesWhatAwaitsItsAnswerAndWhatAwaitsTheOtherSide() {
        Match open = marketplace.match(request, 0, offer, MatchStatus.PROPOSED);
        Match acceptedByRecipient = marketplace.match(request, 1, offer, MatchStatus.ACCEPTED_BY_RECIPIENT);
        SignedInUi.as(context, SignedInUi.RECIPIENT);
        UI.getCurrent().navigate("proposals");

        assertThat(GridKt._getFormattedRow(grid(), row(open))).contains("Estonia", request.title(), "Incident response",
                "15", offer.title(), "Proposed", "Awaiting your answer");
        assertThat(GridKt._getFormattedRow(grid(), row(acceptedByRecipient)))
                .contains("Accepted by the recipient", "Waiting for the provider’s answer");
        grid().select(row(acceptedByRecipient));
        assertThat(_find(Button.class, spec -> spec.withId("accept"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("proposal-waiting")).getText())
                .isEqualTo("Waiting for the provider’s answer");
        SignedInUi.close();

        SignedInUi.as(context, SignedInUi.PROVIDER);
        UI.getCurrent().navigate("proposals");
        assertThat(GridKt._getFormattedRow(grid(), row(open))).contains("Kenya", "Awaiting your answer");
        assertThat(GridKt._getFormattedRow(grid(), row(acceptedByRecipient))).contains("Kenya", "Awaiting your answer");
    }

    @Test
    void aProposalOutsideThePublishedPlanSaysThatItHasNoExplanation() {
        Match open = marketplace.match(request, 0, offer, MatchStatus.PROPOSED);
        SignedInUi.as(context, SignedInUi.RECIPIENT);
        UI.getCurrent().navigate("proposals");
        grid().select(row(open));

        assertThat(_get(VerticalLayout.class, spec -> spec.withId("proposal-explanation")).getElement().getTextRecursively())
                .contains("Why this proposal", "not part of the published plan");
    }

    @Test
    void aProposalOfThePublishedPlanIsExplainedInPlainWords() throws Exception {
        Match open = marketplace.match(request, 0, offer, MatchStatus.PROPOSED);
        try (PublishedPlanForTest published = PublishedPlanForTest.of(mongo, request, offer, 0)) {
            SignedInUi.as(context, SignedInUi.RECIPIENT);
            UI.getCurrent().navigate("proposals");
            grid().select(row(open));

            assertThat(_get(VerticalLayout.class, spec -> spec.withId("proposal-explanation")).getElement()
                    .getTextRecursively()).contains(
                    "The offer covers the package’s theme, one of its languages and its period, and Kenya is eligible for it.",
                    "It brings Kenya from 0% to 38% of the expert-days it requested in this plan.",
                    "Kenya is among the States the plan serves first (priority 2 of 3).",
                    "Estonia would provide 38% of the expert-days Kenya requested, within the cap of 50%, so Kenya does "
                            + "not depend on a single provider.");
        }
    }

    @Test
    void bothSidesAcceptingConfirmsTheMatch() {
        Match open = marketplace.match(request, 0, offer, MatchStatus.PROPOSED);
        SignedInUi.as(context, SignedInUi.RECIPIENT);
        UI.getCurrent().navigate("proposals");
        grid().select(row(open));
        _click(_get(Button.class, spec -> spec.withId("accept")));
        assertThat(marketplace.reload(open).status()).isEqualTo(MatchStatus.ACCEPTED_BY_RECIPIENT);
        SignedInUi.close();

        SignedInUi.as(context, SignedInUi.PROVIDER);
        UI.getCurrent().navigate("proposals");
        grid().select(row(open));
        _click(_get(Button.class, spec -> spec.withId("accept")));

        assertThat(marketplace.reload(open).status()).isEqualTo(MatchStatus.CONFIRMED);
        assertThat(rows()).noneMatch(summary -> summary.match().id().equals(open.id()));
    }

    @Test
    void decliningNeedsAReasonWhichIsStoredWithTheDecline() {
        Match open = marketplace.match(request, 0, offer, MatchStatus.PROPOSED);
        SignedInUi.as(context, SignedInUi.PROVIDER);
        UI.getCurrent().navigate("proposals");
        grid().select(row(open));

        _click(_get(Button.class, spec -> spec.withId("decline")));
        _click(_get(Button.class, spec -> spec.withId("confirm-decline")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("decline-reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Give a reason for declining.");
        assertThat(marketplace.reload(open).status()).isEqualTo(MatchStatus.PROPOSED);

        HasValueUtilsKt._setValue(reason, "Our experts are committed elsewhere in that period.");
        _click(_get(Button.class, spec -> spec.withId("confirm-decline")));

        Match declined = marketplace.reload(open);
        assertThat(declined.status()).isEqualTo(MatchStatus.DECLINED);
        assertThat(declined.decline().side()).isEqualTo(Side.PROVIDER);
        assertThat(declined.decline().reason()).isEqualTo("Our experts are committed elsewhere in that period.");
        assertThat(_find(Dialog.class, spec -> spec.withId("decline-dialog"))).isEmpty();
    }

    @Test
    void anAnswerBasedOnAStaleVersionIsRefusedWithAReloadAndDoesNotOverwrite() {
        Match open = marketplace.match(request, 0, offer, MatchStatus.PROPOSED);
        SignedInUi.as(context, SignedInUi.RECIPIENT);
        UI.getCurrent().navigate("proposals");
        grid().select(row(open));
        marketplace.changeMeanwhile(open, match -> match.decline(Side.PROVIDER, "colleague@demo.example",
                "Withdrawn by our side", Instant.now()));

        _click(_get(Button.class, spec -> spec.withId("accept")));

        ConfirmDialog conflict = _get(ConfirmDialog.class, spec -> spec.withId("conflict-dialog"));
        Match stored = marketplace.reload(open);
        assertThat(stored.status()).isEqualTo(MatchStatus.DECLINED);
        assertThat(stored.decline().reason()).isEqualTo("Withdrawn by our side");

        ConfirmDialogKt._fireConfirm(conflict);
        assertThat(rows()).noneMatch(summary -> summary.match().id().equals(open.id()));
    }

    @Test
    void coordinatorsAndAdministratorsCannotOpenIt() {
        RoleAccess.assertRefused(context, ProposalsView.class, "proposals", SignedInUi.COORDINATOR, SignedInUi.ADMIN);
    }

    @SuppressWarnings("unchecked")
    private static Grid<MatchSummary> grid() {
        return _get(Grid.class, spec -> spec.withId("proposal-grid"));
    }

    private static List<MatchSummary> rows() {
        Grid<MatchSummary> grid = grid();
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    private static MatchSummary row(Match match) {
        return rows().stream().filter(summary -> summary.match().id().equals(match.id())).findFirst().orElseThrow();
    }
}
