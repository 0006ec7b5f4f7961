package org.cbm.solver.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.cbm.solver.TestInstance;
import org.cbm.solver.domain.Allocation;
import org.cbm.solver.domain.AllocationFactory;
import org.cbm.solver.domain.OfferCapacity;
import org.cbm.solver.domain.PackageAssignment;
import org.cbm.solver.instance.Instance;
import org.cbm.solver.instance.PackageOfferPair;
import org.cbm.solver.plan.Plan;
import org.cbm.solver.solve.MatchingSolver;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * The Constraint Streams and the plain {@link ReferenceScore} must agree on every plan: feasible ones, and ones that
 * break capacity, rules 2-7 or pinning. 800 + 250 + 5 random plans on s1, m1 and l1.
 */
class ScoreAgreementTest {

    private static final SolutionManager<Allocation, HardSoftLongScore> SOLUTION_MANAGER = SolutionManager.create(
            SolverFactory.create(MatchingSolver.config(Duration.ofSeconds(1), 1)));

    static Stream<Arguments> instances() {
        return Stream.of(Arguments.of("s1", 800), Arguments.of("m1", 250), Arguments.of("l1", 5));
    }

    @ParameterizedTest(name = "{0}: {1} random plans")
    @MethodSource("instances")
    void constraintStreamsAgreeWithTheReferenceScore(String name, int plans) {
        Instance instance = TestInstance.publicInstance(name);
        Allocation allocation = AllocationFactory.from(instance);
        Random random = new Random(name.hashCode());
        int feasible = 0;
        for (int n = 0; n < plans; n++) {
            randomPlan(allocation, random, n % 2 == 0);
            HardSoftLongScore score = SOLUTION_MANAGER.update(allocation);
            Plan plan = AllocationFactory.toPlan(allocation);
            ReferenceScore reference = ReferenceScore.of(instance, plan);
            assertThat(score.softScore()).as("soft score of plan %d", n).isEqualTo(reference.soft());
            assertThat(score.isFeasible()).as("feasibility of plan %d", n).isEqualTo(reference.feasible());
            feasible += reference.feasible() ? 1 : 0;
        }
        // Both kinds of plan must have been checked, or the test proves less than it says.
        assertThat(feasible).isBetween(1, plans - 1);
    }

    /**
     * Feasible plans fill packages in random order into random compatible offers with room, keeping pinned pairs.
     * Infeasible ones may overfill offers, pick offers outside the value range and move pinned packages.
     */
    private static void randomPlan(Allocation allocation, Random random, boolean feasible) {
        Map<OfferCapacity, Integer> room = new HashMap<>();
        allocation.offers().forEach(offer -> room.put(offer, offer.capacityDays()));
        List<PackageAssignment> order = new ArrayList<>(allocation.assignments());
        Collections.shuffle(order, random);
        order.sort((a, b) -> Boolean.compare(b.isPinned(), a.isPinned()));
        double unassignedShare = random.nextDouble();
        for (PackageAssignment assignment : order) {
            OfferCapacity offer;
            if (assignment.isPinned() && (feasible || random.nextInt(10) > 0)) {
                offer = assignment.pinnedOffer();
            } else if (random.nextDouble() < unassignedShare) {
                offer = null;
            } else if (!feasible && random.nextInt(10) == 0) {
                offer = allocation.offers().get(random.nextInt(allocation.offers().size()));
            } else if (assignment.getCompatibleOffers().isEmpty()) {
                offer = null;
            } else {
                List<OfferCapacity> compatible = assignment.getCompatibleOffers();
                offer = compatible.get(random.nextInt(compatible.size()));
                if (feasible && room.get(offer) < assignment.days()) {
                    offer = null;
                }
            }
            assignment.setOffer(offer);
            if (offer != null) {
                room.merge(offer, -assignment.days(), Integer::sum);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"s1", "m1", "l1"})
    void previousPlanScoresTheSame(String name) {
        Instance instance = TestInstance.publicInstance(name);
        List<PackageOfferPair> previous = instance.previous().stream()
                .filter(pair -> !instance.pinned().stream().anyMatch(p -> p.packageId().equals(pair.packageId())))
                .toList();
        List<PackageOfferPair> pairs = new ArrayList<>(instance.pinned());
        pairs.addAll(previous);
        Allocation allocation = AllocationFactory.from(instance, new Plan(instance.id(), pairs, null));
        HardSoftLongScore score = SOLUTION_MANAGER.update(allocation);
        ReferenceScore reference = ReferenceScore.of(instance, AllocationFactory.toPlan(allocation));
        assertThat(score.softScore()).isEqualTo(reference.soft());
        assertThat(score.isFeasible()).isEqualTo(reference.feasible());
    }
}
