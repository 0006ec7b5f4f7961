package org.cbm.solver.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import org.cbm.solver.TestInstance;
import org.cbm.solver.bench.GreedyBaseline;
import org.cbm.solver.instance.Instance;
import org.junit.jupiter.api.Test;

/** Explanations are stored as JSON with the plans and read back from it, also those of earlier versions. */
class ExplanationJsonTest {

    @Test
    void anExplanationReadsBackAsItWasWritten() {
        Instance s1 = TestInstance.publicInstance("s1");
        PlanExplanation explanation = PlanExplainer.explain(s1, GreedyBaseline.plan(s1));

        assertThat(ExplanationJson.parse(ExplanationJson.toJson(explanation))).isEqualTo(explanation);
    }

    @Test
    void anExplanationWithoutDaysLeftReadsWithNone() {
        String stored = """
                {"instanceId": "s", "feasible": true, "soft": 0, "assignments": [],
                 "unassigned": [{"packageId": "p-1", "recipientId": "KEN", "days": 30, "reason": "NO_TIME_MATCH",
                                 "explanation": "no offer with its theme, language and time window",
                                 "offers": ["o-1"], "stabilityPoints": 0}],
                 "metrics": null, "writtenBy": "an earlier version"}""";

        UnassignedPackage read = ExplanationJson.parse(stored).unassigned().get(0);

        assertThat(read.offers()).containsExactly("o-1");
        assertThat(read.daysLeft()).isEmpty();
    }

    @Test
    void anExplanationWithTheDaysLeftInItsOffersReadsThemAsDaysLeft() {
        String stored = """
                {"instanceId": "s", "feasible": true, "soft": 0, "assignments": [],
                 "unassigned": [{"packageId": "p-1", "recipientId": "KEN", "days": 30,
                                 "reason": "ALL_COMPATIBLE_FULL",
                                 "explanation": "every compatible offer is full: o-1 (3 days left), o-2 (1 day left)",
                                 "offers": ["o-1 (3 days left)", "o-2 (1 day left)"], "stabilityPoints": 0}],
                 "metrics": null}""";

        UnassignedPackage read = ExplanationJson.parse(stored).unassigned().get(0);

        assertThat(read.offers()).containsExactly("o-1", "o-2");
        assertThat(read.daysLeft()).containsExactly(entry("o-1", 3), entry("o-2", 1));
    }

    @Test
    void anExplanationWithoutItsListsReadsWithEmptyOnes() {
        PlanExplanation read = ExplanationJson.parse("{\"metrics\": {\"jainIndex\": null}}");

        assertThat(read.assignments()).isEmpty();
        assertThat(read.unassigned()).isEmpty();
    }

    @Test
    void textThatIsNotAnExplanationIsRefused() {
        assertThatThrownBy(() -> ExplanationJson.parse("{\"assignments\": 3}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Not the JSON of a plan explanation");
    }
}
