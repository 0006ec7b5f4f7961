package org.cbm.problem;

/** A change that conflicts with one that came first, e.g. two policy versions saved at once. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
