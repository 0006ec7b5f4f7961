package org.cbm.solver.instance;

/**
 * A recipient State's priority (1..3) from its development status, as the matching model defines it:
 * developing countries come first, least developed and low-income ones most.
 */
public final class PriorityWeight {

    public static final int MIN = 1;
    public static final int MAX = 3;

    private PriorityWeight() {
    }

    public static int of(IncomeGroup incomeGroup, boolean ldc, boolean lldc, boolean sids) {
        if (ldc || incomeGroup == IncomeGroup.LIC) {
            return 3;
        }
        if (lldc || sids || incomeGroup == IncomeGroup.LMC) {
            return 2;
        }
        return 1;
    }
}
