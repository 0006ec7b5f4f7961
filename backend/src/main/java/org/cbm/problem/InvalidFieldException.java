package org.cbm.problem;

/**
 * A field of a request that is well formed but names something it may not, found by a service rather than by Bean
 * Validation (e.g. an organisation that does not exist): answered like any invalid field, with what to fix.
 */
public class InvalidFieldException extends RuntimeException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
