package org.cbm.offer;

import java.time.LocalDate;
import java.util.Set;
import org.cbm.solver.instance.IncomeGroup;
import org.cbm.solver.instance.Region;
import org.cbm.solver.instance.Theme;

/**
 * An offer as the REST API shows it; {@code version} must be sent back with a change. Empty eligibility sets
 * mean every region / income group.
 */
public record OfferView(String id, Long version, String providerId, String title, String description,
        Set<Theme> themes, Set<String> languages, int capacityDays, LocalDate start, LocalDate end,
        Set<Region> eligibleRegions, Set<IncomeGroup> eligibleIncomeGroups, OfferStatus status) {

    static OfferView of(Offer offer) {
        return new OfferView(offer.id(), offer.version(), offer.providerId(), offer.title(), offer.description(),
                offer.themes(), offer.languages(), offer.capacityDays(), offer.start(), offer.end(),
                offer.eligibleRegions(), offer.eligibleIncomeGroups(), offer.status());
    }
}
