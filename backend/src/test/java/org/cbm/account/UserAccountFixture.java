package org.cbm.account;

import java.util.EnumSet;

/** Stored accounts for tests that need one with a known id. */
public final class UserAccountFixture {

    private UserAccountFixture() {
    }

    /** A recipient official's account with a fixed id and version 0, as if read from the database. */
    public static UserAccount account(String id, String email, String organisationId) {
        return new UserAccount(id, null, email, "Test Official", "$2a$10$7EqJtq98hPqEX7fNZaFWoOa7sJ1cJ0bS6Gg4m0m0m0m0m0m0m0m0m",
                EnumSet.of(Role.RECIPIENT), organisationId, "en", true, 0, null, null, null);
    }
}
