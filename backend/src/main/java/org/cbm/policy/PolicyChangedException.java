package org.cbm.policy;

import org.cbm.problem.ConflictException;

/** Someone else saved a new policy version since the author started editing. */
public class PolicyChangedException extends ConflictException {

    public PolicyChangedException(int basedOnVersion, int currentVersion) {
        super("The policy was changed meanwhile: you edited version " + basedOnVersion + " but version "
                + currentVersion + " is now current. Reload it and apply your change again.");
    }
}
