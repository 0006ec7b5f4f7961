package org.cbm.solver.instance;

/**
 * The static hard rules 2-7 of the spec, in the spec's order: whether a package may ever go to an offer,
 * whatever else the plan holds. Capacity (8) and pinning (9) depend on the whole plan and are not here.
 */
public enum PairRule {
    THEME("no offer with its theme"),
    LANGUAGE("no offer in its language"),
    TIME("no offer in its time window"),
    ELIGIBILITY("no offer it is eligible for"),
    VETO("only offers of vetoed providers or its own State"),
    DECLINED("only declined offers");

    private final String reasonWhenNoOfferPasses;

    PairRule(String reasonWhenNoOfferPasses) {
        this.reasonWhenNoOfferPasses = reasonWhenNoOfferPasses;
    }

    /** How to tell a person that this rule is the furthest any offer got for a package. */
    public String reasonWhenNoOfferPasses() {
        return reasonWhenNoOfferPasses;
    }
}
