package org.cbm.matching;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** The recipient's report on delivered assistance: a rating from 1 (poor) to 5 (excellent) and a comment. */
public record Completion(@Min(1) @Max(5) int rating, @Size(max = 4000) String comment, @NotBlank String reportedBy,
        @NotNull Instant at) {
}
