package org.cbm.organisation;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.cbm.solver.instance.IncomeGroup;
import org.cbm.solver.instance.PriorityWeight;
import org.cbm.solver.instance.Region;
import org.cbm.validation.LanguageCode;

/**
 * What the matching rules need to know of a UN member State: its UN M49 region, World Bank income group and
 * whether it is a least developed country, landlocked developing country or small island developing State.
 *
 * @param officialLanguages those of the UN languages and Portuguese that are official there (may be empty)
 */
public record StateProfile(
        @NotNull Region region,
        @NotNull IncomeGroup incomeGroup,
        boolean ldc,
        boolean lldc,
        boolean sids,
        @NotNull List<@LanguageCode String> officialLanguages) {

    /** The State's priority as a recipient, 1..3: least developed and low-income States come first. */
    public int priorityWeight() {
        return PriorityWeight.of(incomeGroup, ldc, lldc, sids);
    }

    public boolean isDeveloping() {
        return incomeGroup != IncomeGroup.HIC || ldc || lldc || sids;
    }
}
