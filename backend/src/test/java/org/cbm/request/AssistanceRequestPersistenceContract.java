package org.cbm.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cbm.solver.instance.Theme;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;

/** How requests are stored; run against the embedded server and against a real MongoDB. */
abstract class AssistanceRequestPersistenceContract {

    @Autowired
    AssistanceRequestRepository requests;

    @Autowired
    RequestCatalogue catalogue;

    @BeforeEach
    void emptyCollection() {
        requests.deleteAll();
    }

    @Test
    void storesARequestWithItsWorkPackages() {
        AssistanceRequest request = AssistanceRequest.draft("r-1", "KEN", "National CSIRT", "Set up a CSIRT",
                List.of(workPackage("p-1", 30), workPackage("p-2", 12)));

        requests.save(request);

        AssistanceRequest stored = requests.findById("r-1").orElseThrow();
        assertThat(stored.version()).isNotNull();
        assertThat(stored.status()).isEqualTo(RequestStatus.DRAFT);
        assertThat(stored.packages()).containsExactly(workPackage("p-1", 30), workPackage("p-2", 12));
        assertThat(stored.packages().get(0).start()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(stored.createdAt()).isNotNull();
    }

    @Test
    void rejectsAnInvalidRequestNamingEachFieldAndStoresNothing() {
        WorkPackage invalid = new WorkPackage("p-1", null, Set.of(), 0, 4,
                LocalDate.of(2027, 6, 30), LocalDate.of(2027, 2, 1), null);
        AssistanceRequest request = AssistanceRequest.draft("r-1", "kenya", " ", null, List.of(invalid));

        assertThatThrownBy(() -> requests.save(request))
                .isInstanceOfSatisfying(ConstraintViolationException.class, e ->
                        assertThat(e.getConstraintViolations()).extracting(v -> v.getPropertyPath().toString())
                                .containsExactlyInAnyOrder("recipientId", "title", "packages[0].theme",
                                        "packages[0].languages", "packages[0].days", "packages[0].urgency",
                                        "packages[0].end"))
                .hasMessageContaining("packages[0].days: must be greater than 0")
                .hasMessageContaining("packages[0].end: must be on or after the start date")
                .hasMessageContaining("recipientId: must be the ISO 3166-1 alpha-3 code of a State");
        assertThat(requests.count()).isZero();
    }

    @Test
    void aStaleVersionFailsAndLeavesTheStoredRequestIntact() {
        requests.save(AssistanceRequest.draft("r-1", "KEN", "Original", null, List.of(workPackage("p-1", 30))));
        AssistanceRequest first = requests.findById("r-1").orElseThrow();
        AssistanceRequest second = requests.findById("r-1").orElseThrow();

        first.revise("Changed by the first official", null, first.packages());
        requests.save(first);
        second.revise("Changed by the second official", null, List.of(workPackage("p-1", 99)));

        assertThatThrownBy(() -> requests.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
        AssistanceRequest stored = requests.findById("r-1").orElseThrow();
        assertThat(stored.title()).isEqualTo("Changed by the first official");
        assertThat(stored.packages()).containsExactly(workPackage("p-1", 30));
        assertThat(stored.version()).isEqualTo(first.version());
    }

    @Test
    void aWorkPackageIdBelongsToOneRequestOnly() {
        requests.save(AssistanceRequest.draft("r-1", "KEN", "First", null, List.of(workPackage("p-1", 30))));

        assertThatThrownBy(() -> requests.save(
                AssistanceRequest.draft("r-2", "GHA", "Second", null, List.of(workPackage("p-1", 10)))))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(requests.findById("r-2")).isEmpty();
    }

    @Test
    void theCatalogueListsOnlyPublishedRequests() {
        AssistanceRequest published = AssistanceRequest.draft("r-1", "KEN", "Published", null, List.of(workPackage("p-1", 30)));
        published.publish(Instant.parse("2026-11-01T10:00:00Z"));
        requests.save(published);
        requests.save(AssistanceRequest.draft("r-2", "KEN", "Draft", null, List.of(workPackage("p-2", 30))));

        assertThat(catalogue.search(MarketplaceQuery.ANY, PageRequest.of(0, 10))).extracting(AssistanceRequest::id).containsExactly("r-1");
        assertThat(catalogue.count(MarketplaceQuery.ANY)).isEqualTo(1);
    }

    private static WorkPackage workPackage(String id, int days) {
        return new WorkPackage(id, Theme.INCIDENT_RESPONSE, Set.of("en", "fr"), days, 3,
                LocalDate.of(2027, 2, 1), LocalDate.of(2027, 6, 30), null);
    }
}
