package org.cbm.policy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One version of the matching policy. A change never edits a version: it adds the next one, so every plan can
 * name the exact weights it was solved with. The unique version number makes two simultaneous changes collide
 * instead of both becoming "version n+1".
 */
@Document("policies")
public record MatchingPolicy(
        @Id String id,
        @Positive @Indexed(unique = true) int policyVersion,
        @NotNull @Valid PolicyValues values,
        @NotNull Instant createdAt,
        @NotBlank String createdBy,
        @Size(max = 2000) String note) {

    /** A one-line description for the audit trail, e.g. "v2: tiers [4, 3, 2, 1], cap 40 %, ...". */
    public String summary() {
        return "v" + policyVersion + ": tiers " + values.tierWeights() + ", cap " + values.concentrationCapPercent()
                + " %, concentration penalty " + values.concentrationPenalty() + ", stability penalty "
                + values.stabilityPenalty() + ", interest bonus " + values.interestBonus();
    }
}
