package org.cbm.security;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.cbm.account.ApiToken;
import org.cbm.account.UserAccountFixture;
import org.cbm.matching.Match;
import org.cbm.matching.Side;
import org.cbm.offer.Offer;
import org.cbm.organisation.Organisation;
import org.cbm.plan.PlanFixture;
import org.cbm.plan.PlanStatus;
import org.cbm.policy.MatchingPolicy;
import org.cbm.request.AssistanceRequest;
import org.cbm.request.WorkPackage;
import org.cbm.solver.instance.OrganisationKind;
import org.cbm.solver.instance.Theme;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

/**
 * A small marketplace with one item of every kind, owned by Kenya (recipient) and Estonia (provider), for tests
 * that try every endpoint; and a snapshot of everything stored, to check that a refused call changed nothing.
 */
@TestComponent
class ApiFixtures {

    private static final List<String> COLLECTIONS = List.of("requests", "offers", "matches", "policies", "apiTokens",
            "users", "organisations", "plans", "publishedPlan", "locks", "providerVetoes");
    private static final String EMPTY_INSTANCE = """
            {"format": "cbm-instance/1", "id": "fixture", "recipients": [], "providers": [], "offers": [], "packages": []}""";
    private static final Instant AT = Instant.parse("2026-11-01T10:00:00Z");
    /** Those the tests sign in as (see SignedIn: the e-mail doubles as user id), with their organisations. */
    private static final Map<String, String> SIGNED_IN = Map.of("amina@example.org", "KEN", "kofi@example.org", "GHA",
            "kristjan@example.org", "EST", "ola@example.org", "NOR", "lucia@example.org", "un-coordination",
            "wei@example.org", "un-coordination");

    private final MongoOperations mongo;

    ApiFixtures(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /**
     * Requests r-pub (published, packages p-1..p-3) and r-draft; offers o-active and o-draft; matches m-proposed,
     * m-confirmed, m-delivery; API token t-1 of amina@example.org; user u-1; partner matrix-partner; plans
     * plan-published (published), plan-draft and plan-running; the accounts of the users the tests sign in as. The
     * States stay as loaded from the reference list.
     */
    void reset() {
        COLLECTIONS.stream().filter(collection -> !collection.equals("organisations"))
                .forEach(collection -> mongo.getCollection(collection).deleteMany(new Document()));
        mongo.getCollection("organisations").deleteMany(new Document("kind", new Document("$ne", "STATE")));
        AssistanceRequest published = AssistanceRequest.draft("r-pub", "KEN", "Published", null, List.of(
                workPackage("p-1"), workPackage("p-2"), workPackage("p-3")));
        published.publish(AT);
        mongo.insert(published);
        mongo.insert(AssistanceRequest.draft("r-draft", "KEN", "Draft", null, List.of(workPackage("p-9"))));
        Offer active = offer("o-active");
        active.activate();
        mongo.insert(active);
        mongo.insert(offer("o-draft"));
        mongo.insert(match("m-proposed", "p-1"));
        Match confirmed = match("m-confirmed", "p-2");
        confirmed.accept(Side.PROVIDER, AT);
        confirmed.accept(Side.RECIPIENT, AT);
        mongo.insert(confirmed);
        Match inDelivery = match("m-delivery", "p-3");
        inDelivery.accept(Side.PROVIDER, AT);
        inDelivery.accept(Side.RECIPIENT, AT);
        inDelivery.startDelivery(AT);
        mongo.insert(inDelivery);
        mongo.insert(new ApiToken("t-1", "amina@example.org", "script", "0".repeat(64), AT, null));
        mongo.remove(new Query(), MatchingPolicy.class);
        mongo.insert(UserAccountFixture.account("u-1", "official@example.org", "KEN"));
        SIGNED_IN.forEach((email, organisation) -> mongo.insert(UserAccountFixture.account(email, email, organisation)));
        mongo.insert(Organisation.partner("matrix-partner", "Matrix Partner", OrganisationKind.CIVIL_SOCIETY));
        mongo.insert(PlanFixture.plan("plan-published", PlanStatus.PUBLISHED, null, EMPTY_INSTANCE));
        mongo.insert(PlanFixture.plan("plan-draft", PlanStatus.DRAFT, "plan-published", EMPTY_INSTANCE));
        mongo.insert(PlanFixture.plan("plan-running", PlanStatus.RUNNING, "plan-published", EMPTY_INSTANCE));
        mongo.insert(PlanFixture.publishedPointer("plan-published"));
    }

    /** Every stored document of the marketplace, as JSON, by collection. */
    Map<String, List<String>> snapshot() {
        Map<String, List<String>> documents = new LinkedHashMap<>();
        for (String collection : COLLECTIONS) {
            List<String> all = new ArrayList<>();
            mongo.getCollection(collection).find().forEach(document -> all.add(document.toJson()));
            all.sort(String::compareTo);
            documents.put(collection, all);
        }
        return documents;
    }

    private static WorkPackage workPackage(String id) {
        return new WorkPackage(id, Theme.INCIDENT_RESPONSE, Set.of("en"), 10, 2, LocalDate.of(2027, 2, 1),
                LocalDate.of(2027, 6, 30), null);
    }

    private static Offer offer(String id) {
        return Offer.draft(id, "EST", new Offer.Terms("Experts", null, Set.of(Theme.INCIDENT_RESPONSE), Set.of("en"),
                100, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), null, null));
    }

    private static Match match(String id, String packageId) {
        return Match.propose(id, new Match.Pair("r-pub", packageId, "KEN", "o-active", "EST"), null, AT);
    }
}
