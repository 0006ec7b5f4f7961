package org.cbm.solver.explain;

import java.util.List;

/**
 * What one assignment earns and costs, by term of the soft score. Value and concentration are per recipient in the
 * spec; they are shared out by filling the recipient's need in package order, so that the points of all
 * assignments and unassigned packages add up to the plan's soft score exactly.
 *
 * @param valueTiers the tiers (1 = first quarter of the recipient's weighted need ... 4) its weighted days fall in
 */
public record AssignmentPoints(String packageId, String offerId, String providerId, String recipientId,
                               long valuePoints, List<Integer> valueTiers, long concentrationPoints,
                               long interestPoints, long stabilityPoints, long totalPoints) {
}
