package org.cbm.solver.solve;

/**
 * A setting of compact annealing that changes as its time budget is spent: piecewise linear between knots, each a
 * share of the budget and the setting's value there. The temperature is two such schedules, settling and cooling,
 * whose split depends on the plan's size and the moves the budget allows.
 */
final class AnnealingSchedule {

    /**
     * The temperature while a run settles which packages it assigns, over the share of the budget before the
     * cooling: a short hot start (5,000 to 2,500), then slowly down to 1,500. As in the local search phase: a typical
     * package is worth 10^4-10^5 points, stability and concentration steps 10^2-10^3, so the search trades those
     * small terms freely but rarely gives up coverage.
     *
     * <p>On s1, continuing a run from its state at 1,250 with other random moves always ends in the same plan, while
     * from 2,500 it is still open; above that the search only scrambles the start. A chain first reaches its best plan
     * mostly at 1,550-2,200, while it still moves between plans that assign other packages.
     */
    private static final AnnealingSchedule SETTLING =
            new AnnealingSchedule(new double[] {0, 0.175, 1}, new double[] {5000, 2500, 1500});

    /** The temperature over the cooling's share of the budget: slowly to 800, where a run polishes its plan, then 0. */
    private static final AnnealingSchedule COOLING =
            new AnnealingSchedule(new double[] {0, 0.77, 1}, new double[] {1500, 800, 0});

    // The cooling's share: 8·n² moves for n movable packages, at least 5 % and at most 43 % of the budget (below).
    private static final double COOLING_MOVES_PER_SQUARED_PACKAGE = 8;
    private static final double MIN_COOLING_SHARE = 0.05;
    private static final double MAX_COOLING_SHARE = 0.43;

    /**
     * How many times stability (the previous pairs a plan does not keep) counts when the annealing accepts or rejects
     * a move: 3 at the start, falling to 1, the true score, by nine tenths of the budget. While a run settles which
     * packages it assigns, a previous pair's 1,000 points are small next to the temperature, so it settled on sets of
     * packages that could no longer keep some pairs; weighed three times, they take part in that choice. Measured on
     * s1 with the temperature at its longest cooling (4.5 s, one chain): the optimum in 75 runs of 200, unweighed in
     * 58 of 300; with weights of 2, 4 and 5 in 27, 45 and 31 of 100, but 4 cost m1 0.1 % within 5 s; weighing
     * interest and concentration too did no better.
     */
    static final AnnealingSchedule STABILITY_WEIGHT =
            new AnnealingSchedule(new double[] {0, 0.9, 1}, new double[] {3, 1, 1});

    private final double[] shares;
    private final double[] values;

    AnnealingSchedule(double[] shares, double[] values) {
        if (shares.length < 2 || shares.length != values.length || shares[0] != 0 || shares[shares.length - 1] != 1) {
            throw new IllegalArgumentException("knots must run from share 0 to share 1, one value each");
        }
        for (int i = 1; i < shares.length; i++) {
            if (shares[i] <= shares[i - 1]) {
                throw new IllegalArgumentException("knot shares must increase");
            }
        }
        this.shares = shares.clone();
        this.values = values.clone();
    }

    /**
     * The temperature when {@code share} of the budget is spent, of which the last {@code coolingShare} goes to
     * cooling (see {@link #coolingShare}).
     */
    static double temperature(double share, double coolingShare) {
        double settlingShare = 1 - coolingShare;
        return share < settlingShare
                ? SETTLING.at(share / settlingShare)
                : COOLING.at((share - settlingShare) / coolingShare);
    }

    /**
     * The share of the budget that cooling from 1,500 to 0 takes: {@code 8·n²} moves for {@code n} movable packages,
     * at least 5 % and at most 43 % of the moves the budget allows. The larger the plan, the more moves each package
     * needs to be polished: measured with one chain, s1 (190 movable packages) needs no more than 1,500 moves a
     * package (5 % of its 5 s), and longer cooling takes time from settling, where it finds its optimum (at 43 %, the
     * optimum in 77 of 200 runs of 4.5 s, at 5 % in 94 of 200 with the same seeds); m1 (1,425) loses 0.1 % at 30 s
     * when cooling gets 1,300 moves a package instead of 11,000. At 43 % the schedule is the one that cooled every
     * plan before (within a thousandth of the budget), which m1 and l1 keep within 5 and 30 s.
     */
    static double coolingShare(int movablePackages, double budgetMoves) {
        double cooling = COOLING_MOVES_PER_SQUARED_PACKAGE * movablePackages * movablePackages / budgetMoves;
        return Math.max(MIN_COOLING_SHARE, Math.min(MAX_COOLING_SHARE, cooling));
    }

    /** The value when {@code share} of the budget is spent; before it the first knot's, past it the last knot's. */
    double at(double share) {
        for (int i = 1; i < shares.length; i++) {
            if (share <= shares[i]) {
                double within = Math.max(0, share - shares[i - 1]) / (shares[i] - shares[i - 1]);
                return values[i - 1] + (values[i] - values[i - 1]) * within;
            }
        }
        return values[values.length - 1];
    }
}
