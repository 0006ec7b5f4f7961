package org.cbm.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cbm.solver.instance.IncomeGroup;
import org.cbm.solver.instance.Region;
import org.junit.jupiter.api.Test;

class PriorityGroupTest {

    @Test
    void aStateBelongsToEachGroupItsProfileNames() {
        StateProfile haiti = new StateProfile(Region.AMERICAS, IncomeGroup.LMC, true, false, true, List.of("fr"));
        StateProfile kenya = new StateProfile(Region.AFRICA, IncomeGroup.LMC, false, false, false, List.of("en"));
        StateProfile mongolia = new StateProfile(Region.ASIA, IncomeGroup.UMC, false, true, false, List.of());

        assertThat(PriorityGroup.of(haiti)).containsExactly(PriorityGroup.LDC, PriorityGroup.SIDS);
        assertThat(PriorityGroup.of(mongolia)).containsExactly(PriorityGroup.LLDC);
        assertThat(PriorityGroup.of(kenya)).isEmpty();
        assertThat(PriorityGroup.LDC.includes(haiti)).isTrue();
        assertThat(PriorityGroup.LDC.includes(mongolia)).isFalse();
    }
}
