package org.cbm.problem;

/**
 * The item does not exist, or the signed-in user may not see it: both answer "not found", so that nobody learns
 * of another tenant's items by trying their ids.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, String id) {
        super(what + " " + id + " was not found");
    }
}
