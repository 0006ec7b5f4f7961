package org.cbm.request;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** A provider's signal that it would like to help with a published request; it counts in the matching score. */
public record InterestMark(@NotBlank String providerId, @NotBlank String markedBy, @NotNull Instant markedAt) {
}
