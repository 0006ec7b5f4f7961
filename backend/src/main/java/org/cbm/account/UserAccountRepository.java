package org.cbm.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

interface UserAccountRepository extends MongoRepository<UserAccount, String> {

    Optional<UserAccount> findByEmail(String email);

    List<UserAccount> findByOrganisationIdAndRolesContainingAndEnabledTrue(String organisationId, Role role);
}
