package org.cbm.solver.explain;

import java.util.List;

/**
 * An unassigned package and why. {@code offers} names the offers that got furthest through the rules (for
 * {@link UnassignedReason#ALL_COMPATIBLE_FULL}: the compatible offers, each with the days it has left);
 * {@code stabilityPoints} is the penalty (negative) when the package had a previous pair.
 */
public record UnassignedPackage(String packageId, String recipientId, int days, UnassignedReason reason,
                                String explanation, List<String> offers, long stabilityPoints) {
}
