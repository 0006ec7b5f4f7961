package org.cbm.policy;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Versions are only ever added: there is no update or delete. */
interface MatchingPolicyRepository extends Repository<MatchingPolicy, String> {

    MatchingPolicy insert(MatchingPolicy policy);

    Optional<MatchingPolicy> findFirstByOrderByPolicyVersionDesc();

    Page<MatchingPolicy> findAllByOrderByPolicyVersionDesc(Pageable pageable);
}
