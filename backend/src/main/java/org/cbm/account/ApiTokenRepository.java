package org.cbm.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface ApiTokenRepository extends Repository<ApiToken, String> {

    ApiToken save(ApiToken token);

    Optional<ApiToken> findById(String id);

    List<ApiToken> findByUserIdOrderByCreatedAtDesc(String userId);
}
