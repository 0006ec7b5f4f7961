package org.cbm.solver.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cbm.solver.solve.PlanAssertions.planOf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.cbm.solver.TestInstance;
import org.cbm.solver.domain.Allocation;
import org.cbm.solver.domain.AllocationFactory;
import org.cbm.solver.instance.Instance;
import org.cbm.solver.score.ReferenceScore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The compact plan's score must be the spec's for every plan the search visits: it replaces the constraint streams
 * while compact annealing runs, and a wrong delta would steer the search without anyone noticing until the end.
 */
class CompactPlanTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"s1", "m1"})
    void everyChangeKeepsTheScoreAndItsStabilityPartEqualToTheReferenceScore(String name) {
        Instance instance = TestInstance.publicInstance(name);
        Allocation allocation = AllocationFactory.from(instance);
        CompactPlan plan = new CompactPlan(allocation);
        Random random = new Random(name.hashCode());
        assertThat(plan.soft()).isEqualTo(reference(instance, allocation, plan).soft());
        for (int change = 1; change <= 3000; change++) {
            int p = random.nextInt(plan.packageCount());
            if (!plan.isMovable(p)) {
                continue;
            }
            int[] compatible = plan.compatible(p);
            int o = compatible[random.nextInt(compatible.length)];
            long before = plan.soft();
            long delta = plan.move(p, random.nextInt(4) == 0 || plan.room(o) < plan.days(p) ? CompactPlan.NONE : o);
            plan.commit();
            assertThat(plan.soft()).isEqualTo(before + delta);
            if (change % 100 == 0) {
                ReferenceScore reference = reference(instance, allocation, plan);
                assertThat(plan.soft()).as("after %d changes", change).isEqualTo(reference.soft());
                assertThat(plan.stabilityCost()).as("after %d changes", change)
                        .isEqualTo(instance.policy().stabilityPenalty() * reference.previousNotKept());
            }
        }
    }

    @Test
    void aPlanReadFromAnAllocationHasItsScore() {
        Instance instance = TestInstance.publicInstance("s1");
        Allocation allocation = AllocationFactory.from(instance);
        Random random = new Random(7);
        CompactPlan empty = new CompactPlan(allocation);
        // Fill the allocation itself, then read it again: the constructor must score what it finds.
        for (int p = 0; p < empty.packageCount(); p++) {
            int[] compatible = empty.compatible(p);
            if (empty.isMovable(p) && random.nextBoolean()) {
                int o = compatible[random.nextInt(compatible.length)];
                if (empty.room(o) >= empty.days(p)) {
                    empty.move(p, o);
                    allocation.assignments().get(p).setOffer(allocation.offers().get(o));
                }
            }
        }

        CompactPlan read = new CompactPlan(allocation);

        assertThat(read.offers()).isEqualTo(empty.offers());
        assertThat(read.soft()).isEqualTo(empty.soft()).isEqualTo(reference(instance, allocation, read).soft());
    }

    @Test
    void undoTakesBackEveryChangeSinceTheMarkAndOnlyThose() {
        CompactPlan plan = new CompactPlan(AllocationFactory.from(TestInstance.publicInstance("s1")));
        int first = movableWithRoomyOffer(plan, 0);
        plan.move(first, plan.compatible(first)[0]);
        int[] offersAtMark = plan.offers();
        int[] roomAtMark = rooms(plan);
        long softAtMark = plan.soft();
        int mark = plan.mark();
        int second = movableWithRoomyOffer(plan, first + 1);
        plan.move(second, plan.compatible(second)[0]);
        plan.move(first, CompactPlan.NONE);

        assertThat(plan.offersBeforeChanges()[first]).as("nothing committed yet").isEqualTo(CompactPlan.NONE);
        plan.undoTo(mark);

        assertThat(plan.offers()).isEqualTo(offersAtMark);
        assertThat(rooms(plan)).isEqualTo(roomAtMark);
        assertThat(plan.soft()).isEqualTo(softAtMark);
    }

    @Test
    void changedSinceListsOnlyPackagesOnAnotherOfferThanAtTheMark() {
        CompactPlan plan = new CompactPlan(AllocationFactory.from(TestInstance.publicInstance("s1")));
        int first = movableWithRoomyOffer(plan, 0);
        int second = movableWithRoomyOffer(plan, first + 1);
        int mark = plan.mark();
        plan.move(first, plan.compatible(first)[0]);
        plan.move(second, plan.compatible(second)[0]);
        plan.move(second, CompactPlan.NONE);
        plan.move(first, CompactPlan.NONE);
        plan.move(first, plan.compatible(first)[0]);

        assertThat(plan.changedSince(mark)).containsExactly(first);
    }

    @Test
    void theValueGainWithSomeCoverageLeavingIsTheGainOnceThosePackagesHaveLeft() {
        CompactPlan plan = new CompactPlan(AllocationFactory.from(TestInstance.publicInstance("s1")));
        // Two packages of one recipient in the plan, a third of the same recipient out of it.
        Map<Integer, List<Integer>> movableByRecipient = new HashMap<>();
        for (int p = 0; p < plan.packageCount(); p++) {
            if (plan.isMovable(p) && plan.offerOf(p) == CompactPlan.NONE) {
                movableByRecipient.computeIfAbsent(plan.recipientOf(p), r -> new ArrayList<>()).add(p);
            }
        }
        List<Integer> three = movableByRecipient.values().stream().filter(packages -> packages.size() >= 3)
                .findFirst().orElseThrow();
        int first = three.get(0);
        int second = three.get(1);
        int outside = three.get(2);
        plan.move(first, plan.compatible(first)[0]);
        plan.move(second, plan.compatible(second)[0]);
        long leaving = plan.weightedDays(first) + plan.weightedDays(second);

        long whileTheyAreIn = plan.valueGain(outside);
        long onPaper = plan.valueGain(outside, leaving);
        long ofFirstOnPaper = plan.valueGain(first, leaving);
        plan.move(first, CompactPlan.NONE);
        plan.move(second, CompactPlan.NONE);

        // They covered the recipient's first quarters of need: the third package would be worth more without them.
        assertThat(onPaper).isEqualTo(plan.valueGain(outside)).isGreaterThan(whileTheyAreIn);
        assertThat(ofFirstOnPaper).isEqualTo(plan.valueGain(first));
        assertThat(plan.valueGain(outside, 0)).isEqualTo(plan.valueGain(outside));
    }

    @Test
    void aCommittedChangeCanNoLongerBeTakenBack() {
        CompactPlan plan = new CompactPlan(AllocationFactory.from(TestInstance.publicInstance("s1")));
        int p = movableWithRoomyOffer(plan, 0);
        plan.move(p, plan.compatible(p)[0]);
        plan.commit();

        plan.undoTo(0);

        assertThat(plan.offerOf(p)).isEqualTo(plan.compatible(p)[0]);
        assertThat(plan.offersBeforeChanges()).isEqualTo(plan.offers());
    }

    private static int movableWithRoomyOffer(CompactPlan plan, int from) {
        for (int p = from; p < plan.packageCount(); p++) {
            if (plan.isMovable(p) && plan.offerOf(p) == CompactPlan.NONE
                    && plan.room(plan.compatible(p)[0]) >= 2 * plan.days(p)) {
                return p;
            }
        }
        throw new IllegalStateException("no such package");
    }

    private static int[] rooms(CompactPlan plan) {
        int[] rooms = new int[plan.offerCount()];
        for (int o = 0; o < rooms.length; o++) {
            rooms[o] = plan.room(o);
        }
        return rooms;
    }

    private static ReferenceScore reference(Instance instance, Allocation allocation, CompactPlan plan) {
        ReferenceScore reference = ReferenceScore.of(instance, planOf(allocation, plan));
        assertThat(reference.feasible()).isTrue();
        return reference;
    }
}
