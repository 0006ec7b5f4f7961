package org.cbm.solver.solve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.cbm.solver.domain.Allocation;
import org.cbm.solver.domain.OfferCapacity;
import org.cbm.solver.domain.PackageAssignment;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

/** Gives several packages new offers (or none) in one step, so that capacity holds before and after. */
final class ReassignMove extends AbstractMove<Allocation> {

    private final List<PackageAssignment> assignments;
    private final List<OfferCapacity> newOffers;

    /** A move that changes nothing: never doable. */
    static ReassignMove none() {
        return new ReassignMove(List.of(), List.of());
    }

    ReassignMove(List<PackageAssignment> assignments, List<OfferCapacity> newOffers) {
        this.assignments = assignments;
        this.newOffers = newOffers;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<Allocation> scoreDirector) {
        for (int i = 0; i < assignments.size(); i++) {
            if (assignments.get(i).getOffer() != newOffers.get(i)) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected ReassignMove createUndoMove(ScoreDirector<Allocation> scoreDirector) {
        List<OfferCapacity> oldOffers = new ArrayList<>(assignments.size());
        assignments.forEach(assignment -> oldOffers.add(assignment.getOffer()));
        return new ReassignMove(assignments, oldOffers);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<Allocation> scoreDirector) {
        for (int i = 0; i < assignments.size(); i++) {
            PackageAssignment assignment = assignments.get(i);
            scoreDirector.beforeVariableChanged(assignment, "offer");
            assignment.setOffer(newOffers.get(i));
            scoreDirector.afterVariableChanged(assignment, "offer");
        }
    }

    @Override
    public Collection<?> getPlanningEntities() {
        return assignments;
    }

    @Override
    public Collection<?> getPlanningValues() {
        return newOffers;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < assignments.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(assignments.get(i).id()).append(" {")
                    .append(assignments.get(i).getOffer()).append(" -> ").append(newOffers.get(i)).append('}');
        }
        return text.toString();
    }
}
