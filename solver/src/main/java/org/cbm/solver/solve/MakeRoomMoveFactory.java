package org.cbm.solver.solve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.cbm.solver.domain.Allocation;
import org.cbm.solver.domain.OfferCapacity;
import org.cbm.solver.domain.PackageAssignment;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Moves a package into one of its compatible offers and, when that offer is full, makes room: some of the offer's
 * packages move to the mover's old offer, to another compatible offer with room, to a full one that in turn makes
 * room (a short ejection chain), or out of the plan. Supply is 60 % of demand, so good plans have full offers and a
 * plain change move into one always breaks capacity; this move keeps the plan feasible while a better package takes
 * a worse one's place. Room left over in the offers it touched is then filled with unassigned packages that fit
 * (two small packages can take a big one's place in one step). Some moves send a package back to its previous
 * offer: keeping a previous pair is worth little next to coverage, so random moves rarely restore one on their own.
 */
public class MakeRoomMoveFactory implements MoveIteratorFactory<Allocation, ReassignMove> {

    private static final int RELOCATION_TRIES = 4;
    private static final int MAX_CHAIN_DEPTH = 1;
    private static final int PREVIOUS_OFFER_ONE_IN = 4;
    private static final int FILL_TRIES = 8;

    // OptaPlanner asks for a new random iterator every step: the movable packages are found once per phase.
    private List<PackageAssignment> movable = List.of();
    private List<List<PackageAssignment>> movableByOffer = List.of();
    private List<PackageAssignment> withPreviousOffer = List.of();

    @Override
    public void phaseStarted(ScoreDirector<Allocation> scoreDirector) {
        Allocation allocation = scoreDirector.getWorkingSolution();
        movable = allocation.assignments().stream()
                .filter(assignment -> !assignment.isPinned() && !assignment.getCompatibleOffers().isEmpty())
                .toList();
        List<List<PackageAssignment>> byOffer = new ArrayList<>();
        allocation.offers().forEach(offer -> byOffer.add(new ArrayList<>()));
        for (PackageAssignment assignment : movable) {
            assignment.getCompatibleOffers().forEach(offer -> byOffer.get(offer.index()).add(assignment));
        }
        movableByOffer = byOffer;
        withPreviousOffer = movable.stream()
                .filter(assignment -> assignment.previousOffer() != null
                        && assignment.isCompatibleWith(assignment.previousOffer()))
                .toList();
    }

    @Override
    public long getSize(ScoreDirector<Allocation> scoreDirector) {
        return movable.size();
    }

    @Override
    public Iterator<ReassignMove> createOriginalMoveIterator(ScoreDirector<Allocation> scoreDirector) {
        throw new UnsupportedOperationException("make-room moves are only selected at random");
    }

    @Override
    public Iterator<ReassignMove> createRandomMoveIterator(ScoreDirector<Allocation> scoreDirector, Random random) {
        List<PackageAssignment> candidates = movable;
        List<List<PackageAssignment>> candidatesByOffer = movableByOffer;
        List<PackageAssignment> returning = withPreviousOffer;
        return ReassignMove.randomMoves(!candidates.isEmpty(), () -> {
            if (!returning.isEmpty() && random.nextInt(PREVIOUS_OFFER_ONE_IN) == 0) {
                PackageAssignment mover = returning.get(random.nextInt(returning.size()));
                return new Chain(random, candidatesByOffer).build(mover, mover.previousOffer());
            }
            PackageAssignment mover = candidates.get(random.nextInt(candidates.size()));
            List<OfferCapacity> compatible = mover.getCompatibleOffers();
            return new Chain(random, candidatesByOffer).build(mover, compatible.get(random.nextInt(compatible.size())));
        });
    }

    /** The changes of one move under construction, with the room they leave in every offer they touch. */
    private static final class Chain {

        private final Random random;
        private final List<List<PackageAssignment>> movableByOffer;
        private final Map<PackageAssignment, OfferCapacity> changes = new LinkedHashMap<>();
        private final Map<OfferCapacity, Integer> room = new HashMap<>();
        private OfferCapacity origin;

        Chain(Random random, List<List<PackageAssignment>> movableByOffer) {
            this.random = random;
            this.movableByOffer = movableByOffer;
        }

        ReassignMove build(PackageAssignment mover, OfferCapacity target) {
            origin = mover.getOffer();
            if (target == origin) {
                return null;
            }
            move(mover, target);
            if (!makeRoom(target, random.nextInt(MAX_CHAIN_DEPTH + 1))) {
                return null;
            }
            for (OfferCapacity touched : new ArrayList<>(room.keySet())) {
                fill(touched);
            }
            return new ReassignMove(new ArrayList<>(changes.keySet()), new ArrayList<>(changes.values()));
        }

        private int roomOf(OfferCapacity offer) {
            return room.computeIfAbsent(offer, o -> o.capacityDays() - o.usedDays());
        }

        private void move(PackageAssignment assignment, OfferCapacity to) {
            OfferCapacity from = changes.containsKey(assignment) ? changes.get(assignment) : assignment.getOffer();
            if (from != null) {
                room.put(from, roomOf(from) + assignment.days());
            }
            if (to != null) {
                room.put(to, roomOf(to) - assignment.days());
            }
            changes.put(assignment, to);
        }

        /** Gives room left in {@code offer} to unassigned packages that fit, tried at random. */
        private void fill(OfferCapacity offer) {
            List<PackageAssignment> candidates = movableByOffer.get(offer.index());
            for (int attempt = 0; attempt < FILL_TRIES && roomOf(offer) > 0 && !candidates.isEmpty(); attempt++) {
                PackageAssignment candidate = candidates.get(random.nextInt(candidates.size()));
                if (candidate.getOffer() == null && !changes.containsKey(candidate)
                        && candidate.days() <= roomOf(offer)) {
                    move(candidate, offer);
                }
            }
        }

        /** Moves packages out of {@code offer} until it is within capacity; false if pinned packages prevent it. */
        private boolean makeRoom(OfferCapacity offer, int depth) {
            if (roomOf(offer) >= 0) {
                return true;
            }
            List<PackageAssignment> residents = new ArrayList<>();
            for (PackageAssignment resident : offer.packages()) {
                if (!resident.isPinned() && !changes.containsKey(resident)) {
                    residents.add(resident);
                }
            }
            if (residents.isEmpty()) {
                return false;
            }
            // Half the time take out one package that alone makes enough room, so that small ones can stay.
            if (random.nextBoolean()) {
                int deficit = -roomOf(offer);
                List<PackageAssignment> sufficient = residents.stream().filter(r -> r.days() >= deficit).toList();
                if (!sufficient.isEmpty()) {
                    relocate(sufficient.get(random.nextInt(sufficient.size())), offer, depth);
                    return true;
                }
            }
            int start = random.nextInt(residents.size());
            for (int i = 0; i < residents.size() && roomOf(offer) < 0; i++) {
                relocate(residents.get((start + i) % residents.size()), offer, depth);
            }
            return roomOf(offer) >= 0;
        }

        /** The mover's old offer if it fits there, else a compatible offer with room, else a chain, else none. */
        private void relocate(PackageAssignment resident, OfferCapacity leaving, int depth) {
            if (origin != null && origin != leaving && resident.isCompatibleWith(origin)
                    && roomOf(origin) >= resident.days()) {
                move(resident, origin);
                return;
            }
            List<OfferCapacity> compatible = resident.getCompatibleOffers();
            for (int attempt = 0; attempt < RELOCATION_TRIES; attempt++) {
                OfferCapacity candidate = compatible.get(random.nextInt(compatible.size()));
                if (candidate != leaving && roomOf(candidate) >= resident.days()) {
                    move(resident, candidate);
                    return;
                }
            }
            if (depth > 0) {
                OfferCapacity next = compatible.get(random.nextInt(compatible.size()));
                if (next != leaving && !room.containsKey(next)) {
                    move(resident, next);
                    if (makeRoom(next, depth - 1)) {
                        return;
                    }
                }
            }
            move(resident, null);
        }
    }
}
