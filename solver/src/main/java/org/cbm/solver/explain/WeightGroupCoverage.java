package org.cbm.solver.explain;

/** Coverage of the recipients of one priority weight, both ways check_plan.py prints it. */
public record WeightGroupCoverage(int recipients, double meanCoverage, double weightedNeedCovered) {
}
