package org.cbm.solver.solve;

/**
 * The temperature of compact annealing as its time budget is spent: piecewise linear between knots, each a share of
 * the budget and the temperature reached there.
 *
 * <p>{@link #DEFAULT} spends most of the budget where a run settles which packages it assigns. On s1, continuing a
 * run from its state at 1,250 with other random moves always ends in the same plan, while from 2,500 it is still
 * open; above that the search only scrambles the start, below 800 it only polishes the plan it has settled on.
 * Measured at equal time (4.5 s, one chain, 200 runs each), this schedule reached s1's optimum in 35 runs, straight
 * cooling from 5,000 to 0 in 13.
 */
final class CoolingSchedule {

    /**
     * A short hot start (5,000 to 2,500 in a tenth of the budget), slow cooling to 800, then a quench to 0. As in the
     * local search phase: a typical package is worth 10^4-10^5 points, stability and concentration steps 10^2-10^3,
     * so the search trades those small terms freely but rarely gives up coverage.
     */
    static final CoolingSchedule DEFAULT =
            new CoolingSchedule(new double[] {0, 0.1, 0.9, 1}, new double[] {5000, 2500, 800, 0});

    private final double[] shares;
    private final double[] temperatures;

    CoolingSchedule(double[] shares, double[] temperatures) {
        if (shares.length < 2 || shares.length != temperatures.length || shares[0] != 0
                || shares[shares.length - 1] != 1) {
            throw new IllegalArgumentException("knots must run from share 0 to share 1, one temperature each");
        }
        for (int i = 1; i < shares.length; i++) {
            if (shares[i] <= shares[i - 1]) {
                throw new IllegalArgumentException("knot shares must increase");
            }
        }
        this.shares = shares.clone();
        this.temperatures = temperatures.clone();
    }

    /** The temperature when {@code share} of the budget is spent; past the budget, the last knot's. */
    double temperatureAt(double share) {
        for (int i = 1; i < shares.length; i++) {
            if (share <= shares[i]) {
                double within = Math.max(0, share - shares[i - 1]) / (shares[i] - shares[i - 1]);
                return temperatures[i - 1] + (temperatures[i] - temperatures[i - 1]) * within;
            }
        }
        return temperatures[temperatures.length - 1];
    }
}
