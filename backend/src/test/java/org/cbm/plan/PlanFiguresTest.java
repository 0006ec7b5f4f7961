package org.cbm.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.cbm.EmbeddedMongoTest;
import org.cbm.account.Role;
import org.cbm.account.SignedIn;
import org.cbm.policy.PolicyService;
import org.cbm.solver.explain.ExplanationJson;
import org.cbm.solver.explain.PlanExplainer;
import org.cbm.solver.instance.Instance;
import org.cbm.solver.instance.InstanceJson;
import org.cbm.solver.instance.PackageOfferPair;
import org.cbm.solver.plan.Plan;
import org.cbm.solver.plan.PlanScore;
import org.cbm.solver.score.ReferenceScore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The marketplace's size and the published plan's coverage by group, on {@link SmallMarketplace}, from the service
 * and through the metrics API.
 */
@EmbeddedMongoTest
@AutoConfigureMockMvc
class PlanFiguresTest {

    @Autowired
    PlanFigures figures;

    @Autowired
    InstanceSnapshot snapshot;

    @Autowired
    PolicyService policies;

    @Autowired
    MongoOperations mongo;

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void smallMarketplace() {
        SmallMarketplace.install(mongo);
        SignedIn.as("amina@example.org", "KEN", Role.RECIPIENT);
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void theMarketplaceIsWhatPublishedRequestsAskForAndActiveOffersGive() {
        assertThat(figures.marketplace()).isEqualTo(new PlanFigures.Marketplace(57, 65));
    }

    @Test
    void nothingIsPublishedYet() {
        assertThat(figures.published()).isEmpty();
    }

    @Test
    void coverageOfThePublishedPlanByGroupInWeightedExpertDays() {
        publishPlan(List.of(new PackageOfferPair("p-ken-1", "o-est"), new PackageOfferPair("p-mwi-1", "o-nor")));

        PlanFigures.Published published = figures.published().orElseThrow();

        assertThat(published.planId()).isEqualTo("plan-figures");
        assertThat(published.coveredDays()).isEqualTo(35);
        assertThat(published.byRegion()).extracting(GroupCoverage::group, GroupCoverage::weightedNeed,
                GroupCoverage::weightedCovered).containsExactly(tuple("AFRICA", 114L, 70L));
        // Kenya is in no priority group: only Malawi's need counts, in both of its groups; SIDS has no need.
        assertThat(published.byPriorityGroup()).extracting(GroupCoverage::group, GroupCoverage::weightedNeed,
                GroupCoverage::weightedCovered).containsExactly(tuple("LDC", 54L, 30L), tuple("LLDC", 54L, 30L));
        assertThat(published.byIncomeGroup()).extracting(GroupCoverage::group, GroupCoverage::weightedNeed,
                GroupCoverage::weightedCovered).containsExactly(tuple("LIC", 54L, 30L), tuple("LMC", 60L, 40L));
        assertThat(published.byTheme()).extracting(GroupCoverage::group, GroupCoverage::weightedNeed,
                GroupCoverage::weightedCovered).containsExactly(tuple("STRATEGY_POLICY", 30L, 30L),
                tuple("INCIDENT_RESPONSE", 64L, 40L), tuple("SKILLS_TRAINING", 20L, 0L));
        assertThat(published.byTheme().get(1).coverage()).isEqualTo(40.0 / 64);
        assertThat(published.metrics().coverageByRecipient()).containsEntry("KEN", 40.0 / 60).containsEntry("MWI", 30.0 / 54);
    }

    @Test
    void theMetricsApiGivesTheSameFiguresWithEachGroupsCoverage() throws Exception {
        publishPlan(List.of(new PackageOfferPair("p-ken-1", "o-est"), new PackageOfferPair("p-mwi-1", "o-nor")));
        Authentication provider = SignedIn.authentication("kristjan@example.org", "EST", Role.PROVIDER);

        mvc.perform(get("/api/v1/metrics").with(authentication(provider)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.planId").value("plan-figures"))
                .andExpect(jsonPath("$.coveredDays").value(35))
                .andExpect(jsonPath("$.byIncomeGroup[1].group").value("LMC"))
                .andExpect(jsonPath("$.byIncomeGroup[1].coverage").value(40.0 / 60))
                .andExpect(jsonPath("$.metrics.coverageByRecipient.MWI").value(30.0 / 54));
        mvc.perform(get("/api/v1/metrics/marketplace").with(authentication(provider)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.demandDays").value(57))
                .andExpect(jsonPath("$.capacityDays").value(65));
    }

    private void publishPlan(List<PackageOfferPair> assignments) {
        // The snapshot reads every State's vetoes, which only a coordinator may.
        SignedIn.as("lucia@example.org", "un-coordination", Role.COORDINATOR);
        Instance instance = snapshot.take("plan-figures", policies.current());
        SignedIn.as("amina@example.org", "KEN", Role.RECIPIENT);
        Plan plan = new Plan(instance.id(), assignments, null);
        long soft = ReferenceScore.of(instance, plan).soft();
        Plan scored = new Plan(instance.id(), assignments, new PlanScore(true, soft));
        mongo.insert(PlanFixture.published("plan-figures", InstanceJson.toJson(instance), assignments, soft,
                new PlanSummary(4, 2, 0, 0, 0, null, null, null),
                ExplanationJson.toJson(PlanExplainer.explain(instance, scored))));
        mongo.insert(PlanFixture.publishedPointer("plan-figures"));
    }
}
