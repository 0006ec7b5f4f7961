package org.cbm.solver.instance;

/** What kind of body an organisation is; the instance format calls it the {@code kind} of a provider. */
public enum OrganisationKind {
    STATE,
    PRIVATE,
    INTERNATIONAL_ORG,
    CIVIL_SOCIETY,
    ACADEMIA
}
