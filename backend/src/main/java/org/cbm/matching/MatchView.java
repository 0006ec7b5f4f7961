package org.cbm.matching;

import java.time.Instant;

/** A match as the REST API shows it; {@code version} must be sent back with an action. */
public record MatchView(String id, Long version, String requestId, String packageId, String recipientId,
        String offerId, String providerId, String planId, MatchStatus status, Decline decline, Completion completion,
        Instant proposedAt, Instant providerAcceptedAt, Instant recipientAcceptedAt, Instant confirmedAt,
        Instant deliveryStartedAt, Instant completedAt, Instant withdrawnAt) {

    static MatchView of(Match match) {
        Match.Pair pair = match.pair();
        return new MatchView(match.id(), match.version(), pair.requestId(), pair.packageId(), pair.recipientId(),
                pair.offerId(), pair.providerId(), match.planId(), match.status(), match.decline(), match.completion(),
                match.proposedAt(), match.providerAcceptedAt(), match.recipientAcceptedAt(), match.confirmedAt(),
                match.deliveryStartedAt(), match.completedAt(), match.withdrawnAt());
    }
}
