package org.cbm.solver.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AnnealingScheduleTest {

    @Test
    void temperatureStartsHotCoolsSlowlyThroughTheMiddleAndEndsAtZero() {
        AnnealingSchedule temperature = AnnealingSchedule.TEMPERATURE;

        assertThat(temperature.at(0)).isEqualTo(5000);
        assertThat(temperature.at(0.05)).isCloseTo(3750, within(1e-9));
        assertThat(temperature.at(0.1)).isCloseTo(2500, within(1e-9));
        assertThat(temperature.at(0.5)).isCloseTo(1650, within(1e-9));
        assertThat(temperature.at(0.9)).isCloseTo(800, within(1e-9));
        assertThat(temperature.at(0.95)).isCloseTo(400, within(1e-9));
        assertThat(temperature.at(1)).isZero();
    }

    @Test
    void stabilityWeighsThreeTimesAtFirstAndItsTrueWeightFromTheQuench() {
        AnnealingSchedule weight = AnnealingSchedule.STABILITY_WEIGHT;

        assertThat(weight.at(0)).isEqualTo(3);
        assertThat(weight.at(0.45)).isCloseTo(2, within(1e-9));
        assertThat(weight.at(0.9)).isCloseTo(1, within(1e-9));
        assertThat(weight.at(0.95)).isEqualTo(1);
        assertThat(weight.at(1)).isEqualTo(1);
    }

    @Test
    void outsideTheBudgetTheEndKnotsHold() {
        AnnealingSchedule schedule = new AnnealingSchedule(new double[] {0, 1}, new double[] {100, 10});

        assertThat(schedule.at(-0.5)).isEqualTo(100);
        assertThat(schedule.at(1.5)).isEqualTo(10);
    }

    @Test
    void knotsMustCoverTheBudgetInIncreasingShares() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AnnealingSchedule(new double[] {0, 0.5}, new double[] {100, 0}));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AnnealingSchedule(new double[] {0, 0.5, 0.5, 1}, new double[] {4, 3, 2, 1}));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AnnealingSchedule(new double[] {0, 1}, new double[] {100}));
    }
}
