package org.cbm.matching;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * Something that happened to a match and that people must be told about. It is stored inside the match, in the
 * same write as the change itself, so that no notification is lost if the application stops right after the
 * change; a relay turns pending events into e-mails and then removes them.
 *
 * @param side the side that acted (accepted or declined); {@code null} for a proposal and a confirmation
 */
public record MatchEvent(@NotBlank String id, @NotNull Kind kind, Side side, @NotNull Instant at) {

    public enum Kind {
        PROPOSED,
        ACCEPTED,
        DECLINED,
        CONFIRMED
    }
}
