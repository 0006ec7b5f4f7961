package org.cbm.matching;

import org.cbm.problem.StatusNotAllowedException;

/** An action that the match lifecycle does not allow from the match's current status. */
public class IllegalMatchTransitionException extends StatusNotAllowedException {

    public IllegalMatchTransitionException(String matchId, MatchStatus from, MatchStatus to) {
        super("Match " + matchId + " is " + from + " and cannot become " + to + "; from " + from + " it may become "
                + (from.next().isEmpty() ? "nothing else (final)" : from.next()));
    }
}
