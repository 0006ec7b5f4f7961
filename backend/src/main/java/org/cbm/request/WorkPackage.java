package org.cbm.request;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.cbm.solver.instance.Theme;
import org.cbm.validation.DatedWindow;
import org.cbm.validation.DistinctIds;
import org.cbm.validation.EndNotBeforeStart;
import org.cbm.validation.LanguageCode;
import org.cbm.validation.SortedCopy;

/**
 * One matchable unit of a request: a theme, the languages the experts must speak, the expert-days needed,
 * how urgent it is and the period in which the work should happen (inclusive dates).
 *
 * @param id      unique across all requests (the solver and matches refer to packages by it)
 * @param urgency 1 (low), 2 (medium) or 3 (high)
 */
@EndNotBeforeStart
public record WorkPackage(
        @NotBlank String id,
        @NotNull Theme theme,
        @NotEmpty Set<@NotNull @LanguageCode String> languages,
        @Positive int days,
        @Min(1) @Max(3) int urgency,
        @NotNull LocalDate start,
        @NotNull LocalDate end,
        @Size(max = 2000) String notes) implements DatedWindow, DistinctIds.Identified {

    public WorkPackage {
        languages = SortedCopy.of(languages);
    }

    /** Weighted need of the package, {@code urgency x days}: what it adds to its State's demand in the score. */
    public int weightedDays() {
        return urgency * days;
    }
}
