package org.cbm.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Set;
import org.cbm.solver.instance.IncomeGroup;
import org.cbm.solver.instance.Region;
import org.cbm.solver.instance.Theme;
import org.junit.jupiter.api.Test;

class OfferTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void eligibilityIsNarrowedOnlyByRegionAndIncomeGroupAndEmptyMeansAll() {
        Offer open = Offer.draft("o-1", "EST", terms(Set.of(), Set.of()));
        Offer forLowIncomeAfrica = Offer.draft("o-2", "EST", terms(Set.of(Region.AFRICA), Set.of(IncomeGroup.LIC, IncomeGroup.LMC)));

        assertThat(open.isEligible(Region.OCEANIA, IncomeGroup.HIC)).isTrue();
        assertThat(forLowIncomeAfrica.isEligible(Region.AFRICA, IncomeGroup.LMC)).isTrue();
        assertThat(forLowIncomeAfrica.isEligible(Region.AFRICA, IncomeGroup.UMC)).isFalse();
        assertThat(forLowIncomeAfrica.isEligible(Region.ASIA, IncomeGroup.LIC)).isFalse();
    }

    @Test
    void anInvalidOfferNamesEachField() {
        Offer offer = Offer.draft("o-1", "EST", new Offer.Terms("", null, Set.of(), Set.of("xx"), 0,
                LocalDate.of(2027, 12, 31), LocalDate.of(2027, 1, 1), null, null));

        assertThat(validator.validate(offer)).extracting(v -> v.getPropertyPath().toString())
                .containsExactlyInAnyOrder("title", "themes", "languages[].<iterable element>", "capacityDays", "end");
    }

    @Test
    void aClosedOfferStaysAsItWas() {
        Offer offer = Offer.draft("o-1", "EST", terms(Set.of(), Set.of()));
        offer.activate();
        offer.close();

        assertThatThrownBy(() -> offer.revise(terms(Set.of(), Set.of())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("offer that is CLOSED");
        assertThatThrownBy(offer::activate).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anOfferTellsWhetherItMayStillBeRevisedOrClosed() {
        Offer draft = Offer.draft("o-1", "EST", terms(Set.of(), Set.of()));
        Offer active = Offer.draft("o-2", "EST", terms(Set.of(), Set.of()));
        active.activate();
        Offer closed = Offer.draft("o-3", "EST", terms(Set.of(), Set.of()));
        closed.close();

        assertThat(draft.isRevisable()).isTrue();
        assertThat(draft.isClosable()).isTrue();
        assertThat(active.isRevisable()).isTrue();
        assertThat(active.isClosable()).isTrue();
        assertThat(closed.isRevisable()).isFalse();
        assertThat(closed.isClosable()).isFalse();
        assertThatThrownBy(closed::close).isInstanceOf(IllegalStateException.class)
                .hasMessage("Cannot close an offer that is CLOSED; allowed only when [DRAFT, ACTIVE]");
    }

    private static Offer.Terms terms(Set<Region> regions, Set<IncomeGroup> incomeGroups) {
        return new Offer.Terms("Incident response experts", null, Set.of(Theme.INCIDENT_RESPONSE), Set.of("en"), 60,
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), regions, incomeGroups);
    }
}
