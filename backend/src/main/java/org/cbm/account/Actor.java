package org.cbm.account;

import java.util.Set;

/**
 * The signed-in user on whose behalf a service acts. Services decide with it what the user may see and change:
 * its organisation is the tenant (a recipient State or a provider), its roles what it may do.
 */
public record Actor(String userId, String email, String displayName, String organisationId, Set<Role> roles) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean isCoordinator() {
        return hasRole(Role.COORDINATOR);
    }

    /** Whether this user acts for the given organisation (State or partner). */
    public boolean belongsTo(String organisationId) {
        return this.organisationId.equals(organisationId);
    }
}
