package org.cbm.matching;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** Who declined a proposal and why; the pair is then never proposed again. */
public record Decline(@NotNull Side side, @NotBlank String declinedBy, @NotBlank @Size(max = 2000) String reason,
        @NotNull Instant at) {
}
