package org.cbm.request;

import java.util.Locale;
import org.cbm.organisation.PriorityGroup;
import org.cbm.solver.instance.IncomeGroup;
import org.cbm.solver.instance.Region;
import org.cbm.solver.instance.Theme;

/**
 * What a provider looks for in the marketplace; every filter is optional ({@code null} means any) and the given ones
 * must all hold.
 *
 * @param theme         a work package of the request has this theme
 * @param region        the requesting State lies in this UN M49 region
 * @param language      a work package of the request may be delivered in this language (ISO 639-1, e.g. "fr")
 * @param urgency       a work package of the request has this urgency, 1 (low) to 3 (high)
 * @param incomeGroup   the requesting State is in this World Bank income group
 * @param priorityGroup the requesting State is a least developed, landlocked developing or small island State
 * @param text          the request's title or description contains this text, whatever the case
 */
public record MarketplaceQuery(Theme theme, Region region, String language, Integer urgency, IncomeGroup incomeGroup,
        PriorityGroup priorityGroup, String text) {

    /** No filter: every published request. */
    public static final MarketplaceQuery ANY = new MarketplaceQuery(null, null, null, null, null, null, null);

    public MarketplaceQuery {
        // Blank text from a cleared search field means "any", not "contains nothing".
        language = language == null || language.isBlank() ? null : language.strip().toLowerCase(Locale.ROOT);
        text = text == null || text.isBlank() ? null : text.strip();
    }

    /** Whether the query says something about the work packages (then one package must match all of it). */
    boolean filtersPackages() {
        return theme != null || language != null || urgency != null;
    }

    /** Whether the query says something about the requesting State. */
    boolean filtersStates() {
        return region != null || incomeGroup != null || priorityGroup != null;
    }
}
