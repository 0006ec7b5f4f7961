package org.cbm.solver.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CoolingScheduleTest {

    @Test
    void defaultScheduleStartsHotCoolsSlowlyThroughTheMiddleAndEndsAtZero() {
        CoolingSchedule schedule = CoolingSchedule.DEFAULT;

        assertThat(schedule.temperatureAt(0)).isEqualTo(5000);
        assertThat(schedule.temperatureAt(0.05)).isCloseTo(3750, within(1e-9));
        assertThat(schedule.temperatureAt(0.1)).isCloseTo(2500, within(1e-9));
        assertThat(schedule.temperatureAt(0.5)).isCloseTo(1650, within(1e-9));
        assertThat(schedule.temperatureAt(0.9)).isCloseTo(800, within(1e-9));
        assertThat(schedule.temperatureAt(0.95)).isCloseTo(400, within(1e-9));
        assertThat(schedule.temperatureAt(1)).isZero();
    }

    @Test
    void outsideTheBudgetTheEndKnotsHold() {
        CoolingSchedule schedule = new CoolingSchedule(new double[] {0, 1}, new double[] {100, 10});

        assertThat(schedule.temperatureAt(-0.5)).isEqualTo(100);
        assertThat(schedule.temperatureAt(1.5)).isEqualTo(10);
    }

    @Test
    void knotsMustCoverTheBudgetInIncreasingShares() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CoolingSchedule(new double[] {0, 0.5}, new double[] {100, 0}));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CoolingSchedule(new double[] {0, 0.5, 0.5, 1}, new double[] {4, 3, 2, 1}));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CoolingSchedule(new double[] {0, 1}, new double[] {100}));
    }
}
