package org.cbm.solver.instance;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Decides the static rules 2-7 for (package, offer) pairs of one instance. */
public final class Compatibility {

    private final Map<String, Recipient> recipients = new HashMap<>();
    private final Set<PackageOfferPair> declined;

    public Compatibility(Instance instance) {
        instance.recipients().forEach(recipient -> recipients.put(recipient.id(), recipient));
        declined = new HashSet<>(instance.declined());
    }

    public boolean isCompatible(WorkPackage workPackage, Offer offer) {
        return firstBrokenRuleOrNull(workPackage, offer) == null;
    }

    /** The first rule (in the spec's order) that forbids the pair, empty when the pair is allowed. */
    public Optional<PairRule> firstBrokenRule(WorkPackage workPackage, Offer offer) {
        return Optional.ofNullable(firstBrokenRuleOrNull(workPackage, offer));
    }

    // Returns null rather than Optional: this runs for every (package, offer) pair, 30 million on l1.
    private PairRule firstBrokenRuleOrNull(WorkPackage workPackage, Offer offer) {
        if (!offer.themes().contains(workPackage.theme())) {
            return PairRule.THEME;
        }
        if (!shareALanguage(workPackage.languages(), offer.languages())) {
            return PairRule.LANGUAGE;
        }
        if (workPackage.start().isAfter(offer.end()) || offer.start().isAfter(workPackage.end())) {
            return PairRule.TIME;
        }
        Recipient recipient = recipients.get(workPackage.recipientId());
        if ((offer.eligibleRegions() != null && !offer.eligibleRegions().contains(recipient.region()))
                || (offer.eligibleIncomeGroups() != null
                && !offer.eligibleIncomeGroups().contains(recipient.incomeGroup()))) {
            return PairRule.ELIGIBILITY;
        }
        if (offer.providerId().equals(recipient.id()) || recipient.vetoedProviders().contains(offer.providerId())) {
            return PairRule.VETO;
        }
        if (declined.contains(new PackageOfferPair(workPackage.id(), offer.id()))) {
            return PairRule.DECLINED;
        }
        return null;
    }

    private static boolean shareALanguage(List<String> left, List<String> right) {
        for (String language : left) {
            if (right.contains(language)) {
                return true;
            }
        }
        return false;
    }
}
