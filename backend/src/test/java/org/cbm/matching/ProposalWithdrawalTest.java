package org.cbm.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cbm.EmbeddedMongoTest;
import org.cbm.account.Role;
import org.cbm.account.SignedIn;
import org.cbm.offer.Offer;
import org.cbm.offer.OfferService;
import org.cbm.request.AssistanceRequest;
import org.cbm.request.RequestService;
import org.cbm.request.WorkPackage;
import org.cbm.solver.instance.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

/** Open proposals go when their request is withdrawn or their offer closed; confirmed matches stay. */
@EmbeddedMongoTest
class ProposalWithdrawalTest {

    private static final Instant AT = Instant.parse("2027-01-10T10:00:00Z");

    @Autowired
    MongoOperations mongo;

    @Autowired
    MatchRepository matches;

    @Autowired
    RequestService requests;

    @Autowired
    OfferService offers;

    @Autowired
    ProposalWithdrawal withdrawal;

    @BeforeEach
    void publishedRequestActiveOfferAndTwoMatches() {
        List.of(Match.class, AssistanceRequest.class, Offer.class).forEach(type -> mongo.remove(new Query(), type));
        AssistanceRequest request = AssistanceRequest.draft("r-1", "KEN", "CSIRT", null, List.of(
                workPackage("p-1"), workPackage("p-2")));
        request.publish(AT);
        mongo.insert(request);
        Offer offer = Offer.draft("o-1", "EST", new Offer.Terms("Experts", null, Set.of(Theme.INCIDENT_RESPONSE),
                Set.of("en"), 100, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), null, null));
        offer.activate();
        mongo.insert(offer);
        matches.save(Match.propose("m-open", new Match.Pair("r-1", "p-1", "KEN", "o-1", "EST"), null, AT));
        matches.save(MatchLifecycleTest.in(MatchStatus.CONFIRMED));
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void withdrawingTheRequestWithdrawsItsOpenProposals() {
        SignedIn.as("amina@example.org", "KEN", Role.RECIPIENT);

        requests.withdraw("r-1", 0L);

        assertThat(matches.findById("m-open").orElseThrow().status()).isEqualTo(MatchStatus.WITHDRAWN);
        assertThat(matches.findById("m-1").orElseThrow().status()).isEqualTo(MatchStatus.CONFIRMED);
    }

    @Test
    void closingTheOfferWithdrawsItsOpenProposals() {
        SignedIn.as("kristjan@example.org", "EST", Role.PROVIDER);

        offers.close("o-1", 0L);

        assertThat(matches.findById("m-open").orElseThrow().status()).isEqualTo(MatchStatus.WITHDRAWN);
    }

    @Test
    void theSweepCatchesProposalsLeftOpenByAnInterruptedWithdrawal() {
        AssistanceRequest request = mongo.findById("r-1", AssistanceRequest.class);
        request.withdraw();
        mongo.save(request); // as if the application had stopped before withdrawing the proposals

        assertThat(withdrawal.reconcile()).isEqualTo(1);
        assertThat(matches.findById("m-open").orElseThrow().status()).isEqualTo(MatchStatus.WITHDRAWN);
        assertThat(withdrawal.reconcile()).isZero();
    }

    private static WorkPackage workPackage(String id) {
        return new WorkPackage(id, Theme.INCIDENT_RESPONSE, Set.of("en"), 10, 2, LocalDate.of(2027, 2, 1),
                LocalDate.of(2027, 6, 30), null);
    }
}
