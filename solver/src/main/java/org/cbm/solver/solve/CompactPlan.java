package org.cbm.solver.solve;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cbm.solver.domain.Allocation;
import org.cbm.solver.domain.OfferCapacity;
import org.cbm.solver.domain.PackageAssignment;
import org.cbm.solver.domain.RecipientNeed;

/**
 * A plan as plain arrays, with its soft score kept up to date as single packages change offers: one change costs a
 * few array reads, against a full pass through the constraint streams for an OptaPlanner move. The score is the
 * same as {@code MatchingConstraints}' soft score for every plan that keeps rules 2-7 and pinning (the only plans
 * the search visits); capacity is not scored, callers keep {@link #room} non-negative.
 *
 * <p>Packages and offers are numbered as in the allocation; {@link #NONE} is "unassigned".
 */
final class CompactPlan {

    static final int NONE = -1;

    private final int[] days;
    private final long[] weightedDays;
    private final int[] recipientOf;
    private final RecipientNeed[] recipients;
    private final int[][] compatible;
    // Bit p * offerCount + o: rules 2-7 hold for package p and offer o (l1: 30 million bits, under 4 MiB).
    private final long[] compatibleBits;
    private final boolean[] movable;
    private final int[] previousOffer;
    private final long[] stabilityPenalty;
    private final long[] interestPoints;
    // Bit p * providerCount + q: package p's recipient marked interest in provider q.
    private final long[] interestBits;
    private final int[] capacity;
    private final int[] providerOf;
    private final int providerCount;

    private final int[] offerOf;
    private final int[] room;
    private final long[] covered;
    // Each recipient's value points at its current coverage, so that a change computes only the new value.
    private final long[] value;
    private final long[] providerDays;
    // The packages of each offer, unordered; a package's slot makes removal O(1).
    private final int[][] members;
    private final int[] memberCount;
    private final int[] slot;
    private long soft;
    // What soft loses to stability, stabilityPenalty · M: compact annealing weighs it apart from the other terms.
    private long stabilityCost;
    // The changes since the last commit, oldest first, so that they can be taken back.
    private int[] journalPackage = new int[64];
    private int[] journalOffer = new int[64];
    private int journalSize;
    // changedSince marks a package it has looked at with its call's stamp.
    private final int[] seen;
    private int seenStamp;

    /** The plan of {@code allocation}'s current offers. */
    CompactPlan(Allocation allocation) {
        List<PackageAssignment> assignments = allocation.assignments();
        List<OfferCapacity> offers = allocation.offers();
        int packageCount = assignments.size();
        Map<String, Integer> providerIndex = new HashMap<>();
        capacity = new int[offers.size()];
        providerOf = new int[offers.size()];
        for (OfferCapacity offer : offers) {
            capacity[offer.index()] = offer.capacityDays();
            providerOf[offer.index()] = providerIndex.computeIfAbsent(offer.providerId(), id -> providerIndex.size());
        }
        providerCount = providerIndex.size();
        Map<RecipientNeed, Integer> recipientIndex = new HashMap<>();
        recipients = allocation.recipients().toArray(RecipientNeed[]::new);
        for (int r = 0; r < recipients.length; r++) {
            recipientIndex.put(recipients[r], r);
        }
        days = new int[packageCount];
        weightedDays = new long[packageCount];
        recipientOf = new int[packageCount];
        compatible = new int[packageCount][];
        movable = new boolean[packageCount];
        previousOffer = new int[packageCount];
        stabilityPenalty = new long[packageCount];
        interestPoints = new long[packageCount];
        interestBits = new long[(int) (((long) packageCount * providerCount + 63) / 64)];
        offerOf = new int[packageCount];
        for (PackageAssignment assignment : assignments) {
            int p = assignment.index();
            days[p] = assignment.days();
            weightedDays[p] = assignment.weightedDays();
            recipientOf[p] = recipientIndex.get(assignment.recipient());
            compatible[p] = assignment.getCompatibleOffers().stream().mapToInt(OfferCapacity::index).toArray();
            movable[p] = !assignment.isPinned() && compatible[p].length > 0;
            previousOffer[p] = indexOf(assignment.previousOffer());
            stabilityPenalty[p] = assignment.stabilityPenalty();
            // Interest is the same number of points for every offer of an interested provider; only offers the
            // package may get matter.
            for (OfferCapacity offer : assignment.getCompatibleOffers()) {
                long points = assignment.interestPoints(offer);
                if (points > 0) {
                    interestPoints[p] = points;
                    long bit = (long) p * providerCount + providerOf[offer.index()];
                    interestBits[(int) (bit >>> 6)] |= 1L << bit;
                }
            }
            offerOf[p] = indexOf(assignment.getOffer());
        }
        compatibleBits = new long[(int) (((long) packageCount * offers.size() + 63) / 64)];
        for (int p = 0; p < packageCount; p++) {
            for (int o : compatible[p]) {
                long bit = (long) p * offers.size() + o;
                compatibleBits[(int) (bit >>> 6)] |= 1L << bit;
            }
        }
        room = capacity.clone();
        covered = new long[recipients.length];
        value = new long[recipients.length];
        providerDays = new long[recipients.length * providerCount];
        members = new int[offers.size()][];
        memberCount = new int[offers.size()];
        slot = new int[packageCount];
        seen = new int[packageCount];
        int[] sizes = new int[offers.size()];
        for (int p = 0; p < packageCount; p++) {
            for (int o : compatible[p]) {
                sizes[o]++;
            }
            if (offerOf[p] != NONE && !isCompatible(p, offerOf[p])) {
                sizes[offerOf[p]]++;
            }
        }
        for (int o = 0; o < members.length; o++) {
            members[o] = new int[sizes[o]];
        }
        for (int r = 0; r < recipients.length; r++) {
            value[r] = recipients[r].valuePoints(0);
            soft += value[r];
        }
        for (int p = 0; p < packageCount; p++) {
            long cost = stabilityPoints(p, NONE);
            stabilityCost += cost;
            soft -= cost;
            int o = offerOf[p];
            offerOf[p] = NONE;
            if (o != NONE) {
                change(p, o);
            }
        }
    }

    // Only the plan is copied: the arrays that describe the instance never change.
    private CompactPlan(CompactPlan original) {
        days = original.days;
        weightedDays = original.weightedDays;
        recipientOf = original.recipientOf;
        recipients = original.recipients;
        compatible = original.compatible;
        compatibleBits = original.compatibleBits;
        movable = original.movable;
        previousOffer = original.previousOffer;
        stabilityPenalty = original.stabilityPenalty;
        interestPoints = original.interestPoints;
        interestBits = original.interestBits;
        capacity = original.capacity;
        providerOf = original.providerOf;
        providerCount = original.providerCount;
        offerOf = original.offerOf.clone();
        room = original.room.clone();
        covered = original.covered.clone();
        value = original.value.clone();
        providerDays = original.providerDays.clone();
        members = new int[original.members.length][];
        for (int o = 0; o < members.length; o++) {
            members[o] = original.members[o].clone();
        }
        memberCount = original.memberCount.clone();
        slot = original.slot.clone();
        seen = new int[original.seen.length];
        soft = original.soft;
        stabilityCost = original.stabilityCost;
    }

    /**
     * The same plan, changed independently of this one, with the arrays that describe the instance shared (building
     * them from the allocation again takes 150-200 ms on l1). Changes not yet committed are committed in the copy.
     */
    CompactPlan copy() {
        return new CompactPlan(this);
    }

    private static int indexOf(OfferCapacity offer) {
        return offer == null ? NONE : offer.index();
    }

    int packageCount() {
        return offerOf.length;
    }

    int offerCount() {
        return capacity.length;
    }

    long soft() {
        return soft;
    }

    /** What {@link #soft} loses to stability: {@code stabilityPenalty · M}. */
    long stabilityCost() {
        return stabilityCost;
    }

    int offerOf(int p) {
        return offerOf[p];
    }

    int days(int p) {
        return days[p];
    }

    int capacity(int o) {
        return capacity[o];
    }

    int room(int o) {
        return room[o];
    }

    /** The offers passing rules 2-7 for package {@code p}, by index, ascending. */
    int[] compatible(int p) {
        return compatible[p];
    }

    boolean isCompatible(int p, int o) {
        long bit = (long) p * capacity.length + o;
        return (compatibleBits[(int) (bit >>> 6)] & 1L << bit) != 0;
    }

    /** Not pinned and with at least one compatible offer: the search may give it another offer. */
    boolean isMovable(int p) {
        return movable[p];
    }

    int previousOffer(int p) {
        return previousOffer[p];
    }

    /** The number of packages offer {@code o} holds; {@link #member} lists them in no particular order. */
    int memberCount(int o) {
        return memberCount[o];
    }

    int member(int o, int position) {
        return members[o][position];
    }

    /** What covering unassigned package {@code p} would add to its recipient's value, in points. */
    long valueGain(int p) {
        int r = recipientOf[p];
        return recipients[r].valuePoints(covered[r] + weightedDays[p]) - value[r];
    }

    /**
     * What covering package {@code p} would add to its recipient's value if the recipient had {@code uncovered}
     * fewer urgency-weighted days covered than now (the days of packages about to leave the plan, {@code p}'s own
     * among them when it is assigned).
     */
    long valueGain(int p, long uncovered) {
        if (uncovered == 0) {
            return valueGain(p);
        }
        RecipientNeed recipient = recipients[recipientOf[p]];
        long base = covered[recipientOf[p]] - uncovered;
        return recipient.valuePoints(base + weightedDays[p]) - recipient.valuePoints(base);
    }

    int recipientCount() {
        return recipients.length;
    }

    int recipientOf(int p) {
        return recipientOf[p];
    }

    /** {@code urgency · days} of package {@code p}. */
    long weightedDays(int p) {
        return weightedDays[p];
    }

    /** The offers of all packages, {@link #NONE} for unassigned ones. */
    int[] offers() {
        return offerOf.clone();
    }

    /** {@link #offers} as they were at the last {@link #commit}. */
    int[] offersBeforeChanges() {
        int[] offers = offerOf.clone();
        for (int i = journalSize - 1; i >= 0; i--) {
            offers[journalPackage[i]] = journalOffer[i];
        }
        return offers;
    }

    /**
     * Gives package {@code p} offer {@code o} (or {@link #NONE}) and returns how much the soft score changed. The
     * change is journaled until the next {@link #commit}.
     */
    long move(int p, int o) {
        if (offerOf[p] == o) {
            return 0;
        }
        record(p, offerOf[p]);
        return change(p, o);
    }

    private long change(int p, int o) {
        int from = offerOf[p];
        int r = recipientOf[p];
        RecipientNeed recipient = recipients[r];
        long delta = stabilityPoints(p, from) - stabilityPoints(p, o);
        stabilityCost -= delta;
        if (from == NONE || o == NONE) {
            covered[r] += from == NONE ? weightedDays[p] : -weightedDays[p];
            long before = value[r];
            value[r] = recipient.valuePoints(covered[r]);
            delta += value[r] - before;
        }
        if (from != NONE) {
            delta -= interestPoints(p, from);
            delta += changeProviderDays(recipient, r * providerCount + providerOf[from], -days[p]);
            room[from] += days[p];
            int last = members[from][--memberCount[from]];
            members[from][slot[p]] = last;
            slot[last] = slot[p];
        }
        if (o != NONE) {
            delta += interestPoints(p, o);
            delta += changeProviderDays(recipient, r * providerCount + providerOf[o], days[p]);
            room[o] -= days[p];
            slot[p] = memberCount[o];
            members[o][memberCount[o]++] = p;
        }
        offerOf[p] = o;
        soft += delta;
        return delta;
    }

    /** Where the journal stands now: {@link #undoTo} with this takes back every later change. */
    int mark() {
        return journalSize;
    }

    void undoTo(int mark) {
        while (journalSize > mark) {
            journalSize--;
            change(journalPackage[journalSize], journalOffer[journalSize]);
        }
    }

    /** The packages whose offer differs from their offer at {@code mark}, each once. */
    int[] changedSince(int mark) {
        // A stamp is never reused: the local search could make 2^31 calls in a few hours.
        if (++seenStamp == Integer.MAX_VALUE) {
            Arrays.fill(seen, 0);
            seenStamp = 1;
        }
        int[] changed = new int[journalSize - mark];
        int count = 0;
        for (int i = mark; i < journalSize; i++) {
            int p = journalPackage[i];
            // A package's first entry after the mark holds its offer at the mark; later ones are in between.
            if (seen[p] != seenStamp) {
                seen[p] = seenStamp;
                if (offerOf[p] != journalOffer[i]) {
                    changed[count++] = p;
                }
            }
        }
        return Arrays.copyOf(changed, count);
    }

    /** Keeps the changes made so far: they can no longer be taken back. */
    void commit() {
        journalSize = 0;
    }

    private void record(int p, int from) {
        if (journalSize == journalPackage.length) {
            journalPackage = Arrays.copyOf(journalPackage, 2 * journalSize);
            journalOffer = Arrays.copyOf(journalOffer, 2 * journalSize);
        }
        journalPackage[journalSize] = p;
        journalOffer[journalSize++] = from;
    }

    /** Minus the change of the concentration penalty when a recipient gets {@code change} more days of a provider. */
    private long changeProviderDays(RecipientNeed recipient, int key, int change) {
        long before = providerDays[key];
        providerDays[key] = before + change;
        return recipient.concentrationPoints(before) - recipient.concentrationPoints(before + change);
    }

    private long stabilityPoints(int p, int o) {
        return previousOffer[p] != NONE && o != previousOffer[p] ? stabilityPenalty[p] : 0;
    }

    private long interestPoints(int p, int o) {
        long bit = (long) p * providerCount + providerOf[o];
        return (interestBits[(int) (bit >>> 6)] & 1L << bit) != 0 ? interestPoints[p] : 0;
    }
}
