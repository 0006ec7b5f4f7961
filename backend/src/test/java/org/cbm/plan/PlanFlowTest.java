package org.cbm.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.cbm.EmbeddedMongoTest;
import org.cbm.account.Role;
import org.cbm.account.SignedIn;
import org.cbm.matching.Match;
import org.cbm.matching.MatchService;
import org.cbm.matching.MatchStatus;
import org.cbm.problem.ConflictException;
import org.cbm.solver.instance.Instance;
import org.cbm.solver.instance.InstanceJson;
import org.cbm.solver.instance.PackageOfferPair;
import org.cbm.solver.plan.Plan;
import org.cbm.solver.score.ReferenceScore;
import org.cbm.veto.ProviderVetoService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * From a marketplace to confirmed matches through solver runs: the draft is stored with the exact instance it was
 * solved from, publishing proposes its pairs, confirmed pairs stay pinned and declined pairs never come back.
 */
@EmbeddedMongoTest
class PlanFlowTest {

    @Autowired
    PlanService plans;

    @Autowired
    MatchService matches;

    @Autowired
    MongoOperations mongo;

    @Autowired
    ProviderVetoService vetoes;

    @BeforeEach
    void smallMarketplace() {
        SmallMarketplace.install(mongo);
        mongo.dropCollection("locks");
        SignedIn.as("lucia@example.org", "un-coordination", Role.COORDINATOR);
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void runPublishAcceptRerunAndDecline() {
        MatchingPlan first = solved(plans.start(2));

        assertThat(first.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(first.feasible()).isTrue();
        assertThat(first.progress()).isNotEmpty();
        assertThat(first.assignments()).hasSize(4);
        assertThat(first.summary().coverage()).isEqualTo(1.0);
        assertScoreRechecks(first);
        assertThat(plans.compare(first.id()).added()).hasSize(4);

        plans.publish(first.id());
        assertThat(plans.published()).map(MatchingPlan::id).contains(first.id());
        List<Match> proposals = mongo.findAll(Match.class);
        assertThat(proposals).hasSize(4).allSatisfy(match -> assertThat(match.status()).isEqualTo(MatchStatus.PROPOSED));

        Match toConfirm = proposalFor(proposals, "p-ken-1");
        SignedIn.as("kristjan@example.org", toConfirm.pair().providerId(), Role.PROVIDER);
        matches.accept(toConfirm.id(), 0L);
        SignedIn.as("amina@example.org", "KEN", Role.RECIPIENT);
        assertThat(matches.accept(toConfirm.id(), 1L).status()).isEqualTo(MatchStatus.CONFIRMED);
        Match toDecline = proposalFor(proposals, "p-mwi-1");
        SignedIn.as("chikondi@example.org", "MWI", Role.RECIPIENT);
        matches.decline(toDecline.id(), 0L, "We found help elsewhere");

        SignedIn.as("lucia@example.org", "un-coordination", Role.COORDINATOR);
        MatchingPlan second = solved(plans.start(1));
        Instance instance = instance(second);
        PackageOfferPair confirmed = new PackageOfferPair("p-ken-1", toConfirm.pair().offerId());
        PackageOfferPair declined = new PackageOfferPair("p-mwi-1", toDecline.pair().offerId());
        assertThat(instance.pinned()).containsExactly(confirmed);
        assertThat(instance.declined()).containsExactly(declined);
        assertThat(second.assignments()).contains(confirmed).doesNotContain(declined);
        assertScoreRechecks(second);

        plans.publish(second.id());
        assertThat(mongo.findById(first.id(), MatchingPlan.class).status()).isEqualTo(PlanStatus.SUPERSEDED);
        assertThat(mongo.findAll(Match.class)).noneMatch(match -> match.status().isOpenProposal()
                && match.pair().packageId().equals("p-mwi-1") && match.pair().offerId().equals(declined.offerId()));
        assertThat(mongo.findById(toConfirm.id(), Match.class).status()).isEqualTo(MatchStatus.CONFIRMED);
    }

    @Test
    void aVetoedProviderIsNotProposedToTheStateButItsConfirmedMatchStands() {
        MatchingPlan first = solved(plans.start(1));
        plans.publish(first.id());
        Match confirmed = proposalFor(mongo.findAll(Match.class), "p-ken-1");
        SignedIn.as("kristjan@example.org", confirmed.pair().providerId(), Role.PROVIDER);
        matches.accept(confirmed.id(), 0L);
        SignedIn.as("amina@example.org", "KEN", Role.RECIPIENT);
        matches.accept(confirmed.id(), 1L);
        // Kenya then vetoes both providers, and France, which has no offer (the solver knows no such provider).
        vetoes.replaceMine(null, List.of("EST", "NOR", "FRA"));

        SignedIn.as("lucia@example.org", "un-coordination", Role.COORDINATOR);
        MatchingPlan second = solved(plans.start(1));

        // The provider of the confirmed match is not vetoed for Kenya (its pinned pair would break the rule): its
        // offer is declined for Kenya's other package instead.
        Instance instance = instance(second);
        String confirmedProvider = confirmed.pair().providerId();
        assertThat(instance.recipients()).filteredOn(recipient -> recipient.id().equals("KEN")).singleElement()
                .satisfies(kenya -> assertThat(kenya.vetoedProviders()).containsExactlyElementsOf(
                        Stream.of("EST", "NOR").filter(provider -> !provider.equals(confirmedProvider)).toList()));
        assertThat(instance.declined()).contains(new PackageOfferPair("p-ken-2", confirmed.pair().offerId()));
        Set<String> kenyanPackages = Set.of("p-ken-1", "p-ken-2");
        assertThat(second.assignments()).filteredOn(pair -> kenyanPackages.contains(pair.packageId()))
                .containsExactly(new PackageOfferPair("p-ken-1", confirmed.pair().offerId()));
        assertScoreRechecks(second);
    }

    @Test
    void oneRunAtATimeAndAStaleDraftCannotBePublished() {
        MatchingPlan running = plans.start(3);
        assertThatThrownBy(() -> plans.start(1)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("already in progress");
        MatchingPlan first = solved(running);

        MatchingPlan second = solved(plans.start(1));
        plans.publish(first.id());

        assertThatThrownBy(() -> plans.publish(second.id())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("Another plan was published after this draft's run started");
        assertThat(plans.published()).map(MatchingPlan::id).contains(first.id());
    }

    @Test
    void aCancelledRunStopsEarlyAndCannotBePublished() {
        MatchingPlan running = plans.start(60);
        plans.cancel(running.id());

        MatchingPlan cancelled = solved(running);

        assertThat(cancelled.status()).isEqualTo(PlanStatus.CANCELLED);
        assertThat(Duration.between(cancelled.startedAt(), cancelled.finishedAt())).isLessThan(Duration.ofSeconds(30));
        assertThatThrownBy(() -> plans.publish(cancelled.id())).hasMessageContaining("Cannot publish a plan that is CANCELLED");
        assertThat(plans.list(null, PageRequest.of(0, 10))).extracting(MatchingPlan::id).contains(cancelled.id());
    }

    /** An independent re-check: the reference scorer on the stored instance gives the stored score. */
    private static void assertScoreRechecks(MatchingPlan plan) {
        Plan file = new Plan(plan.id(), plan.assignments(), null);
        assertThat(ReferenceScore.of(instance(plan), file).soft()).isEqualTo(plan.soft());
    }

    private static Instance instance(MatchingPlan plan) {
        try {
            return InstanceJson.parse(plan.instanceJson());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private MatchingPlan solved(MatchingPlan started) {
        Instant deadline = Instant.now().plusSeconds(90);
        while (Instant.now().isBefore(deadline)) {
            MatchingPlan plan = mongo.findById(started.id(), MatchingPlan.class);
            if (plan.status() != PlanStatus.RUNNING && mongo.getCollection("locks").countDocuments() == 0) {
                return plan;
            }
            sleep();
        }
        throw new AssertionError("plan " + started.id() + " did not finish");
    }

    private static Match proposalFor(List<Match> proposals, String packageId) {
        return proposals.stream().filter(match -> match.pair().packageId().equals(packageId)).findFirst().orElseThrow();
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
