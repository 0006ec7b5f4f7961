package org.cbm.matching;

/** The two parties to a match. */
public enum Side {
    RECIPIENT,
    PROVIDER
}
