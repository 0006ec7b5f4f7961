package org.cbm.solver.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.cbm.solver.TestInstance;
import org.cbm.solver.plan.Plan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Java baseline must be greedy.py's: the scores are those the bench README lists for greedy.py. */
class GreedyBaselineTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"s1, 8165600", "m1, 84163250", "l1, 629872650"})
    void scoresLikeGreedyPy(String name, long expectedSoft) {
        Plan plan = GreedyBaseline.plan(TestInstance.publicInstance(name));

        assertThat(plan.score().feasible()).isTrue();
        assertThat(plan.score().soft()).isEqualTo(expectedSoft);
    }
}
