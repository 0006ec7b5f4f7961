package org.cbm.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cbm.solver.instance.Theme;
import org.cbm.problem.StatusNotAllowedException;
import org.junit.jupiter.api.Test;

class AssistanceRequestTest {

    private static final Instant AT = Instant.parse("2026-11-01T10:00:00Z");

    @Test
    void aDraftIsPublishedOnce() {
        AssistanceRequest request = draft();
        request.publish(AT);

        assertThat(request.status()).isEqualTo(RequestStatus.PUBLISHED);
        assertThat(request.publishedAt()).isEqualTo(AT);
        assertThatThrownBy(() -> request.publish(AT))
                .isInstanceOf(StatusNotAllowedException.class)
                .hasMessage("Cannot publish a request that is PUBLISHED; allowed only when [DRAFT]");
    }

    @Test
    void providersMarkInterestOnceAndOnlyInAPublishedRequest() {
        AssistanceRequest request = draft();
        assertThatThrownBy(() -> request.markInterest("EST", "kristjan", AT)).isInstanceOf(StatusNotAllowedException.class);

        request.publish(AT);
        request.markInterest("EST", "kristjan", AT);
        request.markInterest("EST", "another official", AT.plusSeconds(60));

        assertThat(request.interest()).containsExactly(new InterestMark("EST", "kristjan", AT));
        assertThat(request.isInterestedProvider("EST")).isTrue();
        assertThat(request.isInterestedProvider("NOR")).isFalse();
    }

    @Test
    void aWithdrawnRequestStaysAsItWas() {
        AssistanceRequest request = draft();
        request.withdraw();

        assertThatThrownBy(() -> request.revise("New title", null, request.packages()))
                .isInstanceOf(StatusNotAllowedException.class);
        assertThatThrownBy(request::close).isInstanceOf(StatusNotAllowedException.class);
        assertThat(request.title()).isEqualTo("National CSIRT");
    }

    @Test
    void aRequestTellsWhetherItMayStillBeRevisedOrWithdrawn() {
        AssistanceRequest draft = draft();
        AssistanceRequest published = draft();
        published.publish(AT);
        AssistanceRequest closed = draft();
        closed.publish(AT);
        closed.close();
        AssistanceRequest withdrawn = draft();
        withdrawn.withdraw();

        for (AssistanceRequest open : List.of(draft, published)) {
            assertThat(open.isRevisable()).as("%s", open.status()).isTrue();
            assertThat(open.isWithdrawable()).as("%s", open.status()).isTrue();
        }
        for (AssistanceRequest done : List.of(closed, withdrawn)) {
            assertThat(done.isRevisable()).as("%s", done.status()).isFalse();
            assertThat(done.isWithdrawable()).as("%s", done.status()).isFalse();
            assertThatThrownBy(() -> done.revise("New title", null, done.packages()))
                    .isInstanceOf(StatusNotAllowedException.class)
                    .hasMessage("Cannot revise a request that is " + done.status() + "; allowed only when [DRAFT, PUBLISHED]");
            assertThatThrownBy(done::withdraw).isInstanceOf(StatusNotAllowedException.class);
        }
    }

    @Test
    void totalDaysAreThoseOfAllPackages() {
        AssistanceRequest request = AssistanceRequest.draft("r-2", "KEN", "Strategy", null, List.of(
                new WorkPackage("p-1", Theme.STRATEGY_POLICY, Set.of("en"), 15, 2, LocalDate.of(2027, 2, 1),
                        LocalDate.of(2027, 6, 30), null),
                new WorkPackage("p-2", Theme.INCIDENT_RESPONSE, Set.of("fr"), 12, 1, LocalDate.of(2027, 2, 1),
                        LocalDate.of(2027, 6, 30), null)));

        assertThat(request.totalDays()).isEqualTo(27);
    }

    @Test
    void weightedDaysAreUrgencyTimesDays() {
        assertThat(draft().packages().get(0).weightedDays()).isEqualTo(90);
    }

    private static AssistanceRequest draft() {
        return AssistanceRequest.draft("r-1", "KEN", "National CSIRT", null, List.of(new WorkPackage("p-1",
                Theme.INCIDENT_RESPONSE, Set.of("en"), 30, 3, LocalDate.of(2027, 2, 1), LocalDate.of(2027, 6, 30), null)));
    }
}
