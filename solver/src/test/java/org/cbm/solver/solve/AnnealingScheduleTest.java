package org.cbm.solver.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AnnealingScheduleTest {

    @Test
    void atItsLongestCoolingTheTemperatureStartsHotCoolsSlowlyThroughTheMiddleAndEndsAtZero() {
        double cooling = 0.43;

        assertThat(AnnealingSchedule.temperature(0, cooling)).isEqualTo(5000);
        assertThat(AnnealingSchedule.temperature(0.57 * 0.175, cooling)).isCloseTo(2500, within(1e-9));
        assertThat(AnnealingSchedule.temperature(0.57, cooling)).isCloseTo(1500, within(1e-9));
        assertThat(AnnealingSchedule.temperature(0.57 + 0.43 * 0.77, cooling)).isCloseTo(800, within(1e-9));
        assertThat(AnnealingSchedule.temperature(1, cooling)).isCloseTo(0, within(1e-9));
    }

    @Test
    void aShortCoolingLeavesTheBudgetToSettlingAboveFifteenHundred() {
        double cooling = 0.05;

        assertThat(AnnealingSchedule.temperature(0.5, cooling)).isBetween(1500.0, 2500.0);
        assertThat(AnnealingSchedule.temperature(0.94, cooling)).isGreaterThan(1500);
        assertThat(AnnealingSchedule.temperature(0.95, cooling)).isCloseTo(1500, within(1e-9));
        assertThat(AnnealingSchedule.temperature(0.95 + 0.05 * 0.77, cooling)).isCloseTo(800, within(1e-9));
        assertThat(AnnealingSchedule.temperature(1, cooling)).isCloseTo(0, within(1e-9));
    }

    @Test
    void coolingTakesEightMovesPerSquaredPackageWithinFiveAndFortyThreePercent() {
        assertThat(AnnealingSchedule.coolingShare(1000, 80_000_000)).isCloseTo(0.1, within(1e-12));
        // s1's 190 movable packages in the 7 million moves of a 5 s chain; m1's 1,425 in its 30 million of 30 s.
        assertThat(AnnealingSchedule.coolingShare(190, 7_000_000)).isEqualTo(0.05);
        assertThat(AnnealingSchedule.coolingShare(1425, 30_000_000)).isEqualTo(0.43);
        // Before a chain has made a move its speed is unknown: the longest cooling.
        assertThat(AnnealingSchedule.coolingShare(190, 0)).isEqualTo(0.43);
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
