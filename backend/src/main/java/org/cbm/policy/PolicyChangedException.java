package org.cbm.policy;

import org.cbm.problem.StaleVersionException;

/**
 * Someone else saved a new policy version since the author started editing: like any stale version, the author
 * reloads and applies the change again.
 */
public class PolicyChangedException extends StaleVersionException {

    public PolicyChangedException(int basedOnVersion, int currentVersion) {
        super("The policy was changed meanwhile: you edited version " + basedOnVersion + " but version "
                + currentVersion + " is now current. Reload it and apply your change again.");
    }
}
