package org.cbm.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cbm.EmbeddedMongoTest;
import org.cbm.account.Role;
import org.cbm.account.SignedIn;
import org.cbm.solver.instance.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Several requests at once, each as {@link RequestService#get} would show it to the signed-in user. */
@EmbeddedMongoTest
class RequestServiceTest {

    private static final List<String> ALL = List.of("r-ken-draft", "r-gha-draft", "r-gha-published", "r-gha-closed",
            "r-gha-withdrawn", "r-unknown");

    @Autowired
    RequestService service;

    @Autowired
    AssistanceRequestRepository requests;

    @BeforeEach
    void requestsInEveryStatus() {
        requests.deleteAll();
        requests.save(request("r-ken-draft", "KEN"));
        requests.save(request("r-gha-draft", "GHA"));
        AssistanceRequest published = request("r-gha-published", "GHA");
        published.publish(Instant.parse("2026-11-01T10:00:00Z"));
        requests.save(published);
        AssistanceRequest closed = request("r-gha-closed", "GHA");
        closed.publish(Instant.parse("2026-11-01T10:00:00Z"));
        closed.close();
        requests.save(closed);
        AssistanceRequest withdrawn = request("r-gha-withdrawn", "GHA");
        withdrawn.withdraw();
        requests.save(withdrawn);
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void onlyTheRequestsTheUserMaySeeByIdInOneCall() {
        SignedIn.as("amina@example.org", "KEN", Role.RECIPIENT);
        assertThat(service.visible(ALL)).containsOnlyKeys("r-ken-draft", "r-gha-published", "r-gha-closed")
                .allSatisfy((id, request) -> assertThat(request.id()).isEqualTo(id));

        SignedIn.as("kofi@example.org", "GHA", Role.RECIPIENT);
        assertThat(service.visible(ALL))
                .containsOnlyKeys("r-gha-draft", "r-gha-published", "r-gha-closed", "r-gha-withdrawn");

        SignedIn.as("kristjan@example.org", "EST", Role.PROVIDER);
        assertThat(service.visible(ALL)).containsOnlyKeys("r-gha-published", "r-gha-closed");

        SignedIn.as("lucia@example.org", "un-coordination", Role.COORDINATOR);
        assertThat(service.visible(ALL)).containsOnlyKeys("r-gha-published", "r-gha-closed", "r-gha-withdrawn");
        assertThat(service.visible(List.of())).isEmpty();
    }

    private static AssistanceRequest request(String id, String state) {
        return AssistanceRequest.draft(id, state, "National CSIRT", null, List.of(new WorkPackage("p-" + id,
                Theme.INCIDENT_RESPONSE, Set.of("en"), 10, 2, LocalDate.of(2027, 2, 1), LocalDate.of(2027, 6, 30), null)));
    }
}
