package org.cbm.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.cbm.EmbeddedMongoTest;
import org.cbm.account.Role;
import org.cbm.account.SignedIn;
import org.cbm.matching.Match;
import org.cbm.solver.instance.IncomeGroup;
import org.cbm.solver.instance.Instance;
import org.cbm.solver.instance.Offer;
import org.cbm.solver.instance.OrganisationKind;
import org.cbm.solver.instance.Provider;
import org.cbm.solver.instance.Recipient;
import org.cbm.solver.instance.Region;
import org.cbm.solver.instance.Theme;
import org.cbm.solver.instance.WorkPackage;
import org.cbm.solver.instance.InstanceJson;
import org.cbm.solver.instance.PackageOfferPair;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

/** While a plan is being published, readers of the published plan see the old one or the new one, never a mix. */
@EmbeddedMongoTest
class PublicationAtomicityTest {

    private static final int PAIRS = 200;

    @Autowired
    PlanService plans;

    @Autowired
    MongoOperations mongo;

    @Test
    void readersNeverSeeAMixOfTwoPlans() throws Exception {
        mongo.remove(new Query(), MatchingPlan.class);
        mongo.dropCollection(PublishedPlanPointer.class);
        mongo.remove(new Query(), Match.class);
        String instance = InstanceJson.toJson(instance(PAIRS));
        List<PackageOfferPair> oldPairs = pairs("o-old-", PAIRS);
        List<PackageOfferPair> newPairs = pairs("o-new-", PAIRS);
        mongo.insert(draft("plan-old", null, instance, oldPairs));
        mongo.insert(draft("plan-new", "plan-old", instance, newPairs));
        SignedIn.as("lucia@example.org", "un-coordination", Role.COORDINATOR);
        plans.publish("plan-old");
        Map<String, Set<PackageOfferPair>> expected = Map.of("plan-old", Set.copyOf(oldPairs), "plan-new", Set.copyOf(newPairs));

        AtomicBoolean publishing = new AtomicBoolean(true);
        ConcurrentLinkedQueue<String> seen = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> mixes = new ConcurrentLinkedQueue<>();
        CountDownLatch readersStarted = new CountDownLatch(3);
        ExecutorService readers = Executors.newFixedThreadPool(3);
        List<Future<Object>> reading = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            reading.add(readers.submit(() -> {
                SignedIn.as("amina@example.org", "KEN", Role.RECIPIENT);
                boolean first = true;
                do {
                    Optional<MatchingPlan> published = plans.published();
                    published.ifPresent(plan -> {
                        seen.add(plan.id());
                        if (!Set.copyOf(plan.assignments()).equals(expected.get(plan.id()))) {
                            mixes.add(plan.id());
                        }
                    });
                    // Publication starts once every reader has read the old plan: they read during all of it.
                    if (first) {
                        readersStarted.countDown();
                        first = false;
                    }
                } while (publishing.get());
                return null;
            }));
        }
        // A reader that failed before its first read never counts down: the wait ends, and its failure is reported.
        boolean started = readersStarted.await(30, TimeUnit.SECONDS);
        publishing.set(started);
        reading.stream().filter(Future::isDone).forEach(PublicationAtomicityTest::rethrow);
        assertThat(started).as("every reader read the old plan").isTrue();
        plans.publish("plan-new");
        Thread.sleep(200);
        publishing.set(false);
        readers.shutdown();
        assertThat(readers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        reading.forEach(PublicationAtomicityTest::rethrow);

        assertThat(mixes).isEmpty();
        assertThat(seen).contains("plan-new").containsOnly("plan-old", "plan-new");
        assertThat(mongo.findAll(Match.class)).filteredOn(match -> match.status().isOpenProposal())
                .extracting(match -> match.pair().offerId()).hasSize(PAIRS).allMatch(offer -> offer.startsWith("o-new-"));
        SignedIn.out();
    }

    private static void rethrow(Future<Object> reader) {
        try {
            reader.get();
        } catch (InterruptedException | ExecutionException failed) {
            throw new AssertionError("a reader failed", failed);
        }
    }

    private static MatchingPlan draft(String id, String basedOn, String instance, List<PackageOfferPair> pairs) {
        return new MatchingPlan(id, PlanStatus.DRAFT, "lucia@example.org", Instant.now(), Instant.now(), 1, 1, basedOn,
                instance, List.of(), false, pairs, true, 0L, null, "{}", null, null, null);
    }

    /** Package i may go to offer o-old-i or o-new-i. */
    private static List<PackageOfferPair> pairs(String offerPrefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> new PackageOfferPair("p-" + i, offerPrefix + i)).toList();
    }

    private static Instance instance(int count) {
        LocalDate start = LocalDate.of(2027, 1, 1);
        LocalDate end = LocalDate.of(2027, 12, 31);
        List<Offer> offers = IntStream.range(0, count).boxed().flatMap(i -> Stream.of("o-old-", "o-new-")
                .map(prefix -> new Offer(prefix + i, "EST", 10, Set.of(Theme.SKILLS_TRAINING), List.of("en"), start, end,
                        null, null))).toList();
        List<WorkPackage> packages = IntStream.range(0, count).mapToObj(i -> new WorkPackage("p-" + i, "r-1", "KEN",
                Theme.SKILLS_TRAINING, List.of("en"), 10, 2, start, end, List.of())).toList();
        return new Instance("atomicity", null, List.of(new Recipient("KEN", "Kenya", Region.AFRICA, IncomeGroup.LMC, 2, List.of())),
                List.of(new Provider("EST", "Estonia", OrganisationKind.STATE)), offers, packages, List.of(), List.of(), List.of());
    }
}
