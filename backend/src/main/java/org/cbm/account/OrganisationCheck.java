package org.cbm.account;

/**
 * Every account belongs to an existing organisation. The organisation feature implements this check, so that
 * accounts need not depend on it.
 */
public interface OrganisationCheck {

    /** @throws org.cbm.problem.NotFoundException naming the organisation if there is none with this id */
    void requireExisting(String organisationId);
}
