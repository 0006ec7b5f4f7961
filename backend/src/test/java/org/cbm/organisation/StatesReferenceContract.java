package org.cbm.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cbm.solver.instance.IncomeGroup;
import org.cbm.solver.instance.OrganisationKind;
import org.cbm.solver.instance.Region;
import org.cbm.account.Role;
import org.cbm.account.SignedIn;
import org.cbm.audit.AuditLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.domain.PageRequest;

/** Loading the 193 UN member States; run against the embedded server and against a real MongoDB. */
abstract class StatesReferenceContract {

    @Autowired
    StatesReferenceLoader loader;

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    AuditLog auditLog;

    @AfterEach
    void restoreReferenceData() throws IOException {
        SignedIn.out();
        loader.load(referenceRows());
    }

    @Test
    void everyMemberStateIsLoadedWithItsPriorityWeight() {
        List<Organisation> states = organisations.findByKind(OrganisationKind.STATE);

        assertThat(states).hasSize(193);
        Map<Integer, Long> byWeight = states.stream()
                .collect(Collectors.groupingBy(state -> state.priorityWeight().orElseThrow(), Collectors.counting()));
        assertThat(byWeight).containsExactlyInAnyOrderEntriesOf(Map.of(3, 46L, 2, 65L, 1, 82L));
        Organisation kenya = organisations.findById("KEN").orElseThrow();
        assertThat(kenya.name()).isEqualTo("Kenya");
        assertThat(kenya.stateProfile()).isEqualTo(new StateProfile(Region.AFRICA, IncomeGroup.LMC, false, false, false, List.of("en")));
    }

    @Test
    void loadingAgainAddsNothingAndChangesNothing() throws IOException {
        Map<String, Long> versionsBefore = versions();

        int changed = loader.load(referenceRows());

        assertThat(changed).isZero();
        assertThat(organisations.count()).isEqualTo(versionsBefore.size());
        assertThat(versions()).isEqualTo(versionsBefore);
    }

    @Test
    void aChangedRowUpdatesTheStoredState() throws IOException {
        List<StatesCsv.Row> rows = referenceRows().stream()
                .map(row -> row.iso3().equals("KEN") ? new StatesCsv.Row("KEN", "Republic of Kenya",
                        new StateProfile(Region.AFRICA, IncomeGroup.LIC, true, false, false, List.of("en", "fr"))) : row)
                .toList();

        int changed = loader.load(rows);

        assertThat(changed).isEqualTo(1);
        Organisation kenya = organisations.findById("KEN").orElseThrow();
        assertThat(kenya.name()).isEqualTo("Republic of Kenya");
        assertThat(kenya.priorityWeight()).hasValue(3);
        SignedIn.as("coordinator@example.org", "un-coordination", Role.COORDINATOR);
        assertThat(auditLog.search(AuditLog.AuditFilter.ofEntity("Organisation", "KEN"), PageRequest.of(0, 1))).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo("UPDATE");
            assertThat(event.before()).isEqualTo("Kenya (Africa, LMC, priority 2)");
            assertThat(event.after()).isEqualTo("Republic of Kenya (Africa, LIC, LDC, priority 3)");
        });
        assertThat(organisations.findByKind(OrganisationKind.STATE)).hasSize(193);
    }

    private Map<String, Long> versions() {
        return organisations.findAll().stream().collect(Collectors.toMap(Organisation::id, Organisation::version));
    }

    private static List<StatesCsv.Row> referenceRows() throws IOException {
        try (InputStream in = new ClassPathResource(StatesReferenceLoader.RESOURCE).getInputStream()) {
            return StatesCsv.read(in);
        }
    }
}
