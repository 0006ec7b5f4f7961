package org.cbm.solver.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.cbm.solver.domain.AllocationFactory;
import org.cbm.solver.instance.IncomeGroup;
import org.cbm.solver.instance.Instance;
import org.cbm.solver.instance.Offer;
import org.cbm.solver.instance.OrganisationKind;
import org.cbm.solver.instance.Provider;
import org.cbm.solver.instance.Recipient;
import org.cbm.solver.instance.Region;
import org.cbm.solver.instance.Theme;
import org.cbm.solver.instance.WorkPackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A run ends at its time limit even when no move can change anything: here every package has exactly one
 * compatible offer and the greedy start already assigns each to it, so the custom move factories find nothing
 * to build. They used to search for ever and the run never ended.
 */
class MatchingSolverTerminationTest {

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aRunWithNothingLeftToImproveEndsAtItsTimeLimit() {
        LocalDate start = LocalDate.of(2027, 1, 1);
        LocalDate end = LocalDate.of(2027, 12, 31);
        Instance instance = new Instance("packed", null,
                List.of(new Recipient("KEN", "Kenya", Region.AFRICA, IncomeGroup.LMC, 2, List.of())),
                List.of(new Provider("EST", "Estonia", OrganisationKind.STATE), new Provider("NOR", "Norway", OrganisationKind.STATE)),
                List.of(new Offer("o-1", "EST", 40, Set.of(Theme.INCIDENT_RESPONSE), List.of("en"), start, end, null, null),
                        new Offer("o-2", "NOR", 40, Set.of(Theme.LEGISLATION), List.of("en"), start, end, null, null)),
                List.of(new WorkPackage("p-1", "r-1", "KEN", Theme.INCIDENT_RESPONSE, List.of("en"), 20, 3, start, end, List.of()),
                        new WorkPackage("p-2", "r-1", "KEN", Theme.LEGISLATION, List.of("en"), 10, 2, start, end, List.of())),
                List.of(), List.of(), List.of());

        MatchingSolver.Result result = MatchingSolver.solve(instance, Duration.ofSeconds(2), 1, progress -> { });

        assertThat(AllocationFactory.toPlan(result.best()).assignments()).hasSize(2);
    }
}
