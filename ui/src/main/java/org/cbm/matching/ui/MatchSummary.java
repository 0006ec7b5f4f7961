package org.cbm.matching.ui;

import java.util.Optional;
import org.cbm.matching.Match;
import org.cbm.matching.MatchStatus;
import org.cbm.matching.Side;
import org.cbm.request.WorkPackage;

/**
 * A match as one of its parties reads it: who is on the other side, which request and work package, which offer.
 * The request or offer is absent when the user may no longer see it (a withdrawn request, say).
 *
 * @param side the side of the signed-in user's organisation
 */
record MatchSummary(Match match, Side side, String recipientName, String providerName, String requestTitle,
        WorkPackage workPackage, String offerTitle) {

    String otherPartyName() {
        return side == Side.RECIPIENT ? providerName : recipientName;
    }

    Optional<WorkPackage> optionalPackage() {
        return Optional.ofNullable(workPackage);
    }

    /** Whether the proposal waits for this side's answer (rather than only for the other side's). */
    boolean awaitsOurAnswer() {
        MatchStatus acceptedByOtherSide = side == Side.RECIPIENT
                ? MatchStatus.ACCEPTED_BY_PROVIDER : MatchStatus.ACCEPTED_BY_RECIPIENT;
        return match.status() == MatchStatus.PROPOSED || match.status() == acceptedByOtherSide;
    }
}
