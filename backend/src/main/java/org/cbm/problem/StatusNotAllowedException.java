package org.cbm.problem;

import java.util.List;

/** An action that an item's current status does not allow, e.g. revising a withdrawn request. */
public class StatusNotAllowedException extends IllegalStateException {

    protected StatusNotAllowedException(String message) {
        super(message);
    }

    /**
     * Passes if {@code current} is one of {@code allowed}, otherwise says what was refused and when it is allowed.
     *
     * @param action what was attempted, phrased to follow "Cannot", e.g. "publish" or "mark interest in"
     * @param item   what it was attempted on, e.g. "a request" or "an offer"
     */
    @SafeVarargs
    public static <S extends Enum<S>> void require(String action, String item, S current, S... allowed) {
        require(action, item, current, List.of(allowed));
    }

    /** As {@link #require(String, String, Enum, Enum[])}, for an entity that also tells whether an action is allowed. */
    public static <S extends Enum<S>> void require(String action, String item, S current, List<S> allowed) {
        if (!allowed.contains(current)) {
            throw new StatusNotAllowedException("Cannot " + action + " " + item + " that is " + current
                    + "; allowed only when " + allowed);
        }
    }
}
