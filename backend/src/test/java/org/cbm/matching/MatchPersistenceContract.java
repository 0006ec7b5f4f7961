package org.cbm.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

/** Matches in the database; run against the embedded server and against a real MongoDB. */
abstract class MatchPersistenceContract {

    private static final Instant AT = Instant.parse("2027-01-10T10:00:00Z");

    @Autowired
    MatchRepository matches;

    @BeforeEach
    void noMatches() {
        matches.deleteAll();
    }

    @Test
    void twoAnswersToTheSameProposalCannotBothWin() {
        matches.save(MatchLifecycleTest.proposal());
        Match providerView = matches.findById("m-1").orElseThrow();
        Match recipientView = matches.findById("m-1").orElseThrow();

        providerView.accept(Side.PROVIDER, AT);
        matches.save(providerView);
        recipientView.decline(Side.RECIPIENT, "amina", "Dates do not suit us", AT);

        assertThatThrownBy(() -> matches.save(recipientView)).isInstanceOf(OptimisticLockingFailureException.class);
        Match stored = matches.findById("m-1").orElseThrow();
        assertThat(stored.status()).isEqualTo(MatchStatus.ACCEPTED_BY_PROVIDER);
        assertThat(stored.decline()).isNull();
    }

    @Test
    void findsMatchesByStatus() {
        matches.save(MatchLifecycleTest.in(MatchStatus.PROPOSED));
        Match declined = Match.propose("m-2", new Match.Pair("r-1", "p-1", "KEN", "o-2", "NOR"), "plan-1", AT);
        declined.decline(Side.RECIPIENT, "amina", "Vetoed", AT);
        matches.save(declined);

        assertThat(matches.findByStatusIn(MatchStatus.openProposals())).extracting(Match::id).containsExactly("m-1");
        assertThat(matches.findByStatusIn(List.of(MatchStatus.DECLINED))).extracting(Match::id).containsExactly("m-2");
    }
}
