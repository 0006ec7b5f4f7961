package org.cbm;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.cbm.matching.Match;
import org.cbm.matching.MatchStatus;
import org.cbm.matching.Side;
import org.cbm.offer.Offer;
import org.cbm.offer.OfferStatus;
import org.cbm.request.AssistanceRequest;
import org.cbm.request.RequestStatus;
import org.cbm.request.WorkPackage;
import org.cbm.solver.instance.Theme;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Requests, offers and matches of a view test's own, stored directly, so that a test never depends on demo items
 * that another test may change. Register it as a field ({@code @RegisterExtension final TestMarketplace marketplace =
 * new TestMarketplace();}) of a Spring Boot test: after each test its matches are removed, its published requests
 * withdrawn and its active offers closed again, because other tests count the published requests, and solver runs
 * take every active offer and pin the pairs of committed matches (even of withdrawn requests).
 */
public final class TestMarketplace implements BeforeEachCallback, AfterEachCallback {

    public static final LocalDate START = LocalDate.of(2027, 3, 1);
    public static final LocalDate END = LocalDate.of(2027, 6, 30);
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    private final List<String> publishedRequestIds = new ArrayList<>();
    private final List<String> activeOfferIds = new ArrayList<>();
    private final List<String> matchIds = new ArrayList<>();
    private MongoOperations mongo;

    @Override
    public void beforeEach(ExtensionContext context) {
        mongo = SpringExtension.getApplicationContext(context).getBean(MongoOperations.class);
    }

    /** A published request of a State with one incident-response package (in English) per number of days. */
    public AssistanceRequest publishedRequest(String recipientId, Integer... days) {
        List<WorkPackage> packages = Arrays.stream(days).map(d -> new WorkPackage("p-" + UUID.randomUUID(),
                Theme.INCIDENT_RESPONSE, Set.of("en"), d, 2, START, END, null)).toList();
        AssistanceRequest request = AssistanceRequest.draft("r-" + UUID.randomUUID(), recipientId,
                "Test request " + UUID.randomUUID().toString().substring(0, 8), "For a view test", packages);
        request.publish(NOW);
        publishedRequestIds.add(request.id());
        return mongo.insert(request);
    }

    /** An active incident-response offer of a provider, in English and French, open to every State. */
    public Offer activeOffer(String providerId) {
        Offer offer = Offer.draft("o-" + UUID.randomUUID(), providerId, new Offer.Terms(
                "Test offer " + UUID.randomUUID().toString().substring(0, 8), null, Set.of(Theme.INCIDENT_RESPONSE),
                Set.of("en", "fr"), 200, START.minusMonths(1), END.plusMonths(1), Set.of(), Set.of()));
        offer.activate();
        activeOfferIds.add(offer.id());
        return mongo.insert(offer);
    }

    /** A match of a package with an offer, taken through the lifecycle to {@code status} as both sides would. */
    public Match match(AssistanceRequest request, int packageIndex, Offer offer, MatchStatus status) {
        WorkPackage workPackage = request.packages().get(packageIndex);
        Match match = Match.propose("m-test-" + UUID.randomUUID(), new Match.Pair(request.id(), workPackage.id(),
                request.recipientId(), offer.id(), offer.providerId()), null, NOW);
        switch (status) {
            case PROPOSED -> { }
            case ACCEPTED_BY_PROVIDER -> match.accept(Side.PROVIDER, NOW);
            case ACCEPTED_BY_RECIPIENT -> match.accept(Side.RECIPIENT, NOW);
            case CONFIRMED, IN_DELIVERY -> {
                match.accept(Side.PROVIDER, NOW);
                match.accept(Side.RECIPIENT, NOW);
                if (status == MatchStatus.IN_DELIVERY) {
                    match.startDelivery(NOW);
                }
            }
            default -> throw new IllegalArgumentException("no test matches in status " + status);
        }
        matchIds.add(match.id());
        return mongo.insert(match);
    }

    public Match reload(Match match) {
        return mongo.findById(match.id(), Match.class);
    }

    /** Someone else acts on the match meanwhile: its version changes. */
    public Match changeMeanwhile(Match match, Consumer<Match> change) {
        Match stored = reload(match);
        change.accept(stored);
        return mongo.save(stored);
    }

    /** Removes the matches, withdraws the requests and closes the offers of this test (directly, as no user). */
    @Override
    public void afterEach(ExtensionContext context) {
        // Removed, whatever their status: a committed match would pin its pair in every later solver run.
        mongo.remove(query(where("_id").in(matchIds)), Match.class);
        mongo.updateMulti(query(where("_id").in(publishedRequestIds).and("status").is(RequestStatus.PUBLISHED)),
                new Update().set("status", RequestStatus.WITHDRAWN), AssistanceRequest.class);
        mongo.updateMulti(query(where("_id").in(activeOfferIds).and("status").is(OfferStatus.ACTIVE)),
                new Update().set("status", OfferStatus.CLOSED), Offer.class);
        publishedRequestIds.clear();
        activeOfferIds.clear();
        matchIds.clear();
    }

    /** Requests published through the UI during a test, withdrawn after it too. */
    public void published(String requestId) {
        publishedRequestIds.add(requestId);
    }

    /** Offers activated through the UI during a test, closed after it too (if the test has not closed them). */
    public void activated(String offerId) {
        activeOfferIds.add(offerId);
    }
}
