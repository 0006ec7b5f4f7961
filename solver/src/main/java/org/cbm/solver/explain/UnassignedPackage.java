package org.cbm.solver.explain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    // How explanations stored before daysLeft existed wrote an offer when the reason is about room.
    private static final Pattern OFFER_WITH_DAYS_LEFT = Pattern.compile("(.+) \\((-?\\d+) days? left\\)");

    public UnassignedPackage {
        offers = offers == null ? List.of() : offers;
        if (daysLeft == null) {
            // Stored before daysLeft existed: the days are in the offers ("o-1 (3 days left)"), or there are none.
            List<String> ids = new ArrayList<>(offers.size());
            daysLeft = new LinkedHashMap<>();
            for (String offer : offers) {
                Matcher matcher = OFFER_WITH_DAYS_LEFT.matcher(offer);
                if (isAboutRoom(reason) && matcher.matches()) {
                    ids.add(matcher.group(1));
                    daysLeft.put(matcher.group(1), Integer.valueOf(matcher.group(2)));
                } else {
                    ids.add(offer);
                }
            }
            offers = ids;
        }
        offers = List.copyOf(offers);
        // The offers' order is kept for the JSON.
        daysLeft = Collections.unmodifiableMap(new LinkedHashMap<>(daysLeft));
    }

    private static boolean isAboutRoom(UnassignedReason reason) {
        return reason == UnassignedReason.ALL_COMPATIBLE_FULL || reason == UnassignedReason.AN_OFFER_HAS_ROOM;
    }
}
