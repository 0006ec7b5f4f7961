package org.cbm.plan;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One reason, in the terms of the matching score, why the published plan pairs a work package with an offer. Each
 * is about the match's recipient State and provider; the views put it in words. In JSON, {@code kind} names it.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ProposalReason.Fits.class, name = "FITS"),
        @JsonSubTypes.Type(value = ProposalReason.Coverage.class, name = "COVERAGE"),
        @JsonSubTypes.Type(value = ProposalReason.Priority.class, name = "PRIORITY"),
        @JsonSubTypes.Type(value = ProposalReason.Interest.class, name = "INTEREST"),
        @JsonSubTypes.Type(value = ProposalReason.KeepsPrevious.class, name = "KEEPS_PREVIOUS"),
        @JsonSubTypes.Type(value = ProposalReason.ReplacesPrevious.class, name = "REPLACES_PREVIOUS"),
        @JsonSubTypes.Type(value = ProposalReason.ProviderShare.class, name = "PROVIDER_SHARE")})
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
