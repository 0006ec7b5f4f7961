package org.cbm.solver.solve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.cbm.solver.domain.Allocation;
import org.cbm.solver.domain.OfferCapacity;
import org.cbm.solver.domain.PackageAssignment;
import org.cbm.solver.domain.RecipientNeed;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Repacks one offer optimally: among its packages and unassigned packages it suits, a 0/1 knapsack over its
 * capacity picks the set worth most, each package valued by what it adds to its recipient now (with a little noise).
 * The knapsack ignores how packages of one recipient interact through the tiers; the exact score decides.
 * Random single moves rarely find the combination of sizes that fills an offer exactly; this move does.
 */
public class RepackOfferMoveFactory implements MoveIteratorFactory<Allocation, ReassignMove> {

    private static final int SAMPLED_OUTSIDERS = 60;
    private static final double NOISE = 0.1;

    // Built once per phase: OptaPlanner asks for a new random iterator every step.
    private List<OfferCapacity> offers = List.of();
    private List<List<PackageAssignment>> movableByOffer = List.of();
    private Map<RecipientNeed, List<PackageAssignment>> packagesByRecipient = Map.of();

    @Override
    public void phaseStarted(ScoreDirector<Allocation> scoreDirector) {
        Allocation allocation = scoreDirector.getWorkingSolution();
        List<List<PackageAssignment>> byOffer = new ArrayList<>();
        allocation.offers().forEach(offer -> byOffer.add(new ArrayList<>()));
        Map<RecipientNeed, List<PackageAssignment>> byRecipient = new HashMap<>();
        for (PackageAssignment assignment : allocation.assignments()) {
            byRecipient.computeIfAbsent(assignment.recipient(), r -> new ArrayList<>()).add(assignment);
            if (!assignment.isPinned()) {
                assignment.getCompatibleOffers().forEach(offer -> byOffer.get(offer.index()).add(assignment));
            }
        }
        movableByOffer = byOffer;
        packagesByRecipient = byRecipient;
        offers = allocation.offers().stream().filter(offer -> !byOffer.get(offer.index()).isEmpty()).toList();
    }

    @Override
    public long getSize(ScoreDirector<Allocation> scoreDirector) {
        return offers.size();
    }

    @Override
    public Iterator<ReassignMove> createOriginalMoveIterator(ScoreDirector<Allocation> scoreDirector) {
        throw new UnsupportedOperationException("repack moves are only selected at random");
    }

    @Override
    public Iterator<ReassignMove> createRandomMoveIterator(ScoreDirector<Allocation> scoreDirector, Random random) {
        List<OfferCapacity> candidates = offers;
        List<List<PackageAssignment>> byOffer = movableByOffer;
        Map<RecipientNeed, List<PackageAssignment>> byRecipient = packagesByRecipient;
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !candidates.isEmpty();
            }

            @Override
            public ReassignMove next() {
                for (int attempt = 0; attempt < ReassignMove.ATTEMPTS; attempt++) {
                    ReassignMove move = repack(candidates.get(random.nextInt(candidates.size())), byOffer,
                            byRecipient, random);
                    if (move != null) {
                        return move;
                    }
                }
                return ReassignMove.none();
            }
        };
    }

    private static ReassignMove repack(OfferCapacity offer, List<List<PackageAssignment>> byOffer,
                                       Map<RecipientNeed, List<PackageAssignment>> byRecipient, Random random) {
        int capacity = offer.capacityDays();
        List<PackageAssignment> items = new ArrayList<>();
        for (PackageAssignment resident : offer.packages()) {
            if (resident.isPinned()) {
                capacity -= resident.days();
            } else {
                items.add(resident);
            }
        }
        int residents = items.size();
        List<PackageAssignment> outsiders = byOffer.get(offer.index());
        int samples = Math.min(SAMPLED_OUTSIDERS, outsiders.size());
        for (int i = 0; i < samples; i++) {
            PackageAssignment outsider = outsiders.size() <= SAMPLED_OUTSIDERS ? outsiders.get(i)
                    : outsiders.get(random.nextInt(outsiders.size()));
            if (outsider.getOffer() == null && !items.contains(outsider)) {
                items.add(outsider);
            }
        }
        if (capacity <= 0 || items.size() == residents) {
            return null;
        }
        long[] values = new long[items.size()];
        Map<RecipientNeed, Long> covered = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            PackageAssignment item = items.get(i);
            RecipientNeed recipient = item.recipient();
            long now = covered.computeIfAbsent(recipient, r -> coverage(byRecipient.get(r)));
            long value = i < residents
                    ? recipient.valuePoints(now) - recipient.valuePoints(now - item.weightedDays())
                    : recipient.valuePoints(now + item.weightedDays()) - recipient.valuePoints(now);
            value += item.interestPoints(offer) + (item.previousOffer() == offer ? item.stabilityPenalty() : 0);
            values[i] = Math.round(value * (1 + NOISE * (random.nextDouble() - 0.5)));
        }
        boolean[] chosen = knapsack(items, values, capacity);
        List<PackageAssignment> changed = new ArrayList<>();
        List<OfferCapacity> newOffers = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            boolean resident = i < residents;
            if (resident != chosen[i]) {
                changed.add(items.get(i));
                newOffers.add(chosen[i] ? offer : null);
            }
        }
        return changed.isEmpty() ? null : new ReassignMove(changed, newOffers);
    }

    private static long coverage(List<PackageAssignment> packagesOfRecipient) {
        long sum = 0;
        for (PackageAssignment assignment : packagesOfRecipient) {
            sum += assignment.getOffer() == null ? 0 : assignment.weightedDays();
        }
        return sum;
    }

    /** Classic 0/1 knapsack by dynamic programming over the capacity in days. */
    private static boolean[] knapsack(List<PackageAssignment> items, long[] values, int capacity) {
        int n = items.size();
        long[] best = new long[capacity + 1];
        boolean[][] take = new boolean[n][capacity + 1];
        for (int i = 0; i < n; i++) {
            int days = items.get(i).days();
            for (int c = capacity; c >= days; c--) {
                if (best[c - days] + values[i] > best[c]) {
                    best[c] = best[c - days] + values[i];
                    take[i][c] = true;
                }
            }
        }
        boolean[] chosen = new boolean[n];
        int c = capacity;
        for (int i = n - 1; i >= 0; i--) {
            if (take[i][c]) {
                chosen[i] = true;
                c -= items.get(i).days();
            }
        }
        return chosen;
    }
}
