package org.cbm.plan;

/**
 * One reason, in the terms of the matching score, why the published plan pairs a work package with an offer. Each
 * is about the match's recipient State and provider; the views put it in words.
 */
public sealed interface ProposalReason {

    /** The offer passes every matching rule for the package: theme, language, period, eligibility. */
    record Fits() implements ProposalReason {
    }

    /** The State's requested expert-days that the plan covers, without and with this package (0 to 1). */
    record Coverage(double before, double after) implements ProposalReason {
    }

    /** The State's priority weight (2 or 3 of 3): developing countries come first. */
    record Priority(int weight) implements ProposalReason {
    }

    /** The provider marked interest in the request. */
    record Interest() implements ProposalReason {
    }

    /** The previous plan already had this pair. */
    record KeepsPrevious() implements ProposalReason {
    }

    /** The previous plan had another offer for this package. */
    record ReplacesPrevious() implements ProposalReason {
    }

    /** The provider's share of the State's requested expert-days in the plan, against the policy's cap. */
    record ProviderShare(double share, int capPercent, boolean overCap) implements ProposalReason {
    }
}
