package org.cbm.solver.instance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PriorityWeightTest {

    @ParameterizedTest(name = "{0} ldc={1} lldc={2} sids={3} -> {4}")
    @CsvSource({
            "LIC, false, false, false, 3",
            "LMC, true,  false, false, 3",
            "UMC, true,  true,  true,  3",
            "LMC, false, false, false, 2",
            "UMC, false, true,  false, 2",
            "HIC, false, false, true,  2",
            "UMC, false, false, false, 1",
            "HIC, false, false, false, 1"
    })
    void followsTheSpecRule(IncomeGroup income, boolean ldc, boolean lldc, boolean sids, int expected) {
        assertThat(PriorityWeight.of(income, ldc, lldc, sids)).isEqualTo(expected);
    }
}
