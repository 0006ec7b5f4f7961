package org.cbm.solver.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cbm.solver.TestInstance;
import org.cbm.solver.domain.Allocation;
import org.cbm.solver.domain.AllocationFactory;
import org.cbm.solver.domain.PackageAssignment;
import org.cbm.solver.instance.Instance;
import org.cbm.solver.instance.Offer;
import org.cbm.solver.instance.Theme;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

/** One verifier per constraint, with the boundaries where a term starts or stops counting. */
class MatchingConstraintsTest {

    private final ConstraintVerifier<MatchingConstraints, Allocation> verifier = ConstraintVerifier.build(
            new MatchingConstraints(), Allocation.class, PackageAssignment.class);

    /** The allocation of {@code instance} with {@code pairs} ("p-1", "o-1", ...) assigned; other packages open. */
    private static Object[] plan(Instance instance, String... pairs) {
        Allocation allocation = AllocationFactory.from(instance);
        allocation.assignments().forEach(assignment -> assignment.setOffer(null));
        for (int i = 0; i < pairs.length; i += 2) {
            String packageId = pairs[i];
            String offerId = pairs[i + 1];
            PackageAssignment assignment = allocation.assignments().stream()
                    .filter(a -> a.id().equals(packageId)).findFirst().orElseThrow();
            assignment.setOffer(allocation.offers().stream()
                    .filter(o -> o.id().equals(offerId)).findFirst().orElseThrow());
        }
        return allocation.assignments().toArray();
    }

    @Nested
    class OfferCapacityConstraint {

        private final Instance instance = new TestInstance()
                .recipient("KEN", 1).provider("EST")
                .offer("o-1", "EST", 30)
                .workPackage("p-1", "KEN", 20, 1).workPackage("p-2", "KEN", 10, 1).workPackage("p-3", "KEN", 1, 1)
                .build();

        @Test
        void exactlyAtCapacityIsFine() {
            verifier.verifyThat(MatchingConstraints::offerCapacity)
                    .given(plan(instance, "p-1", "o-1", "p-2", "o-1"))
                    .penalizesBy(0);
        }

        @Test
        void everyDayBeyondCapacityCostsOneHardPoint() {
            verifier.verifyThat(MatchingConstraints::offerCapacity)
                    .given(plan(instance, "p-1", "o-1", "p-2", "o-1", "p-3", "o-1"))
                    .penalizesBy(1);
        }

        @Test
        void unassignedPackagesUseNoCapacity() {
            verifier.verifyThat(MatchingConstraints::offerCapacity).given(plan(instance)).penalizesBy(0);
        }
    }

    @Nested
    class CompatibleOfferConstraint {

        private final Instance instance = new TestInstance()
                .recipient("KEN", 1, "ACME").provider("EST").provider("ACME")
                .offer("o-1", "EST", 100)
                .offer("o-vetoed", "ACME", 100)
                .offer(new Offer("o-legislation", "EST", 100, Set.of(Theme.LEGISLATION), List.of("en"),
                        TestInstance.START, TestInstance.END, null, null))
                .offer(new Offer("o-late", "EST", 100, Set.of(Theme.INCIDENT_RESPONSE), List.of("en"),
                        LocalDate.of(2028, 1, 1), LocalDate.of(2028, 6, 30), null, null))
                .workPackage("p-1", "KEN", 10, 1).workPackage("p-2", "KEN", 10, 1)
                .declined("p-2", "o-1")
                .build();

        @Test
        void compatiblePairIsFine() {
            verifier.verifyThat(MatchingConstraints::compatibleOffer).given(plan(instance, "p-1", "o-1")).penalizesBy(0);
        }

        @Test
        void vetoThemeTimeAndDeclinedPairsEachCostOneHardPoint() {
            verifier.verifyThat(MatchingConstraints::compatibleOffer)
                    .given(plan(instance, "p-1", "o-vetoed", "p-2", "o-1")).penalizesBy(2);
            verifier.verifyThat(MatchingConstraints::compatibleOffer)
                    .given(plan(instance, "p-1", "o-legislation", "p-2", "o-late")).penalizesBy(2);
        }
    }

    @Nested
    class PinnedPairConstraint {

        private final Instance instance = new TestInstance()
                .recipient("KEN", 1).provider("EST")
                .offer("o-1", "EST", 100).offer("o-2", "EST", 100)
                .workPackage("p-1", "KEN", 10, 1)
                .pinned("p-1", "o-1")
                .build();

        @Test
        void keptPinnedPairIsFine() {
            verifier.verifyThat(MatchingConstraints::pinnedPairKept).given(plan(instance, "p-1", "o-1")).penalizesBy(0);
        }

        @Test
        void pinnedPackageElsewhereOrUnassignedCostsOneHardPoint() {
            verifier.verifyThat(MatchingConstraints::pinnedPairKept).given(plan(instance, "p-1", "o-2")).penalizesBy(1);
            verifier.verifyThat(MatchingConstraints::pinnedPairKept).given(plan(instance)).penalizesBy(1);
        }
    }

    @Nested
    class RecipientValueConstraint {

        // KEN (weight 2): D = 3·10 + 1·30 + 3·5 = 75, a quarter is 18.75 weighted days. TZA (weight 3): D = 19 + 10 + 11 = 40.
        // V_r = weight · Σ_k t[k] · clamp(4·C − k·D, 0, D): a full tier is worth t[k] · D.
        private final Instance instance = new TestInstance()
                .recipient("KEN", 2).recipient("TZA", 3).recipient("NONE", 3).provider("EST")
                .offer("o-1", "EST", 1000)
                .workPackage("p-1", "KEN", 10, 3).workPackage("p-2", "KEN", 30, 1)
                .workPackage("p-3", "KEN", 5, 3).workPackage("p-4", "TZA", 19, 1)
                .workPackage("p-5", "TZA", 10, 1).workPackage("p-6", "TZA", 11, 1)
                .build();

        @Test
        void nothingAssignedIsWorthNothing() {
            verifier.verifyThat(MatchingConstraints::recipientValue).given(plan(instance)).rewardsWith(0);
        }

        @Test
        void exactlyAQuarterOfTheNeedCountsOnlyInTheFirstTier() {
            // TZA: p-5 covers 10 = D/4 exactly: 100 · weight 3 · t0 4 · clamp(40, 0, 40), nothing in tier 1.
            verifier.verifyThat(MatchingConstraints::recipientValue)
                    .given(plan(instance, "p-5", "o-1")).rewardsWith(100 * 3 * 4 * 40);
            // One weighted day more (p-6: 11) spills 4·11 − 40 = 4 into tier 1 at t1 = 3.
            verifier.verifyThat(MatchingConstraints::recipientValue)
                    .given(plan(instance, "p-6", "o-1")).rewardsWith(100 * 3 * (4 * 40 + 3 * 4));
        }

        @Test
        void coverageBeyondAQuarterCountsInTheNextTiers() {
            // C = 75 (full): 100 · 2 · (4 + 3 + 2 + 1) · 75.
            verifier.verifyThat(MatchingConstraints::recipientValue)
                    .given(plan(instance, "p-1", "o-1", "p-2", "o-1", "p-3", "o-1")).rewardsWith(100 * 2 * 10 * 75);
            // C = 30: 4·30 = 120 = 75 (tier 0) + 45 (tier 1).
            verifier.verifyThat(MatchingConstraints::recipientValue)
                    .given(plan(instance, "p-1", "o-1")).rewardsWith(100 * 2 * (4 * 75 + 3 * 45));
        }

        @Test
        void recipientsAreValuedSeparately() {
            // KEN C = 30 as above; TZA C = 40 = D (full): 100 · 3 · 10 · 40.
            verifier.verifyThat(MatchingConstraints::recipientValue)
                    .given(plan(instance, "p-1", "o-1", "p-4", "o-1", "p-5", "o-1", "p-6", "o-1"))
                    .rewardsWith(100 * 2 * (4 * 75 + 3 * 45) + 100 * 3 * 10 * 40);
        }
    }

    @Nested
    class ProviderConcentrationConstraint {

        // KEN needs T = 40 days; the cap is 50 %, so 20 days per provider.
        private final Instance instance = new TestInstance()
                .recipient("KEN", 1).provider("EST").provider("FIN")
                .offer("o-1", "EST", 100).offer("o-2", "EST", 100).offer("o-3", "FIN", 100)
                .workPackage("p-1", "KEN", 20, 1).workPackage("p-2", "KEN", 1, 1).workPackage("p-3", "KEN", 19, 1)
                .build();

        @Test
        void providerExactlyAtTheCapIsFine() {
            verifier.verifyThat(MatchingConstraints::providerConcentration)
                    .given(plan(instance, "p-1", "o-1")).penalizesBy(0);
        }

        @Test
        void everyDayBeyondTheCapCostsOneHundredPoints() {
            // EST supplies 21 days over two of its offers.
            verifier.verifyThat(MatchingConstraints::providerConcentration)
                    .given(plan(instance, "p-1", "o-1", "p-2", "o-2")).penalizesBy(100);
        }

        @Test
        void severalProvidersUnderTheCapAreFine() {
            verifier.verifyThat(MatchingConstraints::providerConcentration)
                    .given(plan(instance, "p-1", "o-1", "p-2", "o-3", "p-3", "o-3")).penalizesBy(0);
        }
    }

    @Nested
    class ProviderInterestConstraint {

        private final Instance instance = new TestInstance()
                .recipient("KEN", 1).provider("EST").provider("FIN")
                .offer("o-1", "EST", 100).offer("o-2", "FIN", 100)
                .workPackage("p-1", "KEN", 12, 1, "EST").workPackage("p-2", "KEN", 7, 1, "EST")
                .build();

        @Test
        void daysWithAnInterestedProviderEarnOneHundredPointsEach() {
            verifier.verifyThat(MatchingConstraints::providerInterest)
                    .given(plan(instance, "p-1", "o-1", "p-2", "o-2")).rewardsWith(1200);
        }

        @Test
        void unassignedPackagesEarnNothing() {
            verifier.verifyThat(MatchingConstraints::providerInterest).given(plan(instance)).rewardsWith(0);
        }
    }

    @Nested
    class StabilityConstraint {

        // p-3 has no compatible offer at all (its recipient vetoed the only provider) but was proposed before.
        private final Instance instance = new TestInstance()
                .recipient("KEN", 1).recipient("UGA", 1, "EST").provider("EST")
                .offer("o-1", "EST", 100).offer("o-2", "EST", 100)
                .workPackage("p-1", "KEN", 10, 1).workPackage("p-2", "KEN", 10, 1).workPackage("p-3", "UGA", 10, 1)
                .workPackage("p-4", "KEN", 10, 1)
                .pinned("p-4", "o-2")
                .previous("p-1", "o-1").previous("p-2", "o-1").previous("p-3", "o-1").previous("p-4", "o-2")
                .build();

        @Test
        void keptPreviousPairsCostNothingButAnImpossibleOneAlwaysCosts() {
            verifier.verifyThat(MatchingConstraints::stability)
                    .given(plan(instance, "p-1", "o-1", "p-2", "o-1", "p-4", "o-2")).penalizesBy(1000);
        }

        @Test
        void previousPairMovedElsewhereOrUnassignedCosts() {
            verifier.verifyThat(MatchingConstraints::stability)
                    .given(plan(instance, "p-1", "o-2", "p-4", "o-2")).penalizesBy(3000);
        }

        @Test
        void packageWithoutCompatibleOfferHasAnEmptyValueRange() {
            Allocation allocation = AllocationFactory.from(instance);
            PackageAssignment vetoed = allocation.assignments().get(2);
            assertThat(vetoed.getCompatibleOffers()).isEmpty();
            assertThat(allocation.assignments().get(3).isPinned()).isTrue();
        }
    }
}
