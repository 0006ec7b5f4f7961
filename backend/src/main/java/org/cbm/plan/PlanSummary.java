package org.cbm.plan;

/**
 * The figures of a plan that people compare at a glance (see the matching model's "Reading a plan").
 *
 * @param coverage        weighted need covered over weighted need, all recipients together
 * @param jainIndex       Jain's fairness index of the recipients' coverage ({@code null} when nothing is covered)
 * @param minimumCoverage coverage of the least covered recipient
 * @param meanProviderHhi mean concentration of providers per recipient (Herfindahl-Hirschman index, 0..1)
 */
public record PlanSummary(int packages, int assigned, long weightedNeed, long weightedCovered, double coverage,
        Double jainIndex, Double minimumCoverage, Double meanProviderHhi) {
}
