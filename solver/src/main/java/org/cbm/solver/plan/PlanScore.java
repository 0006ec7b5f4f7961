package org.cbm.solver.plan;

/** The score a plan's producer computed: whether every hard rule holds, and the soft score {@code S}. */
public record PlanScore(boolean feasible, long soft) {
}
