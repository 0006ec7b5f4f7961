package org.cbm.solver.solve;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Where each package of a {@link CompactPlan} can go: its <em>targets</em>, the compatible offers whose capacity, less
 * the days of the packages pinned there, holds its days. On s1, m1 and l1 about 30 % of compatible pairs fail that,
 * and moves into them could only break capacity. Built once per instance and shared, read-only, by every plan of it:
 * the arrays returned are never to be changed.
 */
final class PackageTargets {

    private static final int[] NONE = {};

    private final int[][] targets;
    private final int[] movable;
    private final int[] returning;
    private final int[][] candidates;

    PackageTargets(CompactPlan plan) {
        int packages = plan.packageCount();
        int[] pinnedDays = new int[plan.offerCount()];
        for (int p = 0; p < packages; p++) {
            if (!plan.isMovable(p) && plan.offerOf(p) != CompactPlan.NONE) {
                pinnedDays[plan.offerOf(p)] += plan.days(p);
            }
        }
        targets = new int[packages][];
        int[] sizes = new int[plan.offerCount()];
        for (int p = 0; p < packages; p++) {
            int days = plan.days(p);
            targets[p] = plan.isMovable(p)
                    ? Arrays.stream(plan.compatible(p)).filter(o -> days <= plan.capacity(o) - pinnedDays[o]).toArray()
                    : NONE;
            for (int o : targets[p]) {
                sizes[o]++;
            }
        }
        movable = IntStream.range(0, packages).filter(p -> targets[p].length > 0).toArray();
        // Targets are ascending, as compatible offers are; CompactPlan.NONE (no previous offer) is never found.
        returning = Arrays.stream(movable)
                .filter(p -> Arrays.binarySearch(targets[p], plan.previousOffer(p)) >= 0)
                .toArray();
        candidates = new int[plan.offerCount()][];
        for (int o = 0; o < sizes.length; o++) {
            candidates[o] = new int[sizes[o]];
            sizes[o] = 0;
        }
        for (int p : movable) {
            for (int o : targets[p]) {
                candidates[o][sizes[o]++] = p;
            }
        }
    }

    /** The targets of package {@code p}, ascending; none for a pinned package. */
    int[] of(int p) {
        return targets[p];
    }

    /** The packages with a target. */
    int[] movable() {
        return movable;
    }

    /** The packages whose previous offer is one of their targets. */
    int[] returning() {
        return returning;
    }

    /** The packages that offer {@code o} is a target of, ascending. */
    int[] candidates(int o) {
        return candidates[o];
    }

    int offerCount() {
        return candidates.length;
    }
}
