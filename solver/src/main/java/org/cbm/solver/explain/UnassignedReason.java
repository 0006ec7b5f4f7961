package org.cbm.solver.explain;

/** Why no offer took a package: the furthest any offer got through the hard rules, as check_plan.py classifies. */
public enum UnassignedReason {
    NO_THEME_MATCH("no offer with its theme"),
    NO_LANGUAGE_MATCH("no offer with its theme in one of its languages"),
    NO_TIME_MATCH("no offer matching theme and language overlaps its time window"),
    NO_ELIGIBILITY_MATCH("every offer matching theme, language and time excludes its region or income group"),
    VETOED("only offers of providers it vetoed (or its own State's offers) match"),
    DECLINED("only offers in declined pairs match"),
    ALL_COMPATIBLE_FULL("every compatible offer is full"),
    AN_OFFER_HAS_ROOM("a compatible offer has room, but the plan scores higher without this package");

    private final String description;

    UnassignedReason(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
