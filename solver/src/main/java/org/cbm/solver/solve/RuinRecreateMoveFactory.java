package org.cbm.solver.solve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.cbm.solver.domain.Allocation;
import org.cbm.solver.domain.OfferCapacity;
import org.cbm.solver.domain.PackageAssignment;
import org.cbm.solver.domain.RecipientNeed;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Large-neighbourhood move: empties two related offers and refills them greedily, by value per day with some noise,
 * from their former packages and from unassigned packages that fit. One-package moves cannot repack an offer
 * (three small packages for two big ones); this one does it in a single step.
 */
public class RuinRecreateMoveFactory implements MoveIteratorFactory<Allocation, ReassignMove> {

    private static final int SAMPLED_OUTSIDERS = 40;
    private static final double NOISE = 0.3;

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
        throw new UnsupportedOperationException("ruin-and-recreate moves are only selected at random");
    }

    @Override
    public Iterator<ReassignMove> createRandomMoveIterator(ScoreDirector<Allocation> scoreDirector, Random random) {
        List<OfferCapacity> candidates = offers;
        List<List<PackageAssignment>> byOffer = movableByOffer;
        Map<RecipientNeed, List<PackageAssignment>> byRecipient = packagesByRecipient;
        return ReassignMove.randomMoves(!candidates.isEmpty(), () -> new Repacking(random, byOffer, byRecipient)
                .build(candidates.get(random.nextInt(candidates.size()))));
    }

    /** One ruin-and-recreate under construction. */
    private static final class Repacking {

        private final Random random;
        private final List<List<PackageAssignment>> movableByOffer;
        private final Map<RecipientNeed, List<PackageAssignment>> packagesByRecipient;
        private final Map<PackageAssignment, OfferCapacity> changes = new LinkedHashMap<>();
        private final Map<OfferCapacity, Integer> room = new HashMap<>();
        private final Map<RecipientNeed, Long> covered = new HashMap<>();

        Repacking(Random random, List<List<PackageAssignment>> movableByOffer,
                  Map<RecipientNeed, List<PackageAssignment>> packagesByRecipient) {
            this.random = random;
            this.movableByOffer = movableByOffer;
            this.packagesByRecipient = packagesByRecipient;
        }

        ReassignMove build(OfferCapacity first) {
            List<PackageAssignment> neighbours = movableByOffer.get(first.index());
            PackageAssignment link = neighbours.get(random.nextInt(neighbours.size()));
            List<OfferCapacity> linkOffers = link.getCompatibleOffers();
            OfferCapacity second = linkOffers.get(random.nextInt(linkOffers.size()));
            List<OfferCapacity> ruined = second == first ? List.of(first) : List.of(first, second);

            Set<PackageAssignment> pool = new HashSet<>();
            for (OfferCapacity offer : ruined) {
                room.put(offer, offer.capacityDays() - offer.usedDays());
                for (PackageAssignment resident : new ArrayList<>(offer.packages())) {
                    if (!resident.isPinned()) {
                        move(resident, null);
                        pool.add(resident);
                    }
                }
                List<PackageAssignment> outsiders = movableByOffer.get(offer.index());
                for (int i = 0; i < SAMPLED_OUTSIDERS; i++) {
                    PackageAssignment outsider = outsiders.get(random.nextInt(outsiders.size()));
                    if (outsider.getOffer() == null) {
                        pool.add(outsider);
                    }
                }
            }
            Map<PackageAssignment, Double> priority = new HashMap<>();
            for (PackageAssignment candidate : pool) {
                priority.put(candidate, density(candidate) * (1 + NOISE * (random.nextDouble() - 0.5)));
            }
            List<PackageAssignment> order = new ArrayList<>(pool);
            order.sort(Comparator.comparingDouble(priority::get).reversed());
            for (PackageAssignment candidate : order) {
                OfferCapacity offer = ruined.get(random.nextInt(ruined.size()));
                OfferCapacity other = ruined.get(ruined.size() - 1 - ruined.indexOf(offer));
                if (fits(candidate, offer)) {
                    move(candidate, offer);
                } else if (fits(candidate, other)) {
                    move(candidate, other);
                }
            }
            return changes.isEmpty() ? null
                    : new ReassignMove(new ArrayList<>(changes.keySet()), new ArrayList<>(changes.values()));
        }

        private boolean fits(PackageAssignment candidate, OfferCapacity offer) {
            return room.get(offer) >= candidate.days() && candidate.isCompatibleWith(offer);
        }

        /** Value the package would add to its recipient now, per day of capacity. */
        private double density(PackageAssignment candidate) {
            RecipientNeed recipient = candidate.recipient();
            long now = coveredOf(recipient);
            return (double) (recipient.valuePoints(now + candidate.weightedDays()) - recipient.valuePoints(now))
                    / candidate.days();
        }

        private long coveredOf(RecipientNeed recipient) {
            return covered.computeIfAbsent(recipient, r -> {
                long sum = 0;
                for (PackageAssignment assignment : packagesByRecipient.get(r)) {
                    OfferCapacity offer = changes.containsKey(assignment) ? changes.get(assignment)
                            : assignment.getOffer();
                    sum += offer == null ? 0 : assignment.weightedDays();
                }
                return sum;
            });
        }

        private void move(PackageAssignment assignment, OfferCapacity to) {
            OfferCapacity from = changes.containsKey(assignment) ? changes.get(assignment) : assignment.getOffer();
            if (from != null && room.containsKey(from)) {
                room.put(from, room.get(from) + assignment.days());
            }
            if (to != null) {
                room.put(to, room.get(to) - assignment.days());
            }
            long weighted = assignment.weightedDays();
            if (covered.containsKey(assignment.recipient())) {
                long delta = (to == null ? 0 : weighted) - (from == null ? 0 : weighted);
                covered.merge(assignment.recipient(), delta, Long::sum);
            }
            if (assignment.getOffer() == to) {
                changes.remove(assignment);
            } else {
                changes.put(assignment, to);
            }
        }
    }
}
