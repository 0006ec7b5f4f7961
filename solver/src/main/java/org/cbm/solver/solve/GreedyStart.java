package org.cbm.solver.solve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.cbm.solver.domain.Allocation;
import org.cbm.solver.domain.OfferCapacity;
import org.cbm.solver.domain.PackageAssignment;
import org.cbm.solver.domain.RecipientNeed;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * Construction by value density: repeatedly gives the package whose best offer adds the most score per day
 * to that offer. Gains shrink as recipients fill their tiers and offers fill up, so the greedy is lazy: a
 * package's gain is recomputed when it reaches the head of the queue, and it goes back if it fell behind.
 * On l1 this takes well under a second where OptaPlanner's default construction heuristic takes ~10 s and
 * starts local search from a weaker plan.
 */
public class GreedyStart implements CustomPhaseCommand<Allocation> {

    @Override
    public void changeWorkingSolution(ScoreDirector<Allocation> scoreDirector) {
        Allocation allocation = scoreDirector.getWorkingSolution();
        State state = new State(allocation);
        PriorityQueue<Candidate> queue = new PriorityQueue<>();
        for (PackageAssignment assignment : allocation.assignments()) {
            if (!assignment.isPinned() && assignment.getOffer() == null) {
                Candidate candidate = state.best(assignment);
                if (candidate != null) {
                    queue.add(candidate);
                }
            }
        }
        while (!queue.isEmpty()) {
            Candidate head = queue.poll();
            Candidate now = state.best(head.assignment());
            if (now == null) {
                continue;
            }
            Candidate next = queue.peek();
            if (next != null && now.compareTo(next) > 0) {
                queue.add(now);
                continue;
            }
            scoreDirector.beforeVariableChanged(now.assignment(), "offer");
            now.assignment().setOffer(now.offer());
            scoreDirector.afterVariableChanged(now.assignment(), "offer");
            state.take(now.assignment(), now.offer());
        }
        scoreDirector.triggerVariableListeners();
    }

    /** A package, the offer that gains most for it now, and that gain per day (higher first). */
    private record Candidate(PackageAssignment assignment, OfferCapacity offer, double density)
            implements Comparable<Candidate> {

        @Override
        public int compareTo(Candidate other) {
            int byDensity = Double.compare(other.density, density);
            return byDensity != 0 ? byDensity : Integer.compare(assignment.index(), other.assignment.index());
        }
    }

    /** What the partial plan has used so far: room per offer, coverage per recipient, days per provider. */
    private static final class State {

        private final int[] room;
        private final Map<RecipientNeed, Long> covered = new HashMap<>();
        private final Map<RecipientNeed, Map<String, Long>> providerDays = new HashMap<>();

        State(Allocation allocation) {
            List<OfferCapacity> offers = allocation.offers();
            room = new int[offers.size()];
            offers.forEach(offer -> room[offer.index()] = offer.capacityDays());
            for (PackageAssignment assignment : allocation.assignments()) {
                if (assignment.getOffer() != null) {
                    take(assignment, assignment.getOffer());
                }
            }
        }

        void take(PackageAssignment assignment, OfferCapacity offer) {
            room[offer.index()] -= assignment.days();
            covered.merge(assignment.recipient(), assignment.weightedDays(), Long::sum);
            providerDays.computeIfAbsent(assignment.recipient(), r -> new HashMap<>())
                    .merge(offer.providerId(), (long) assignment.days(), Long::sum);
        }

        /** The offer with room that adds most to the score; among equals the tightest fit keeps big offers free. */
        Candidate best(PackageAssignment assignment) {
            RecipientNeed recipient = assignment.recipient();
            long coveredNow = covered.getOrDefault(recipient, 0L);
            long valueGain = recipient.valuePoints(coveredNow + assignment.weightedDays())
                    - recipient.valuePoints(coveredNow);
            Map<String, Long> byProvider = providerDays.getOrDefault(recipient, Map.of());
            OfferCapacity bestOffer = null;
            long bestGain = 0;
            int bestRoom = Integer.MAX_VALUE;
            for (OfferCapacity offer : assignment.getCompatibleOffers()) {
                int left = room[offer.index()];
                if (left < assignment.days()) {
                    continue;
                }
                long days = byProvider.getOrDefault(offer.providerId(), 0L);
                long gain = valueGain
                        - (recipient.concentrationPoints(days + assignment.days()) - recipient.concentrationPoints(days))
                        + assignment.interestPoints(offer)
                        + assignment.stabilityPoints(null) - assignment.stabilityPoints(offer);
                if (gain > bestGain || (gain == bestGain && bestOffer != null && left < bestRoom)) {
                    bestOffer = offer;
                    bestGain = gain;
                    bestRoom = left;
                }
            }
            return bestOffer == null ? null : new Candidate(assignment, bestOffer, (double) bestGain / assignment.days());
        }
    }
}
