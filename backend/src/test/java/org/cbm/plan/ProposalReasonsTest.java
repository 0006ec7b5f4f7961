package org.cbm.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cbm.EmbeddedMongoTest;
import org.cbm.account.Role;
import org.cbm.account.SignedIn;
import org.cbm.matching.Match;
import org.cbm.solver.explain.ExplanationJson;
import org.cbm.solver.explain.PlanExplainer;
import org.cbm.solver.instance.IncomeGroup;
import org.cbm.solver.instance.Instance;
import org.cbm.solver.instance.InstanceJson;
import org.cbm.solver.instance.Offer;
import org.cbm.solver.instance.OrganisationKind;
import org.cbm.solver.instance.PackageOfferPair;
import org.cbm.solver.instance.Policy;
import org.cbm.solver.instance.Provider;
import org.cbm.solver.instance.Recipient;
import org.cbm.solver.instance.Region;
import org.cbm.solver.instance.Theme;
import org.cbm.solver.instance.WorkPackage;
import org.cbm.solver.plan.Plan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The reasons of the published plan, as the parties of its proposals read them in the web UI and the API: Malawi (priority 3) asks for 30
 * expert-days in one package, which the plan gives to Estonia's offer.
 */
@EmbeddedMongoTest
@AutoConfigureMockMvc
class ProposalReasonsTest {

    private static final LocalDate START = LocalDate.of(2027, 3, 1);
    private static final Instance INSTANCE = new Instance("i-reasons", Policy.DEFAULT,
            List.of(new Recipient("MWI", "Malawi", Region.AFRICA, IncomeGroup.LIC, 3, null)),
            List.of(new Provider("EST", "Estonia", OrganisationKind.STATE)),
            List.of(new Offer("o-est", "EST", 100, Set.of(Theme.INCIDENT_RESPONSE), List.of("en"), START,
                    START.plusMonths(6), null, null)),
            List.of(new WorkPackage("p-mwi", "r-mwi", "MWI", Theme.INCIDENT_RESPONSE, List.of("en"), 30, 3, START,
                    START.plusMonths(3), null)),
            null, null, null);
    private static final List<PackageOfferPair> ASSIGNMENTS = List.of(new PackageOfferPair("p-mwi", "o-est"));

    @Autowired
    ProposalReasons reasons;

    @Autowired
    MongoOperations mongo;

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void noPlans() {
        mongo.remove(new Query(), MatchingPlan.class);
        mongo.remove(new Query(), Match.class);
        mongo.dropCollection(PublishedPlanPointer.class);
        SignedIn.as("chikondi@example.org", "MWI", Role.RECIPIENT);
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void aPairOfThePublishedPlanHasTheReasonsOfItsExplanationReadOncePerPlan() {
        assertThat(reasons.published()).isEmpty();
        publish("plan-reasons-1", ExplanationJson.toJson(PlanExplainer.explain(INSTANCE, new Plan("i-reasons", ASSIGNMENTS, null))));

        PlanReasons published = reasons.published().orElseThrow();

        assertThat(published.id()).isEqualTo("plan-reasons-1");
        assertThat(published.reasonsFor("p-mwi", "o-est")).hasValueSatisfying(found -> assertThat(found).containsExactly(
                new ProposalReason.Fits(), new ProposalReason.Coverage(0.0, 1.0), new ProposalReason.Priority(3),
                new ProposalReason.ProviderShare(1.0, 50, true)));
        assertThat(reasons.published()).containsSame(published);
    }

    @Test
    void aPlanWhoseExplanationNoLongerReadsHasNoReasonsRatherThanAnError() {
        publish("plan-reasons-2", "{\"assignments\": \"not a list\"}");

        assertThat(reasons.published()).isEmpty();
    }

    @Test
    void theApiGivesAPartyTheReasonsOfItsMatchByKind() throws Exception {
        publish("plan-reasons-3", ExplanationJson.toJson(PlanExplainer.explain(INSTANCE, new Plan("i-reasons", ASSIGNMENTS, null))));
        Instant at = Instant.parse("2026-11-02T10:00:00Z");
        mongo.insert(Match.propose("m-in-plan", new Match.Pair("r-mwi", "p-mwi", "MWI", "o-est", "EST"), "plan-reasons-3", at));
        mongo.insert(Match.propose("m-dropped", new Match.Pair("r-mwi", "p-mwi", "MWI", "o-other", "EST"), "plan-old", at));
        Authentication malawi = SignedIn.authentication("chikondi@example.org", "MWI", Role.RECIPIENT);

        mvc.perform(get("/api/v1/matches/m-in-plan/reasons").with(authentication(malawi)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.planId").value("plan-reasons-3"))
                .andExpect(jsonPath("$.reasons[*].kind").value(contains("FITS", "COVERAGE", "PRIORITY", "PROVIDER_SHARE")))
                .andExpect(jsonPath("$.reasons[1].after").value(1.0))
                .andExpect(jsonPath("$.reasons[2].weight").value(3))
                .andExpect(jsonPath("$.reasons[3].overCap").value(true));
        mvc.perform(get("/api/v1/matches/m-dropped/reasons").with(authentication(malawi)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.planId").doesNotExist())
                .andExpect(jsonPath("$.reasons").isEmpty());
        mvc.perform(get("/api/v1/matches/m-in-plan/reasons")
                        .with(authentication(SignedIn.authentication("kofi@example.org", "GHA", Role.RECIPIENT))))
                .andExpect(status().isNotFound());
    }

    @Test
    void nobodySignedInReadsNothing() {
        SignedIn.out();

        assertThatThrownBy(reasons::published).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private void publish(String id, String explanationJson) {
        mongo.insert(PlanFixture.published(id, InstanceJson.toJson(INSTANCE), ASSIGNMENTS, 0, null, explanationJson));
        mongo.insert(PlanFixture.publishedPointer(id));
    }
}
