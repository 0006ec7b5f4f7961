package org.cbm.solver.instance;

/** World Bank income group: low, lower-middle, upper-middle and high income. */
public enum IncomeGroup {
    LIC,
    LMC,
    UMC,
    HIC
}
