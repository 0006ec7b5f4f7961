package org.cbm.solver.solve;

/**
 * A setting of compact annealing that changes as its time budget is spent: piecewise linear between knots, each a
 * share of the budget and the setting's value there.
 */
final class AnnealingSchedule {

    /**
     * The temperature: a short hot start (5,000 to 2,500 in a tenth of the budget), slow cooling to 800, then a quench
     * to 0. As in the local search phase: a typical package is worth 10^4-10^5 points, stability and concentration
     * steps 10^2-10^3, so the search trades those small terms freely but rarely gives up coverage.
     *
     * <p>It spends most of the budget where a run settles which packages it assigns. On s1, continuing a run from
     * its state at 1,250 with other random moves always ends in the same plan, while from 2,500 it is still open;
     * above that the search only scrambles the start, below 800 it only polishes the plan it has settled on. Measured
     * at equal time (4.5 s, one chain, 200 runs each), this schedule reached s1's optimum in 35 runs, straight cooling
     * from 5,000 to 0 in 13.
     */
    static final AnnealingSchedule TEMPERATURE =
            new AnnealingSchedule(new double[] {0, 0.1, 0.9, 1}, new double[] {5000, 2500, 800, 0});

    /**
     * How many times stability (the previous pairs a plan does not keep) counts when the annealing accepts or rejects
     * a move: 3 at the start, falling to 1, the true score, by the quench. While a run settles which packages it
     * assigns, a previous pair's 1,000 points are small next to the temperature, so it settled on sets of packages
     * that could no longer keep some pairs; weighed three times, they take part in that choice. Measured on s1 as the
     * temperature above (4.5 s, one chain): the optimum in 75 runs of 200, unweighed in 58 of 300; with weights of
     * 2, 4 and 5 in 27, 45 and 31 of 100, but 4 cost m1 0.1 % within 5 s; weighing interest and concentration too
     * did no better.
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
