package org.cbm.organisation;

import java.util.Arrays;
import java.util.List;

/**
 * The groups of developing countries that the UN lists for special attention, as a State's profile records them.
 * Providers filter the marketplace by them, because many offers are meant for exactly these States.
 */
public enum PriorityGroup {
    /** Least developed countries. */
    LDC,
    /** Landlocked developing countries. */
    LLDC,
    /** Small island developing States. */
    SIDS;

    /** The groups a State with this profile belongs to, in the order above. */
    public static List<PriorityGroup> of(StateProfile profile) {
        return Arrays.stream(values()).filter(group -> group.includes(profile)).toList();
    }

    /** Whether a State with this profile belongs to the group. */
    public boolean includes(StateProfile profile) {
        return switch (this) {
            case LDC -> profile.ldc();
            case LLDC -> profile.lldc();
            case SIDS -> profile.sids();
        };
    }
}
