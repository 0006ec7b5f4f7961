package org.cbm.problem;

import java.util.Objects;

/** The change was based on an older version of the item: someone else changed it meanwhile. */
public class StaleVersionException extends RuntimeException {

    /** Passes when the change was based on the current version; otherwise says who must reload what. */
    public static void require(String what, String id, Long basedOn, Long current) {
        if (!Objects.equals(basedOn, current)) {
            throw new StaleVersionException(what, id, basedOn, current);
        }
    }

    private StaleVersionException(String what, String id, Long expected, Long actual) {
        this(what + " " + id + " was changed by someone else meanwhile (you edited version " + expected
                + ", the current version is " + actual + "). Reload it and apply your change again.");
    }

    /** For items whose versions are counted otherwise; {@code message} says what to reload. */
    protected StaleVersionException(String message) {
        super(message);
    }
}
