package org.cbm.solver.explain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An unassigned package and why. {@code offers} are the ids of the offers that got furthest through the rules (for
 * {@link UnassignedReason#ALL_COMPATIBLE_FULL}: the compatible offers); {@code daysLeft} gives each of them the
 * days it has left when the reason is about room (every compatible offer full, or an offer has room; empty
 * otherwise); {@code stabilityPoints} is the penalty (negative)
 * when the package had a previous pair. {@code explanation} says it all in English, for people reading the JSON.
 */
public record UnassignedPackage(String packageId, String recipientId, int days, UnassignedReason reason,
                                String explanation, List<String> offers, Map<String, Integer> daysLeft,
                                long stabilityPoints) {

    public UnassignedPackage {
        offers = offers == null ? List.of() : List.copyOf(offers);
        // Explanations stored before daysLeft existed have none; the offers' order is kept for the JSON.
        daysLeft = daysLeft == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(daysLeft));
    }
}
