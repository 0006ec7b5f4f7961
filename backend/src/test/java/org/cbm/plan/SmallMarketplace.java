package org.cbm.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cbm.matching.Match;
import org.cbm.offer.Offer;
import org.cbm.request.AssistanceRequest;
import org.cbm.request.WorkPackage;
import org.cbm.solver.instance.Theme;
import org.cbm.veto.ProviderVetoes;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

/**
 * A marketplace small enough to add up by hand: Kenya (Africa, lower-middle income) and Malawi (Africa, low income,
 * LDC and landlocked) ask for 57 expert-days in four packages of urgency 2, all in English from February to June
 * 2027; Estonia and Norway offer 35 and 30 days for all of 2027. Every package fits an offer.
 */
final class SmallMarketplace {

    static final Instant PUBLISHED_AT = Instant.parse("2026-11-01T10:00:00Z");

    private SmallMarketplace() {
    }

    /** Replaces whatever the database holds of requests, offers, matches, plans and vetoes with this marketplace. */
    static void install(MongoOperations mongo) {
        List.of(AssistanceRequest.class, Offer.class, Match.class, MatchingPlan.class, ProviderVetoes.class)
                .forEach(type -> mongo.remove(new Query(), type));
        mongo.dropCollection(PublishedPlanPointer.class);
        publish(mongo, AssistanceRequest.draft("r-ken", "KEN", "CSIRT", null, List.of(
                workPackage("p-ken-1", Theme.INCIDENT_RESPONSE, 20), workPackage("p-ken-2", Theme.SKILLS_TRAINING, 10))));
        publish(mongo, AssistanceRequest.draft("r-mwi", "MWI", "Strategy", null, List.of(
                workPackage("p-mwi-1", Theme.STRATEGY_POLICY, 15), workPackage("p-mwi-2", Theme.INCIDENT_RESPONSE, 12))));
        activate(mongo, Offer.draft("o-est", "EST", terms(Set.of(Theme.INCIDENT_RESPONSE, Theme.SKILLS_TRAINING), 35)));
        activate(mongo, Offer.draft("o-nor", "NOR", terms(Set.of(Theme.STRATEGY_POLICY, Theme.INCIDENT_RESPONSE), 30)));
    }

    private static void publish(MongoOperations mongo, AssistanceRequest request) {
        request.publish(PUBLISHED_AT);
        mongo.insert(request);
    }

    private static void activate(MongoOperations mongo, Offer offer) {
        offer.activate();
        mongo.insert(offer);
    }

    private static WorkPackage workPackage(String id, Theme theme, int days) {
        return new WorkPackage(id, theme, Set.of("en"), days, 2, LocalDate.of(2027, 2, 1), LocalDate.of(2027, 6, 30), null);
    }

    private static Offer.Terms terms(Set<Theme> themes, int capacity) {
        return new Offer.Terms("Experts", null, themes, Set.of("en", "fr"), capacity, LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31), null, null);
    }
}
