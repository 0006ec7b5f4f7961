package org.cbm.solver.solve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.cbm.solver.domain.Allocation;
import org.cbm.solver.domain.OfferCapacity;
import org.cbm.solver.domain.PackageAssignment;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * The moves of compact annealing ({@link CompactMoves}: make-room moves with short ejection chains, changes,
 * ruin-and-recreate of related offers) as OptaPlanner moves for the local search phase, so that both phases search
 * with the same moves and their logic exists once. Each move is built on a {@link CompactPlan} that mirrors the
 * working solution, read off as a {@link ReassignMove} of the packages it changed and taken back on the mirror;
 * OptaPlanner scores it with the constraint streams and decides.
 *
 * <p>OptaPlanner asks for a new iterator every step. The mirror then catches up with the working solution: only the
 * packages that this factory's moves changed can differ, since the local search has no other moves.
 */
public class CompactMoveFactory implements MoveIteratorFactory<Allocation, ReassignMove> {

    /**
     * Tries before an iterator gives up for this step: it then returns an empty move, which is never doable, so that
     * OptaPlanner regains control (and checks its time limit) instead of waiting for a move forever.
     */
    private static final int ATTEMPTS = 100;

    private Allocation mirrored;
    private CompactPlan mirror;
    private CompactMoves moves;
    // The packages that moves built since the mirror last caught up change; the step's move, if any, is among them.
    private int[] built = new int[64];
    private int builtCount;

    @Override
    public long getSize(ScoreDirector<Allocation> scoreDirector) {
        return scoreDirector.getWorkingSolution().assignments().size();
    }

    @Override
    public Iterator<ReassignMove> createOriginalMoveIterator(ScoreDirector<Allocation> scoreDirector) {
        throw new UnsupportedOperationException("compact moves are only selected at random");
    }

    @Override
    public Iterator<ReassignMove> createRandomMoveIterator(ScoreDirector<Allocation> scoreDirector, Random random) {
        Allocation allocation = scoreDirector.getWorkingSolution();
        if (allocation != mirrored) {
            mirrored = allocation;
            mirror = new CompactPlan(allocation);
            moves = new CompactMoves(mirror, random);
        } else {
            catchUp(allocation);
        }
        builtCount = 0;
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !moves.isEmpty();
            }

            @Override
            public ReassignMove next() {
                for (int tries = 0; tries < ATTEMPTS; tries++) {
                    ReassignMove move = build(allocation);
                    if (move != null) {
                        return move;
                    }
                }
                return ReassignMove.none();
            }
        };
    }

    private void catchUp(Allocation allocation) {
        for (int i = 0; i < builtCount; i++) {
            int p = built[i];
            OfferCapacity offer = allocation.assignments().get(p).getOffer();
            mirror.move(p, offer == null ? CompactPlan.NONE : offer.index());
        }
        mirror.commit();
    }

    /** One move of {@link CompactMoves}, or null if it could not build one. */
    private ReassignMove build(Allocation allocation) {
        int mark = mirror.mark();
        if (moves.next() == CompactMoves.NOT_DOABLE) {
            return null;
        }
        int[] changed = mirror.changedSince(mark);
        List<PackageAssignment> assignments = new ArrayList<>(changed.length);
        List<OfferCapacity> offers = new ArrayList<>(changed.length);
        for (int p : changed) {
            int o = mirror.offerOf(p);
            assignments.add(allocation.assignments().get(p));
            offers.add(o == CompactPlan.NONE ? null : allocation.offers().get(o));
            remember(p);
        }
        mirror.undoTo(mark);
        return new ReassignMove(assignments, offers);
    }

    private void remember(int p) {
        if (builtCount == built.length) {
            built = Arrays.copyOf(built, 2 * builtCount);
        }
        built[builtCount++] = p;
    }
}
