package org.cbm.solver.instance;

/** A body that offers assistance: a State or an organisation. */
public record Provider(String id, String name, OrganisationKind kind) {
}
