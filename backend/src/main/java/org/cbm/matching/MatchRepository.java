package org.cbm.matching;

import java.util.Collection;
import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

interface MatchRepository extends MongoRepository<Match, String> {

    List<Match> findByStatusIn(Collection<MatchStatus> statuses);
}
