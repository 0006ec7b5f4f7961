package org.cbm.solver.solve;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Random moves on a {@link CompactPlan} that keep every offer within capacity, for compact annealing and (through
 * {@link CompactMoveFactory}) OptaPlanner's local search:
 * <ul>
 * <li>make-room moves: a package goes to a compatible offer; when that offer is full, some of its packages move to
 * the mover's old offer, to another compatible offer with room, to a full one that in turn makes room (a short
 * ejection chain), or out of the plan; room left over in the offers touched is filled with unassigned packages that
 * fit (two small packages can take a big one's place in one move). Supply is 60 % of demand, so good plans have
 * full offers and a plain change into one always breaks capacity: these moves let a better package take a worse
 * one's place. A quarter of them send a package back to its previous offer: keeping a previous pair is worth
 * little next to coverage, so random moves rarely restore one on their own;
 * <li>plain changes, which also take packages out of the plan;
 * <li>ruin-and-recreate: a few related offers are emptied and refilled by value per day, with some noise.
 * </ul>
 * Each move is made on the plan; the caller keeps it or takes it back through the plan's journal.
 */
final class CompactMoves {

    /** What {@link #next} returns when it could not build a move; the plan is then unchanged. */
    static final long NOT_DOABLE = Long.MIN_VALUE;

    private static final int RELOCATION_TRIES = 4;
    private static final int FILL_TRIES = 8;
    private static final int SAMPLED_OUTSIDERS = 40;
    private static final double NOISE = 0.3;

    // Ruin-and-recreate moves cost several times more than make-room moves but find what those cannot (three small
    // packages for two big ones, a new mix of recipients in an offer): with fewer of them s1 ends lower.
    private static final double RUIN_RECREATE_SHARE = 0.3;
    private static final int MAX_RUINED_OFFERS = 2;

    private final CompactPlan plan;
    private final RandomGenerator random;
    // Moves go only into targets: moves into other compatible offers only ended broken after making room in vain.
    private final PackageTargets targets;
    private final int[] movable;
    private final int[] returning;
    private final int[] stamp;
    private int moveId;
    private boolean broken;
    private int[] touched = new int[16];
    private int touchedCount;
    private int[] pool = new int[128];
    private double[] poolKey = new double[128];
    // Ruin-and-recreate on paper: the room of each ruined offer once emptied, and each recipient's weighted days
    // that are leaving its coverage (with the recipients that have some, to clear them afterwards).
    private final int[] ruinedRoom = new int[MAX_RUINED_OFFERS];
    private final long[] uncovered;
    private int[] uncoveredRecipients = new int[16];
    private int uncoveredCount;

    CompactMoves(CompactPlan plan, RandomGenerator random) {
        this(plan, random, new PackageTargets(plan));
    }

    private CompactMoves(CompactPlan plan, RandomGenerator random, PackageTargets targets) {
        this.plan = plan;
        this.random = random;
        this.targets = targets;
        movable = targets.movable();
        returning = targets.returning();
        stamp = new int[plan.packageCount()];
        uncovered = new long[plan.recipientCount()];
    }

    /**
     * The same moves on {@code plan}, a {@link CompactPlan#copy} of this one's plan, with the targets shared.
     */
    CompactMoves withPlan(CompactPlan plan, RandomGenerator random) {
        return new CompactMoves(plan, random, targets);
    }

    /** Where each package can go, as these moves use it. */
    PackageTargets targets() {
        return targets;
    }

    boolean isEmpty() {
        return movable.length == 0;
    }

    /** The packages these moves may give another offer. */
    int movableCount() {
        return movable.length;
    }

    /** Makes one random move and returns the change of the soft score, or {@link #NOT_DOABLE}. */
    long next() {
        moveId++;
        touchedCount = 0;
        broken = false;
        int mark = plan.mark();
        long delta;
        if (random.nextDouble() < RUIN_RECREATE_SHARE) {
            delta = ruinRecreate();
        } else {
            delta = switch (random.nextInt(4)) {
                case 0 -> change();
                case 1 -> returning.length > 0 ? returnToPrevious() : makeRoomMove();
                default -> makeRoomMove();
            };
        }
        if (broken || plan.mark() == mark) {
            plan.undoTo(mark);
            return NOT_DOABLE;
        }
        return delta;
    }

    /** A package to a random target or out of the plan; into a full offer it makes room. */
    private long change() {
        int p = movable[random.nextInt(movable.length)];
        int[] offers = targets.of(p);
        int choice = random.nextInt(offers.length + 1);
        if (choice == offers.length) {
            return plan.move(p, CompactPlan.NONE);
        }
        return makeRoomMove(p, offers[choice]);
    }

    private long returnToPrevious() {
        int p = returning[random.nextInt(returning.length)];
        return makeRoomMove(p, plan.previousOffer(p));
    }

    private long makeRoomMove() {
        int p = movable[random.nextInt(movable.length)];
        int[] offers = targets.of(p);
        return makeRoomMove(p, offers[random.nextInt(offers.length)]);
    }

    private long makeRoomMove(int mover, int target) {
        int origin = plan.offerOf(mover);
        if (origin == target) {
            return 0;
        }
        long delta = move(mover, target);
        touch(target);
        if (origin != CompactPlan.NONE) {
            touch(origin);
        }
        delta += makeRoom(target, origin, random.nextInt(2));
        for (int i = 0; i < touchedCount && !broken; i++) {
            delta += fill(touched[i]);
        }
        return delta;
    }

    /** Moves residents out of {@code offer} until it is within capacity; breaks the move if it cannot. */
    private long makeRoom(int offer, int origin, int depth) {
        if (plan.room(offer) >= 0) {
            return 0;
        }
        // Half the time one resident that alone makes enough room leaves, so that small ones can stay.
        if (random.nextBoolean()) {
            int resident = randomResident(offer, -plan.room(offer));
            if (resident >= 0) {
                return relocate(resident, offer, origin, depth);
            }
        }
        long delta = 0;
        while (plan.room(offer) < 0 && !broken) {
            int resident = randomResident(offer, 0);
            if (resident < 0) {
                broken = true;
                return delta;
            }
            delta += relocate(resident, offer, origin, depth);
        }
        return delta;
    }

    /** A movable resident of {@code offer} not yet moved by this move, with at least {@code minDays}; -1 if none. */
    private int randomResident(int offer, int minDays) {
        int count = plan.memberCount(offer);
        if (count == 0) {
            return -1;
        }
        int start = random.nextInt(count);
        for (int i = 0; i < count; i++) {
            int resident = plan.member(offer, (start + i) % count);
            if (stamp[resident] != moveId && plan.isMovable(resident) && plan.days(resident) >= minDays) {
                return resident;
            }
        }
        return -1;
    }

    /** The mover's old offer if it fits there, else a target with room, else a chain, else none. */
    private long relocate(int resident, int leaving, int origin, int depth) {
        int days = plan.days(resident);
        if (origin != CompactPlan.NONE && origin != leaving && plan.room(origin) >= days
                && plan.isCompatible(resident, origin)) {
            return move(resident, origin);
        }
        int[] offers = targets.of(resident);
        for (int attempt = 0; attempt < RELOCATION_TRIES; attempt++) {
            int candidate = offers[random.nextInt(offers.length)];
            if (candidate != leaving && plan.room(candidate) >= days) {
                touch(candidate);
                return move(resident, candidate);
            }
        }
        if (depth > 0) {
            int next = offers[random.nextInt(offers.length)];
            if (next != leaving && !isTouched(next)) {
                touch(next);
                long delta = move(resident, next);
                return delta + makeRoom(next, origin, depth - 1);
            }
        }
        return move(resident, CompactPlan.NONE);
    }

    /** Gives room left in {@code offer} to unassigned packages that fit, tried at random. */
    private long fill(int offer) {
        long delta = 0;
        int[] candidates = targets.candidates(offer);
        for (int attempt = 0; attempt < FILL_TRIES && plan.room(offer) > 0 && candidates.length > 0; attempt++) {
            int candidate = candidates[random.nextInt(candidates.length)];
            if (plan.offerOf(candidate) == CompactPlan.NONE && stamp[candidate] != moveId
                    && plan.days(candidate) <= plan.room(offer)) {
                delta += move(candidate, offer);
            }
        }
        return delta;
    }

    /**
     * Empties a few related offers (linked by packages that suit both) and refills them by value per day with some
     * noise, from their former packages and from unassigned packages that suit them. The emptying and refilling are
     * worked out on paper first; then only the packages that end up elsewhere move: most residents go back into
     * their own offer, and moving them out and in again (and back when the move is rejected) took most of the time.
     */
    private long ruinRecreate() {
        int first = random.nextInt(plan.offerCount());
        if (targets.candidates(first).length == 0) {
            return 0;
        }
        int[] ruined = relatedOffers(first, 1 + random.nextInt(MAX_RUINED_OFFERS));
        int size = 0;
        for (int k = 0; k < ruined.length; k++) {
            int o = ruined[k];
            ruinedRoom[k] = plan.room(o);
            for (int i = plan.memberCount(o) - 1; i >= 0; i--) {
                int resident = plan.member(o, i);
                if (plan.isMovable(resident)) {
                    stamp[resident] = moveId;
                    ruinedRoom[k] += plan.days(resident);
                    uncover(resident);
                    size = addToPool(size, resident);
                }
            }
            // Every unassigned candidate of the offer when there are few, a sample when there are many (l1); one
            // too big for the emptied offer can only fit another ruined offer, and is met again among its candidates.
            int[] outsiders = targets.candidates(o);
            boolean all = outsiders.length <= SAMPLED_OUTSIDERS;
            for (int i = 0; i < (all ? outsiders.length : SAMPLED_OUTSIDERS); i++) {
                int outsider = outsiders[all ? i : random.nextInt(outsiders.length)];
                if (plan.offerOf(outsider) == CompactPlan.NONE && stamp[outsider] != moveId
                        && plan.days(outsider) <= ruinedRoom[k]) {
                    stamp[outsider] = moveId;
                    size = addToPool(size, outsider);
                }
            }
        }
        for (int i = 0; i < size; i++) {
            int p = pool[i];
            poolKey[i] = (double) plan.valueGain(p, uncovered[plan.recipientOf(p)]) / plan.days(p)
                    * (1 + NOISE * (random.nextDouble() - 0.5));
        }
        clearUncovered();
        sortPoolByKeyDescending(size);
        long delta = 0;
        for (int i = 0; i < size; i++) {
            int p = pool[i];
            int target = CompactPlan.NONE;
            int start = random.nextInt(ruined.length);
            for (int j = 0; j < ruined.length; j++) {
                int k = (start + j) % ruined.length;
                if (ruinedRoom[k] >= plan.days(p) && plan.isCompatible(p, ruined[k])) {
                    ruinedRoom[k] -= plan.days(p);
                    target = ruined[k];
                    break;
                }
            }
            delta += plan.move(p, target);
        }
        return delta;
    }

    /** Counts a resident's weighted days as about to leave its recipient's coverage. */
    private void uncover(int resident) {
        int r = plan.recipientOf(resident);
        if (uncovered[r] == 0) {
            if (uncoveredCount == uncoveredRecipients.length) {
                uncoveredRecipients = Arrays.copyOf(uncoveredRecipients, 2 * uncoveredCount);
            }
            uncoveredRecipients[uncoveredCount++] = r;
        }
        uncovered[r] += plan.weightedDays(resident);
    }

    private void clearUncovered() {
        for (int i = 0; i < uncoveredCount; i++) {
            uncovered[uncoveredRecipients[i]] = 0;
        }
        uncoveredCount = 0;
    }

    /** {@code first} and up to {@code count - 1} more offers, each sharing a candidate package with an earlier one. */
    private int[] relatedOffers(int first, int count) {
        int[] chosen = new int[count];
        chosen[0] = first;
        int n = 1;
        for (int attempt = 0; n < count && attempt < 4 * count; attempt++) {
            int[] near = targets.candidates(chosen[random.nextInt(n)]);
            int[] linkOffers = targets.of(near[random.nextInt(near.length)]);
            int next = linkOffers[random.nextInt(linkOffers.length)];
            boolean seen = false;
            for (int i = 0; i < n; i++) {
                seen |= chosen[i] == next;
            }
            if (!seen) {
                chosen[n++] = next;
            }
        }
        return n == count ? chosen : Arrays.copyOf(chosen, n);
    }

    private int addToPool(int size, int p) {
        if (size == pool.length) {
            pool = Arrays.copyOf(pool, 2 * size);
            poolKey = Arrays.copyOf(poolKey, 2 * size);
        }
        pool[size] = p;
        return size + 1;
    }

    // Insertion sort: pools hold a few dozen packages.
    private void sortPoolByKeyDescending(int size) {
        for (int i = 1; i < size; i++) {
            int p = pool[i];
            double key = poolKey[i];
            int j = i - 1;
            while (j >= 0 && poolKey[j] < key) {
                pool[j + 1] = pool[j];
                poolKey[j + 1] = poolKey[j];
                j--;
            }
            pool[j + 1] = p;
            poolKey[j + 1] = key;
        }
    }

    private long move(int p, int o) {
        stamp[p] = moveId;
        return plan.move(p, o);
    }

    private void touch(int offer) {
        if (touchedCount == touched.length) {
            touched = Arrays.copyOf(touched, 2 * touchedCount);
        }
        touched[touchedCount++] = offer;
    }

    private boolean isTouched(int offer) {
        for (int i = 0; i < touchedCount; i++) {
            if (touched[i] == offer) {
                return true;
            }
        }
        return false;
    }
}
