package org.cbm.policy;

/** Someone else saved a new policy version since the author started editing. */
public class PolicyChangedException extends RuntimeException {

    public PolicyChangedException(int basedOnVersion, int currentVersion) {
        super("The policy was changed meanwhile: you edited version " + basedOnVersion + " but version "
                + currentVersion + " is now current. Reload it and apply your change again.");
    }
}
