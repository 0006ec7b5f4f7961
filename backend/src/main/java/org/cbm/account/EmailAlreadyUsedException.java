package org.cbm.account;

import org.cbm.problem.ConflictException;

/** Another account already uses this e-mail address; e-mail addresses identify people and are unique. */
public class EmailAlreadyUsedException extends ConflictException {

    public EmailAlreadyUsedException(String email) {
        super("An account with the e-mail address " + email + " already exists");
    }
}
