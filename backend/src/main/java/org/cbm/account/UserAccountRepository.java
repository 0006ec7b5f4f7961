package org.cbm.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

interface UserAccountRepository extends MongoRepository<UserAccount, String> {

    Optional<UserAccount> findByEmail(String email);

    Page<UserAccount> findByOrganisationId(String organisationId, Pageable pageable);

    Page<UserAccount> findByEmailContainingIgnoreCaseOrDisplayNameContainingIgnoreCase(String email, String name,
            Pageable pageable);

    Page<UserAccount> findByOrganisationIdAndEmailContainingIgnoreCaseOrOrganisationIdAndDisplayNameContainingIgnoreCase(
            String organisationId, String email, String sameOrganisationId, String name, Pageable pageable);

    List<UserAccount> findByOrganisationIdAndRolesContainingAndEnabledTrue(String organisationId, Role role);
}
