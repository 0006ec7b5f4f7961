package org.cbm.solver.solve;

import java.util.Arrays;

/**
 * Exact repacking of two or three related offers of a {@link CompactPlan}: their movable packages and the unassigned
 * packages that fit them are placed anew, each in one of those offers or out of the plan, the best way by the true
 * soft score (branch and bound), and the plan keeps the result when it is better.
 *
 * <p>Annealing ends in local optima that such a rearrangement still improves: on s1, about one run in fifteen ends a
 * few hundred or a thousand points below the optimum (one package too many or a previous pair lost) and repacking
 * two or three offers reaches it, in under a tenth of a second. Offers are related when some package has both as targets.
 */
final class OfferRepacking {

    // A region's search stops here with the best packing found so far; s1's regions need a few hundred nodes.
    private static final int NODE_LIMIT = 100_000;
    // Offers that more packages can take, and regions with more packages to place, are left out: their searches
    // would not end (m1's offers have 107 candidates at the median, l1's 646, s1's 11 and at most 53).
    private static final int MAX_CANDIDATES = 128;
    private static final int MAX_INVOLVED = 96;

    private final CompactPlan plan;
    private final PackageTargets targets;
    // Per offer, the other offers it shares a candidate package with, ascending (none for an offer with too many
    // candidates); built when the offer is first met.
    private final int[][] related;
    // Marks of the packages and offers already met, by search: an id is never reused.
    private final int[] packageStamp;
    private final int[] offerStamp;
    private int stampId;

    // The search of one region: its offers, its packages in order of their best gain per day, those gains, where
    // each package is now and in the best packing found.
    private long deadlineNanos = Long.MAX_VALUE;
    private int[] region;
    private int[] involved = new int[64];
    private long[] bestGain = new long[64];
    private int[] current = new int[64];
    private int[] best = new int[64];
    private int involvedCount;
    private long bestSoft;
    private boolean improved;
    private long nodes;

    OfferRepacking(CompactPlan plan, PackageTargets targets) {
        this.plan = plan;
        this.targets = targets;
        this.packageStamp = new int[plan.packageCount()];
        this.offerStamp = new int[targets.offerCount()];
        this.related = new int[targets.offerCount()][];
    }

    /**
     * Repacks every pair, then every connected triple of related offers, and again while that improves the plan and
     * {@code deadlineNanos} has not passed.
     */
    void improve(long deadlineNanos) {
        this.deadlineNanos = deadlineNanos;
        boolean improving = true;
        while (improving && !pastDeadline()) {
            improving = repackPairs();
            improving |= repackTriples();
        }
    }

    private boolean repackPairs() {
        boolean gained = false;
        for (int c = 0; c < related.length && !pastDeadline(); c++) {
            for (int a : related(c)) {
                if (a > c && !pastDeadline()) {
                    gained |= repack(new int[] {c, a}) > 0;
                }
            }
        }
        return gained;
    }

    /** Offer triples in which one offer is related to the two others. */
    private boolean repackTriples() {
        boolean gained = false;
        for (int c = 0; c < related.length && !pastDeadline(); c++) {
            int[] near = related(c);
            for (int i = 0; i < near.length; i++) {
                for (int j = i + 1; j < near.length && !pastDeadline(); j++) {
                    // A triangle is met from each of its offers; it is taken from the lowest.
                    if (c < near[i] || !isRelated(near[i], near[j])) {
                        gained |= repack(new int[] {c, near[i], near[j]}) > 0;
                    }
                }
            }
        }
        return gained;
    }

    private boolean pastDeadline() {
        return System.nanoTime() >= deadlineNanos;
    }

    /** Repacks {@code offers} (distinct) and returns how much the plan gained, 0 if nothing better was found. */
    long repack(int[] offers) {
        region = offers;
        long start = plan.soft();
        if (!collectInvolved()) {
            return 0;
        }
        int mark = plan.mark();
        for (int i = 0; i < involvedCount; i++) {
            plan.move(involved[i], CompactPlan.NONE);
        }
        orderByGainPerDay();
        bestSoft = start;
        improved = false;
        nodes = 0;
        Arrays.fill(current, 0, involvedCount, CompactPlan.NONE);
        search(0);
        if (!improved) {
            plan.undoTo(mark);
            return 0;
        }
        // The search takes back all it tries: the involved packages are still out of the plan.
        for (int i = 0; i < involvedCount; i++) {
            plan.move(involved[i], best[i]);
        }
        if (plan.soft() != bestSoft) {
            throw new IllegalStateException("repacking scored " + bestSoft + " but the plan scores " + plan.soft());
        }
        plan.commit();
        return bestSoft - start;
    }

    /**
     * The region's movable residents and the unassigned packages that have a target in it, each once; false if there
     * are too many.
     */
    private boolean collectInvolved() {
        stampId++;
        involvedCount = 0;
        for (int o : region) {
            for (int i = 0; i < plan.memberCount(o); i++) {
                involve(plan.member(o, i));
            }
            for (int p : targets.candidates(o)) {
                if (plan.offerOf(p) == CompactPlan.NONE) {
                    involve(p);
                }
            }
        }
        return involvedCount <= MAX_INVOLVED;
    }

    private void involve(int p) {
        if (packageStamp[p] == stampId || !plan.isMovable(p)) {
            return;
        }
        packageStamp[p] = stampId;
        if (involvedCount == involved.length) {
            involved = Arrays.copyOf(involved, 2 * involvedCount);
            bestGain = Arrays.copyOf(bestGain, 2 * involvedCount);
            current = Arrays.copyOf(current, 2 * involvedCount);
            best = Arrays.copyOf(best, 2 * involvedCount);
        }
        involved[involvedCount++] = p;
    }

    /**
     * Each package's gain when it alone goes into the region, emptied of the involved packages: an upper bound of what
     * it adds to any packing, as a recipient's value is concave and its concentration penalty convex in its days.
     */
    private void orderByGainPerDay() {
        for (int i = 0; i < involvedCount; i++) {
            int p = involved[i];
            long gain = 0;
            for (int o : region) {
                if (fits(p, o)) {
                    int mark = plan.mark();
                    gain = Math.max(gain, plan.move(p, o));
                    plan.undoTo(mark);
                }
            }
            bestGain[i] = gain;
        }
        // Insertion sort by gain per day, descending: regions hold a few dozen packages.
        for (int i = 1; i < involvedCount; i++) {
            int p = involved[i];
            long gain = bestGain[i];
            int j = i - 1;
            while (j >= 0 && bestGain[j] * plan.days(p) < gain * plan.days(involved[j])) {
                involved[j + 1] = involved[j];
                bestGain[j + 1] = bestGain[j];
                j--;
            }
            involved[j + 1] = p;
            bestGain[j + 1] = gain;
        }
    }

    private void search(int i) {
        if (++nodes > NODE_LIMIT || nodes % 4096 == 0 && pastDeadline()) {
            nodes = NODE_LIMIT;
            return;
        }
        if (plan.soft() > bestSoft) {
            bestSoft = plan.soft();
            improved = true;
            System.arraycopy(current, 0, best, 0, involvedCount);
        }
        if (i == involvedCount || plan.soft() + bound(i) <= bestSoft) {
            return;
        }
        int p = involved[i];
        for (int o : region) {
            if (fits(p, o)) {
                int mark = plan.mark();
                plan.move(p, o);
                current[i] = o;
                search(i + 1);
                plan.undoTo(mark);
                current[i] = CompactPlan.NONE;
            }
        }
        search(i + 1);
    }

    /** What the packages from {@code i} on can add at most: their best gains, filling the region's room by gain per day. */
    private double bound(int i) {
        long room = 0;
        for (int o : region) {
            room += Math.max(0, plan.room(o));
        }
        double bound = 0;
        for (int j = i; j < involvedCount && room > 0; j++) {
            int days = plan.days(involved[j]);
            if (days <= room) {
                bound += bestGain[j];
                room -= days;
            } else {
                bound += (double) bestGain[j] * room / days;
                room = 0;
            }
        }
        return bound;
    }

    /**
     * Offer {@code o} has room for package {@code p} and may take it. With that room a compatible offer is one of the
     * package's targets (whose capacity beyond the pinned packages holds it), as pinned packages never leave.
     */
    private boolean fits(int p, int o) {
        return plan.room(o) >= plan.days(p) && plan.isCompatible(p, o);
    }

    private boolean isRelated(int a, int b) {
        return Arrays.binarySearch(related(a), b) >= 0;
    }

    private int[] related(int o) {
        if (related[o] == null) {
            related[o] = relatedOffers(o);
        }
        return related[o];
    }

    private int[] relatedOffers(int o) {
        if (targets.candidates(o).length > MAX_CANDIDATES) {
            return new int[0];
        }
        stampId++;
        int[] found = new int[16];
        int count = 0;
        for (int p : targets.candidates(o)) {
            for (int other : targets.of(p)) {
                if (other != o && offerStamp[other] != stampId && targets.candidates(other).length <= MAX_CANDIDATES) {
                    offerStamp[other] = stampId;
                    if (count == found.length) {
                        found = Arrays.copyOf(found, 2 * count);
                    }
                    found[count++] = other;
                }
            }
        }
        int[] result = Arrays.copyOf(found, count);
        Arrays.sort(result);
        return result;
    }
}
