package org.cbm.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MatchLifecycleTest {

    private static final Instant AT = Instant.parse("2027-01-10T10:00:00Z");

    /** Each action and the status it leads to from PROPOSED (or from where the action is first possible). */
    private static final Map<String, Consumer<Match>> ACTIONS = Map.of(
            "accept by provider", match -> match.accept(Side.PROVIDER, AT),
            "accept by recipient", match -> match.accept(Side.RECIPIENT, AT),
            "decline", match -> match.decline(Side.PROVIDER, "kristjan", "No expert free in that period", AT),
            "withdraw", match -> match.withdraw(AT),
            "start delivery", match -> match.startDelivery(AT),
            "complete", match -> match.complete(4, "Useful", "amina", AT));

    @Test
    void bothSidesAcceptInEitherOrderToConfirm() {
        Match providerFirst = proposal();
        providerFirst.accept(Side.PROVIDER, AT);
        assertThat(providerFirst.status()).isEqualTo(MatchStatus.ACCEPTED_BY_PROVIDER);
        providerFirst.accept(Side.RECIPIENT, AT.plusSeconds(60));
        assertThat(providerFirst.status()).isEqualTo(MatchStatus.CONFIRMED);
        assertThat(providerFirst.confirmedAt()).isEqualTo(AT.plusSeconds(60));

        Match recipientFirst = proposal();
        recipientFirst.accept(Side.RECIPIENT, AT);
        assertThat(recipientFirst.status()).isEqualTo(MatchStatus.ACCEPTED_BY_RECIPIENT);
        recipientFirst.accept(Side.PROVIDER, AT);
        assertThat(recipientFirst.status()).isEqualTo(MatchStatus.CONFIRMED);
    }

    @Test
    void aConfirmedMatchIsDeliveredThenCompletedWithARating() {
        Match match = proposal();
        match.accept(Side.PROVIDER, AT);
        match.accept(Side.RECIPIENT, AT);
        match.startDelivery(AT);
        assertThat(match.status()).isEqualTo(MatchStatus.IN_DELIVERY);
        match.complete(5, "Excellent", "amina", AT);
        assertThat(match.status()).isEqualTo(MatchStatus.COMPLETED);
        assertThat(match.completion().rating()).isEqualTo(5);
    }

    @Test
    void aDeclineRecordsWhoAndWhy() {
        Match match = proposal();
        match.accept(Side.RECIPIENT, AT);
        match.decline(Side.PROVIDER, "kristjan", "No expert free in that period", AT);

        assertThat(match.status()).isEqualTo(MatchStatus.DECLINED);
        assertThat(match.decline()).isEqualTo(new Decline(Side.PROVIDER, "kristjan", "No expert free in that period", AT));
    }

    @Test
    void theSameSideCannotAcceptTwice() {
        Match match = proposal();
        match.accept(Side.PROVIDER, AT);

        assertThatThrownBy(() -> match.accept(Side.PROVIDER, AT))
                .isInstanceOf(IllegalMatchTransitionException.class)
                .hasMessageContaining("is ACCEPTED_BY_PROVIDER and cannot become ACCEPTED_BY_PROVIDER");
    }

    @ParameterizedTest
    @EnumSource(value = MatchStatus.class, names = {"COMPLETED", "DECLINED", "WITHDRAWN"})
    void nothingFollowsAFinalStatus(MatchStatus finalStatus) {
        for (Consumer<Match> action : ACTIONS.values()) {
            Match match = in(finalStatus);
            assertThatThrownBy(() -> action.accept(match)).isInstanceOf(IllegalMatchTransitionException.class);
            assertThat(match.status()).isEqualTo(finalStatus);
        }
    }

    @ParameterizedTest
    @EnumSource(MatchStatus.class)
    void everyActionEitherFollowsTheTransitionTableOrChangesNothing(MatchStatus from) {
        for (Map.Entry<String, Consumer<Match>> action : ACTIONS.entrySet()) {
            Match match = in(from);
            try {
                action.getValue().accept(match);
                assertThat(from.next()).as("%s from %s", action.getKey(), from).contains(match.status());
            } catch (IllegalMatchTransitionException e) {
                assertThat(match.status()).as("%s from %s", action.getKey(), from).isEqualTo(from);
            }
        }
    }

    @Test
    void statusGroupsAreConsistent() {
        assertThat(EnumSet.allOf(MatchStatus.class)).filteredOn(MatchStatus::isOpenProposal)
                .containsExactlyInAnyOrder(MatchStatus.PROPOSED, MatchStatus.ACCEPTED_BY_PROVIDER, MatchStatus.ACCEPTED_BY_RECIPIENT);
        assertThat(EnumSet.allOf(MatchStatus.class)).filteredOn(MatchStatus::isFinal)
                .allSatisfy(status -> assertThat(status.next()).isEmpty());
    }

    static Match proposal() {
        return Match.propose("m-1", new Match.Pair("r-1", "p-1", "KEN", "o-1", "EST"), "plan-1", AT);
    }

    /** A match brought to the given status the only way the lifecycle allows. */
    static Match in(MatchStatus status) {
        Match match = proposal();
        switch (status) {
            case PROPOSED -> { }
            case ACCEPTED_BY_PROVIDER -> match.accept(Side.PROVIDER, AT);
            case ACCEPTED_BY_RECIPIENT -> match.accept(Side.RECIPIENT, AT);
            case DECLINED -> match.decline(Side.RECIPIENT, "amina", "Not needed any more", AT);
            case WITHDRAWN -> match.withdraw(AT);
            case CONFIRMED, IN_DELIVERY, COMPLETED -> {
                match.accept(Side.PROVIDER, AT);
                match.accept(Side.RECIPIENT, AT);
                if (status != MatchStatus.CONFIRMED) {
                    match.startDelivery(AT);
                }
                if (status == MatchStatus.COMPLETED) {
                    match.complete(3, "Fine", "amina", AT);
                }
            }
        }
        assertThat(match.status()).isEqualTo(status);
        return match;
    }
}
