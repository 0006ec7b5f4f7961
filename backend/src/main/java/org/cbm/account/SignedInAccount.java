package org.cbm.account;

/** A signed-in principal that stands for one of the marketplace's user accounts, however the user signed in. */
public interface SignedInAccount {

    Actor actor();
}
