package org.cbm.solver.explain;

import java.util.Map;

/**
 * The spec's "Reading a plan" metrics, with check_plan.py's interpretations: coverage, Jain index and minimum over
 * recipients with need ({@code jainIndex} is {@code null} when every coverage is 0); HHI over recipients with at
 * least one assigned package, in [0, 1].
 */
public record PlanMetrics(Map<String, Double> coverageByRecipient, Double jainIndex, Double minimumCoverage,
                          Map<Integer, WeightGroupCoverage> coverageByWeight,
                          Map<String, Double> providerHhiByRecipient, Double meanProviderHhi) {
}
