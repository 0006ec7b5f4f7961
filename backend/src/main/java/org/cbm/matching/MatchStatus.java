package org.cbm.matching;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The life of a match. A proposal needs both sides' acceptance to become CONFIRMED (it is then pinned for every
 * later solve); either side may decline it while it is open; it is withdrawn when the plan, the request or the
 * offer drops it.
 */
public enum MatchStatus {
    PROPOSED,
    ACCEPTED_BY_PROVIDER,
    ACCEPTED_BY_RECIPIENT,
    CONFIRMED,
    IN_DELIVERY,
    COMPLETED,
    DECLINED,
    WITHDRAWN;

    /** A proposal still waiting for an answer from at least one side. */
    public boolean isOpenProposal() {
        return this == PROPOSED || this == ACCEPTED_BY_PROVIDER || this == ACCEPTED_BY_RECIPIENT;
    }

    /** Accepted by both sides: the pair holds in every later plan. */
    public boolean isCommitted() {
        return this == CONFIRMED || this == IN_DELIVERY || this == COMPLETED;
    }

    /** The statuses of open proposals, for queries. */
    public static List<MatchStatus> openProposals() {
        return Arrays.stream(values()).filter(MatchStatus::isOpenProposal).toList();
    }

    /** The statuses of committed matches, for queries. */
    public static List<MatchStatus> committed() {
        return Arrays.stream(values()).filter(MatchStatus::isCommitted).toList();
    }

    public boolean isFinal() {
        return this == COMPLETED || this == DECLINED || this == WITHDRAWN;
    }

    /** The statuses this one may move to directly. */
    public Set<MatchStatus> next() {
        return switch (this) {
            case PROPOSED -> EnumSet.of(ACCEPTED_BY_PROVIDER, ACCEPTED_BY_RECIPIENT, DECLINED, WITHDRAWN);
            case ACCEPTED_BY_PROVIDER, ACCEPTED_BY_RECIPIENT -> EnumSet.of(CONFIRMED, DECLINED, WITHDRAWN);
            case CONFIRMED -> EnumSet.of(IN_DELIVERY);
            case IN_DELIVERY -> EnumSet.of(COMPLETED);
            case COMPLETED, DECLINED, WITHDRAWN -> EnumSet.noneOf(MatchStatus.class);
        };
    }
}
