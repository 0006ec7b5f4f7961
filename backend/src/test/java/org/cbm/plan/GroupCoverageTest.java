package org.cbm.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cbm.solver.instance.Theme;
import org.cbm.solver.instance.WorkPackage;
import org.junit.jupiter.api.Test;

/** Need and coverage per group, in expert-days weighted by urgency. */
class GroupCoverageTest {

    private static final WorkPackage SMALL_URGENT = workPackage("p-1", 10, 3);
    private static final WorkPackage LARGE_CALM = workPackage("p-2", 40, 1);
    private static final WorkPackage MEDIUM = workPackage("p-3", 20, 2);

    @Test
    void aPackageCountsInEachOfItsGroupsInTheGivenOrderAndGroupsWithoutNeedAreLeftOut() {
        Map<String, List<String>> groupsOf = Map.of("p-1", List.of("LDC", "SIDS"), "p-2", List.of("LDC"), "p-3", List.of());

        List<GroupCoverage> coverage = GroupCoverage.of(List.of(SMALL_URGENT, LARGE_CALM, MEDIUM), Set.of("p-1", "p-3"),
                p -> groupsOf.get(p.id()), List.of("SIDS", "LLDC", "LDC"));

        // The given order, which is neither alphabetical nor the order the packages meet the groups.
        assertThat(coverage).containsExactly(new GroupCoverage("SIDS", 30, 30), new GroupCoverage("LDC", 70, 30));
        assertThat(coverage.get(0).coverage()).isEqualTo(1.0);
        assertThat(coverage.get(1).coverage()).isEqualTo(30.0 / 70);
    }

    @Test
    void aGroupWithoutNeedHasNoCoverage() {
        assertThat(new GroupCoverage("SIDS", 0, 0).coverage()).isZero();
    }

    private static WorkPackage workPackage(String id, int days, int urgency) {
        return new WorkPackage(id, "r-1", "KEN", Theme.INCIDENT_RESPONSE, List.of("en"), days, urgency,
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30), List.of());
    }
}
