package org.cbm.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.Set;
import org.cbm.solver.instance.IncomeGroup;
import org.cbm.solver.instance.Region;
import org.cbm.solver.instance.Theme;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

/** How offers are stored; run against the embedded server and against a real MongoDB. */
abstract class OfferPersistenceContract {

    @Autowired
    OfferRepository offers;

    @BeforeEach
    void noOffers() {
        offers.deleteAll();
    }

    @Test
    void storesAnOfferWithItsEligibility() {
        Offer active = Offer.draft("o-1", "EST", terms(60));
        active.activate();
        offers.save(active);

        assertThat(offers.findById("o-1")).hasValueSatisfying(offer -> {
            assertThat(offer.status()).isEqualTo(OfferStatus.ACTIVE);
            assertThat(offer.eligibleRegions()).containsExactly(Region.AFRICA);
            assertThat(offer.eligibleIncomeGroups()).containsExactly(IncomeGroup.LIC, IncomeGroup.LMC);
            assertThat(offer.languages()).containsExactly("en", "fr");
            assertThat(offer.start()).isEqualTo(LocalDate.of(2027, 1, 1));
        });
    }

    @Test
    void anInvalidOfferIsNotStored() {
        assertThatThrownBy(() -> offers.save(Offer.draft("o-1", "EST", terms(0))))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("capacityDays: must be greater than 0");
        assertThat(offers.count()).isZero();
    }

    @Test
    void aStaleVersionFailsAndLeavesTheStoredOfferIntact() {
        offers.save(Offer.draft("o-1", "EST", terms(60)));
        Offer first = offers.findById("o-1").orElseThrow();
        Offer second = offers.findById("o-1").orElseThrow();
        first.activate();
        offers.save(first);
        second.close();

        assertThatThrownBy(() -> offers.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(offers.findById("o-1").orElseThrow().status()).isEqualTo(OfferStatus.ACTIVE);
    }

    private static Offer.Terms terms(int capacityDays) {
        return new Offer.Terms("Incident response experts", null, Set.of(Theme.INCIDENT_RESPONSE), Set.of("fr", "en"),
                capacityDays, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), Set.of(Region.AFRICA),
                Set.of(IncomeGroup.LMC, IncomeGroup.LIC));
    }
}
