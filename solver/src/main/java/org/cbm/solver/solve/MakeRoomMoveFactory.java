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
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Moves a package into one of its compatible offers and, when that offer is full, makes room by moving some of the
 * offer's packages elsewhere (the package's old offer, or another compatible offer with room) or unassigning them.
 * Offers are mostly full in good plans (supply is 60 % of demand), so plain change moves into a full offer always
 * break capacity; this move keeps the plan feasible and lets a better package take a worse one's place.
 */
public class MakeRoomMoveFactory implements MoveIteratorFactory<Allocation, ReassignMove> {

    private static final int RELOCATION_TRIES = 3;

    @Override
    public long getSize(ScoreDirector<Allocation> scoreDirector) {
        return scoreDirector.getWorkingSolution().assignments().size();
    }

    @Override
    public Iterator<ReassignMove> createOriginalMoveIterator(ScoreDirector<Allocation> scoreDirector) {
        throw new UnsupportedOperationException("make-room moves are only selected at random");
    }

    @Override
    public Iterator<ReassignMove> createRandomMoveIterator(ScoreDirector<Allocation> scoreDirector, Random random) {
        List<PackageAssignment> movable = scoreDirector.getWorkingSolution().assignments().stream()
                .filter(assignment -> !assignment.isPinned() && !assignment.getCompatibleOffers().isEmpty())
                .toList();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !movable.isEmpty();
            }

            @Override
            public ReassignMove next() {
                while (true) {
                    ReassignMove move = tryMove(movable.get(random.nextInt(movable.size())), random);
                    if (move != null) {
                        return move;
                    }
                }
            }
        };
    }

    private static ReassignMove tryMove(PackageAssignment mover, Random random) {
        List<OfferCapacity> compatible = mover.getCompatibleOffers();
        OfferCapacity target = compatible.get(random.nextInt(compatible.size()));
        OfferCapacity origin = mover.getOffer();
        if (target == origin) {
            return null;
        }
        List<PackageAssignment> assignments = new ArrayList<>();
        List<OfferCapacity> newOffers = new ArrayList<>();
        assignments.add(mover);
        newOffers.add(target);
        Map<OfferCapacity, Integer> room = new HashMap<>();
        int free = target.capacityDays() - target.usedDays();
        if (origin != null) {
            room.put(origin, origin.capacityDays() - origin.usedDays() + mover.days());
        }
        List<PackageAssignment> residents = target.packages();
        int start = residents.isEmpty() ? 0 : random.nextInt(residents.size());
        for (int i = 0; i < residents.size() && free < mover.days(); i++) {
            PackageAssignment resident = residents.get((start + i) % residents.size());
            if (resident.isPinned()) {
                continue;
            }
            OfferCapacity elsewhere = placeElsewhere(resident, target, origin, room, random);
            assignments.add(resident);
            newOffers.add(elsewhere);
            if (elsewhere != null) {
                room.merge(elsewhere, -resident.days(), Integer::sum);
            }
            free += resident.days();
        }
        return free >= mover.days() ? new ReassignMove(assignments, newOffers) : null;
    }

    /** The mover's old offer if the resident fits there, else a random compatible offer with room, else none. */
    private static OfferCapacity placeElsewhere(PackageAssignment resident, OfferCapacity target, OfferCapacity origin,
                                                Map<OfferCapacity, Integer> room, Random random) {
        if (origin != null && resident.isCompatibleWith(origin) && room.get(origin) >= resident.days()) {
            return origin;
        }
        List<OfferCapacity> compatible = resident.getCompatibleOffers();
        for (int attempt = 0; attempt < RELOCATION_TRIES; attempt++) {
            OfferCapacity candidate = compatible.get(random.nextInt(compatible.size()));
            if (candidate != target && room.computeIfAbsent(candidate,
                    offer -> offer.capacityDays() - offer.usedDays()) >= resident.days()) {
                return candidate;
            }
        }
        return null;
    }
}
