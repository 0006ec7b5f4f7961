package org.cbm.solver.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cbm.solver.TestInstance;
import org.cbm.solver.bench.GreedyBaseline;
import org.cbm.solver.instance.Instance;
import org.cbm.solver.instance.WorkPackage;
import org.cbm.solver.plan.Plan;
import org.cbm.solver.score.ReferenceScore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Explanations of m1's greedy plan, checked against {@code check_plan.py --explain --json} on the same plan
 * (greedy.py writes the same plan as {@link GreedyBaseline}) and, for single packages, against the instance by hand.
 */
class PlanExplainerTest {

    private static Instance m1;
    private static Plan greedy;
    private static PlanExplanation explanation;

    @BeforeAll
    static void explainGreedyPlanOfM1() {
        m1 = TestInstance.publicInstance("m1");
        greedy = GreedyBaseline.plan(m1);
        explanation = PlanExplainer.explain(m1, greedy);
    }

    private static UnassignedPackage unassigned(String packageId) {
        return explanation.unassigned().stream().filter(u -> u.packageId().equals(packageId)).findFirst()
                .orElseThrow();
    }

    @Test
    void pointsOfAllAssignmentsAndUnassignedPackagesAddUpToTheScore() {
        assertThat(explanation.soft()).isEqualTo(ReferenceScore.of(m1, greedy).soft()).isEqualTo(84_163_250L);
        assertThat(explanation.feasible()).isTrue();
        assertThat(explanation.assignments()).hasSize(1018);
        assertThat(explanation.unassigned()).hasSize(482);
    }

    @Test
    void reasonsAreCountedAsCheckPlanCountsThem() {
        // check_plan.py --explain: {'all compatible offers full': 480, 'no time match': 1, 'declined': 1}
        Map<UnassignedReason, Long> counts = explanation.unassigned().stream()
                .collect(Collectors.groupingBy(UnassignedPackage::reason, Collectors.counting()));

        assertThat(counts).containsOnly(Map.entry(UnassignedReason.ALL_COMPATIBLE_FULL, 480L),
                Map.entry(UnassignedReason.NO_TIME_MATCH, 1L), Map.entry(UnassignedReason.DECLINED, 1L));
    }

    @Test
    void chineseOnlyPackageLateIn2028HasNoOfferInItsTimeWindow() {
        // p-58 (CHN, STRATEGY_POLICY, zh, 2028-08-15..2028-12-31): the four Chinese offers with that theme
        // all end by 2028-06-18.
        UnassignedPackage p58 = unassigned("p-58");

        assertThat(p58.reason()).isEqualTo(UnassignedReason.NO_TIME_MATCH);
        assertThat(p58.offers()).containsExactly("o-311", "o-347", "o-401", "o-427");
        assertThat(p58.daysLeft()).isEmpty();
    }

    @Test
    void portugueseLegislationPackageHasOnlyADeclinedOffer() {
        // p-1172 (MOZ, LEGISLATION, pt, 2028-07-11..2028-10-27): o-326 is the only offer passing rules 2-6,
        // and (p-1172, o-326) is declined.
        UnassignedPackage p1172 = unassigned("p-1172");

        assertThat(p1172.reason()).isEqualTo(UnassignedReason.DECLINED);
        assertThat(p1172.offers()).containsExactly("o-326");
        assertThat(p1172.explanation()).startsWith("only offers in declined pairs match: o-326");
    }

    @Test
    void fullOffersNamedForAPackageHaveLessRoomThanItNeeds() {
        Map<String, WorkPackage> packages = m1.packages().stream()
                .collect(Collectors.toMap(WorkPackage::id, Function.identity()));
        explanation.unassigned().stream()
                .filter(u -> u.reason() == UnassignedReason.ALL_COMPATIBLE_FULL)
                .forEach(u -> {
                    assertThat(u.offers()).isNotEmpty();
                    assertThat(u.daysLeft()).containsOnlyKeys(u.offers()).allSatisfy((offer, left) ->
                            assertThat(left).isLessThan(packages.get(u.packageId()).days()));
                });
    }

    @Test
    void metricsAreCheckPlansMetrics() {
        PlanMetrics metrics = explanation.metrics();

        assertThat(metrics.jainIndex()).isCloseTo(0.8536529197144184, within(1e-12));
        assertThat(metrics.minimumCoverage()).isCloseTo(0.11724137931034483, within(1e-12));
        assertThat(metrics.meanProviderHhi()).isCloseTo(0.4269359613507185, within(1e-12));
        assertThat(metrics.coverageByWeight().get(1).meanCoverage()).isCloseTo(0.7107164032866471, within(1e-12));
        assertThat(metrics.coverageByWeight().get(2).weightedNeedCovered())
                .isCloseTo(0.5609681372549019, within(1e-12));
        assertThat(metrics.coverageByWeight().get(3).recipients()).isEqualTo(46);
        assertThat(metrics.coverageByRecipient()).hasSize(150);
    }

    @Test
    void assignmentPointsFollowTheTermsOfTheSpec() {
        // Every assignment earns value in the tiers its weighted days fall in; interest and stability are exact.
        for (AssignmentPoints points : explanation.assignments()) {
            assertThat(points.valuePoints()).isPositive();
            assertThat(points.valueTiers()).isNotEmpty().allSatisfy(tier -> assertThat(tier).isBetween(1, 4));
            assertThat(points.concentrationPoints()).isNotPositive();
            assertThat(points.stabilityPoints()).isIn(0L, -1000L);
            assertThat(points.totalPoints()).isEqualTo(points.valuePoints() + points.concentrationPoints()
                    + points.interestPoints() + points.stabilityPoints());
        }
    }
}
