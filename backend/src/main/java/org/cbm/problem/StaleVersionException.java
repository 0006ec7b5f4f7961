package org.cbm.problem;

/** The change was based on an older version of the item: someone else changed it meanwhile. */
public class StaleVersionException extends RuntimeException {

    public StaleVersionException(String what, String id, Long expected, Long actual) {
        super(what + " " + id + " was changed by someone else meanwhile (you edited version " + expected
                + ", the current version is " + actual + "). Reload it and apply your change again.");
    }
}
