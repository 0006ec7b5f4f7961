package org.cbm.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.cbm.EmbeddedMongoTest;
import org.cbm.account.Actor;
import org.cbm.account.Role;
import org.cbm.account.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What each side sees of its committed matches, and which side a user acts for. */
@EmbeddedMongoTest
class MatchServiceTest {

    private static final Instant AT = Instant.parse("2027-01-10T10:00:00Z");

    @Autowired
    MatchService service;

    @Autowired
    MatchRepository matches;

    @BeforeEach
    void matchesOfKenyaAndGhana() {
        matches.deleteAll();
        matches.save(match("m-1", "r-1", "p-1", "KEN", "o-1", "EST", MatchStatus.CONFIRMED));
        matches.save(match("m-2", "r-1", "p-2", "KEN", "o-2", "NOR", MatchStatus.IN_DELIVERY));
        matches.save(match("m-3", "r-1", "p-3", "KEN", "o-1", "EST", MatchStatus.PROPOSED));
        matches.save(match("m-4", "r-1", "p-6", "KEN", "o-1", "EST", MatchStatus.DECLINED));
        matches.save(match("m-5", "r-2", "p-4", "KEN", "o-1", "EST", MatchStatus.COMPLETED));
        matches.save(match("m-6", "r-3", "p-5", "GHA", "o-1", "EST", MatchStatus.CONFIRMED));
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void committedPackagesByRequestOfOneStateAmongTheMatchesTheUserSees() {
        SignedIn.as("amina@example.org", "KEN", Role.RECIPIENT);
        assertThat(service.committedPackagesByRequest("KEN"))
                .isEqualTo(Map.of("r-1", Set.of("p-1", "p-2"), "r-2", Set.of("p-4")));
        assertThat(service.committedPackagesByRequest("GHA")).isEmpty();

        SignedIn.as("kristjan@example.org", "EST", Role.PROVIDER);
        assertThat(service.committedPackagesByRequest("KEN"))
                .isEqualTo(Map.of("r-1", Set.of("p-1"), "r-2", Set.of("p-4")));

        SignedIn.as("lucia@example.org", "un-coordination", Role.COORDINATOR);
        assertThat(service.committedPackagesByRequest("GHA")).isEqualTo(Map.of("r-3", Set.of("p-5")));
    }

    @Test
    void aUserActsForTheSideOfTheirOrganisationInARoleTheyHave() {
        Match match = match("m-7", "r-1", "p-1", "KEN", "o-1", "EST", MatchStatus.PROPOSED);

        assertThat(MatchService.sideOf(match, actor("KEN", Role.RECIPIENT))).contains(Side.RECIPIENT);
        assertThat(MatchService.sideOf(match, actor("EST", Role.PROVIDER))).contains(Side.PROVIDER);
        // A State may also provide assistance: it acts for the side its organisation is on.
        assertThat(MatchService.sideOf(match, actor("EST", Role.RECIPIENT, Role.PROVIDER))).contains(Side.PROVIDER);
        assertThat(MatchService.sideOf(match, actor("KEN", Role.PROVIDER))).isEmpty();
        assertThat(MatchService.sideOf(match, actor("NOR", Role.PROVIDER))).isEmpty();
        assertThat(MatchService.sideOf(match, actor("un-coordination", Role.COORDINATOR))).isEmpty();
    }

    private static Actor actor(String organisationId, Role... roles) {
        return new Actor("someone@example.org", "someone@example.org", "Someone", organisationId, Set.of(roles));
    }

    private static Match match(String id, String requestId, String packageId, String recipientId, String offerId,
            String providerId, MatchStatus status) {
        Match match = Match.propose(id, new Match.Pair(requestId, packageId, recipientId, offerId, providerId), "plan-1", AT);
        switch (status) {
            case PROPOSED -> { }
            case DECLINED -> match.decline(Side.RECIPIENT, "amina", "Not needed any more", AT);
            default -> {
                match.accept(Side.PROVIDER, AT);
                match.accept(Side.RECIPIENT, AT);
                if (status != MatchStatus.CONFIRMED) {
                    match.startDelivery(AT);
                }
                if (status == MatchStatus.COMPLETED) {
                    match.complete(4, "Useful", "amina", AT);
                }
            }
        }
        assertThat(match.status()).isEqualTo(status);
        return match;
    }
}
