package org.cbm.matching;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A work package paired with an offer, from the proposal of a published plan to the end of delivery.
 * Every transition is checked against {@link MatchStatus#next()} and the whole match is one document, so one
 * conditional write (optimistic locking on {@code version}) decides between two people acting at once.
 */
@Document("matches")
@CompoundIndex(name = "package_status", def = "{'packageId': 1, 'status': 1}")
@CompoundIndex(name = "offer_status", def = "{'offerId': 1, 'status': 1}")
@CompoundIndex(name = "recipient_status", def = "{'recipientId': 1, 'status': 1}")
@CompoundIndex(name = "provider_status", def = "{'providerId': 1, 'status': 1}")
@CompoundIndex(name = "status", def = "{'status': 1}")
public class Match {

    @Id
    @NotBlank
    private String id;

    @Version
    private Long version;

    @NotBlank
    private String requestId;

    @NotBlank
    private String packageId;

    @NotBlank
    private String recipientId;

    @NotBlank
    private String offerId;

    @NotBlank
    private String providerId;

    /** The published plan that proposed the pair; empty for matches made outside a plan. */
    private String planId;

    @NotNull
    private MatchStatus status;

    @Valid
    private Decline decline;

    @Valid
    private Completion completion;

    @NotNull
    private Instant proposedAt;

    private Instant providerAcceptedAt;
    private Instant recipientAcceptedAt;
    private Instant confirmedAt;
    private Instant deliveryStartedAt;
    private Instant completedAt;
    private Instant withdrawnAt;

    /** Events not yet turned into notifications; see {@link MatchEvent}. */
    @NotNull
    @Valid
    private List<MatchEvent> pendingEvents;

    @PersistenceCreator
    Match(String id, Long version, String requestId, String packageId, String recipientId, String offerId,
            String providerId, String planId, MatchStatus status, Decline decline, Completion completion,
            Instant proposedAt, Instant providerAcceptedAt, Instant recipientAcceptedAt, Instant confirmedAt,
            Instant deliveryStartedAt, Instant completedAt, Instant withdrawnAt, List<MatchEvent> pendingEvents) {
        this.id = id;
        this.version = version;
        this.requestId = requestId;
        this.packageId = packageId;
        this.recipientId = recipientId;
        this.offerId = offerId;
        this.providerId = providerId;
        this.planId = planId;
        this.status = status;
        this.decline = decline;
        this.completion = completion;
        this.proposedAt = proposedAt;
        this.providerAcceptedAt = providerAcceptedAt;
        this.recipientAcceptedAt = recipientAcceptedAt;
        this.confirmedAt = confirmedAt;
        this.deliveryStartedAt = deliveryStartedAt;
        this.completedAt = completedAt;
        this.withdrawnAt = withdrawnAt;
        this.pendingEvents = pendingEvents == null ? new ArrayList<>() : new ArrayList<>(pendingEvents);
    }

    /** Identifies the two sides of a proposal: which package of which request and State, which offer of whom. */
    public record Pair(String requestId, String packageId, String recipientId, String offerId, String providerId) {
    }

    /** A new proposal; the id is chosen by the caller. */
    public static Match propose(String id, Pair pair, String planId, Instant at) {
        Match match = new Match(id, null, pair.requestId(), pair.packageId(), pair.recipientId(), pair.offerId(),
                pair.providerId(), planId, MatchStatus.PROPOSED, null, null, at, null, null, null, null, null, null, null);
        match.record(MatchEvent.Kind.PROPOSED, null, at);
        return match;
    }

    /** One side says yes; once both have, the match is CONFIRMED. */
    public void accept(Side side, Instant at) {
        MatchStatus acceptedBySide = side == Side.PROVIDER ? MatchStatus.ACCEPTED_BY_PROVIDER : MatchStatus.ACCEPTED_BY_RECIPIENT;
        MatchStatus acceptedByOther = side == Side.PROVIDER ? MatchStatus.ACCEPTED_BY_RECIPIENT : MatchStatus.ACCEPTED_BY_PROVIDER;
        moveTo(status == acceptedByOther ? MatchStatus.CONFIRMED : acceptedBySide);
        if (side == Side.PROVIDER) {
            providerAcceptedAt = at;
        } else {
            recipientAcceptedAt = at;
        }
        if (status == MatchStatus.CONFIRMED) {
            confirmedAt = at;
            record(MatchEvent.Kind.CONFIRMED, null, at);
        } else {
            record(MatchEvent.Kind.ACCEPTED, side, at);
        }
    }

    public void decline(Side side, String declinedBy, String reason, Instant at) {
        moveTo(MatchStatus.DECLINED);
        decline = new Decline(side, declinedBy, reason, at);
        record(MatchEvent.Kind.DECLINED, side, at);
    }

    public void withdraw(Instant at) {
        moveTo(MatchStatus.WITHDRAWN);
        withdrawnAt = at;
    }

    public void startDelivery(Instant at) {
        moveTo(MatchStatus.IN_DELIVERY);
        deliveryStartedAt = at;
    }

    public void complete(int rating, String comment, String reportedBy, Instant at) {
        moveTo(MatchStatus.COMPLETED);
        completion = new Completion(rating, comment, reportedBy, at);
        completedAt = at;
    }

    private void record(MatchEvent.Kind kind, Side side, Instant at) {
        String eventId = id + ":" + kind + (side == null ? "" : ":" + side) + ":" + at.toEpochMilli();
        pendingEvents.add(new MatchEvent(eventId, kind, side, at));
    }

    private void moveTo(MatchStatus next) {
        if (!status.next().contains(next)) {
            throw new IllegalMatchTransitionException(id, status, next);
        }
        status = next;
    }

    public String id() {
        return id;
    }

    public Long version() {
        return version;
    }

    public Pair pair() {
        return new Pair(requestId, packageId, recipientId, offerId, providerId);
    }

    public String planId() {
        return planId;
    }

    public MatchStatus status() {
        return status;
    }

    public Decline decline() {
        return decline;
    }

    public Completion completion() {
        return completion;
    }

    public List<MatchEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    public Instant providerAcceptedAt() {
        return providerAcceptedAt;
    }

    public Instant recipientAcceptedAt() {
        return recipientAcceptedAt;
    }

    public Instant deliveryStartedAt() {
        return deliveryStartedAt;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }
}
