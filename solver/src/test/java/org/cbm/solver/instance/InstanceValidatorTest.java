package org.cbm.solver.instance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cbm.solver.TestInstance;
import org.junit.jupiter.api.Test;

class InstanceValidatorTest {

    private static TestInstance valid() {
        return new TestInstance()
                .recipient("KEN", 2).recipient("UGA", 3).provider("EST").provider("FIN")
                .offer("o-1", "EST", 30).offer("o-2", "FIN", 30)
                .workPackage("p-1", "KEN", 20, 1).workPackage("p-2", "UGA", 15, 3);
    }

    @Test
    void consistentInstanceHasNoProblems() {
        assertThat(InstanceValidator.problems(valid().pinned("p-1", "o-1").previous("p-2", "o-2").build())).isEmpty();
    }

    @Test
    void reportsEveryProblemWithElementIdAndField() {
        Instance instance = valid()
                .recipient("KEN", 0, "NOBODY")
                .offer("o-3", "GHOST", -1)
                .workPackage("p-3", "XXX", 0, 4, "EST")
                .pinned("p-9", "o-1")
                .previous("p-1", "o-1").previous("p-1", "o-2")
                .build();

        assertThat(InstanceValidator.problems(instance)).containsExactly(
                "recipient 'KEN': duplicate id, field 'id' must be unique among recipients",
                "recipient 'KEN': field 'weight' is 0, must be 1..3",
                "recipient 'KEN': field 'vetoedProviders' names unknown provider 'NOBODY'",
                "offer 'o-3': field 'providerId' names unknown provider 'GHOST'",
                "offer 'o-3': field 'capacityDays' is -1, must be >= 0",
                "package 'p-3': field 'recipientId' names unknown recipient 'XXX'",
                "package 'p-3': field 'days' is 0, must be > 0",
                "package 'p-3': field 'urgency' is 4, must be 1..3",
                "pinned pair (p-9, o-1): field 'packageId' names unknown package 'p-9'",
                "previous: package 'p-1' is listed more than once, a package goes to at most one offer");
    }

    @Test
    void pinnedPairsMustPassTheHardRules() {
        Instance instance = valid().recipient("TZA", 1, "FIN").workPackage("p-3", "TZA", 5, 1)
                .pinned("p-3", "o-2").pinned("p-1", "o-1").declined("p-1", "o-1").build();

        assertThat(InstanceValidator.problems(instance)).containsExactly(
                "pinned pair (p-3, o-2): breaks the veto rule",
                "pinned pair (p-1, o-1): breaks the declined rule (the pair is also listed in 'declined')");
    }

    @Test
    void pinnedPairsMustFitTheirOffer() {
        Instance instance = valid().workPackage("p-3", "KEN", 11, 1).pinned("p-1", "o-1").pinned("p-3", "o-1").build();

        assertThat(InstanceValidator.problems(instance)).containsExactly(
                "pinned pairs of offer 'o-1': 31 pinned days exceed its field 'capacityDays' 30");
    }

    @Test
    void previousPairsMayBreakRulesBecauseTheyAreHistory() {
        Instance instance = valid().recipient("TZA", 1, "FIN").workPackage("p-3", "TZA", 5, 1)
                .previous("p-3", "o-2").build();

        assertThat(InstanceValidator.problems(instance)).isEmpty();
    }

    @Test
    void policyMustHaveFourNonIncreasingTiers() {
        Instance base = valid().build();
        Instance instance = new Instance(base.id(), new Policy(List.of(1, 2, 3, 4), 150, -1, 1000, 1),
                base.recipients(), base.providers(), base.offers(), base.packages(), base.pinned(), base.declined(),
                base.previous());

        assertThat(InstanceValidator.problems(instance)).containsExactly(
                "policy: field 'tierWeights' must be non-negative and non-increasing, found [1, 2, 3, 4]",
                "policy: field 'concentrationCapPercent' is 150, must be 0..100",
                "policy: field 'concentrationPenalty' is -1, must be >= 0");
    }
}
