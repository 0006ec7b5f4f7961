package org.cbm.solver.instance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks that an instance is consistent enough to be solved: ids exist and are unique, numbers are in range,
 * windows are not reversed, and the pinned pairs (which a plan must keep) are themselves allowed by the hard rules.
 * Every problem is one line naming the element, its id and the field.
 */
public final class InstanceValidator {

    private InstanceValidator() {
    }

    public static List<String> problems(Instance instance) {
        List<String> problems = new ArrayList<>();
        new Checks(instance, problems).run();
        return problems;
    }

    private static final class Checks {

        private final Instance instance;
        private final List<String> problems;
        private final Map<String, Recipient> recipients;
        private final Map<String, Provider> providers;
        private final Map<String, Offer> offers;
        private final Map<String, WorkPackage> packages;

        Checks(Instance instance, List<String> problems) {
            this.instance = instance;
            this.problems = problems;
            recipients = uniqueById("recipient", instance.recipients(), Recipient::id);
            providers = uniqueById("provider", instance.providers(), Provider::id);
            offers = uniqueById("offer", instance.offers(), Offer::id);
            packages = uniqueById("package", instance.packages(), WorkPackage::id);
        }

        void run() {
            checkPolicy(instance.policy());
            instance.recipients().forEach(this::checkRecipient);
            instance.offers().forEach(this::checkOffer);
            instance.packages().forEach(this::checkPackage);
            List<PackageOfferPair> knownPinned = knownPairs("pinned", instance.pinned());
            List<PackageOfferPair> knownDeclined = knownPairs("declined", instance.declined());
            List<PackageOfferPair> knownPrevious = knownPairs("previous", instance.previous());
            packageAtMostOnce("pinned", knownPinned);
            packageAtMostOnce("previous", knownPrevious);
            if (problems.isEmpty()) {
                checkPinnedPairsAreAllowed(knownPinned, new HashSet<>(knownDeclined));
            }
        }

        private <T> Map<String, T> uniqueById(String kind, List<T> elements, Function<T, String> id) {
            Map<String, T> byId = new HashMap<>();
            for (T element : elements) {
                String key = id.apply(element);
                if (key == null || key.isBlank()) {
                    problems.add(kind + " without an id: field 'id' is missing");
                } else if (byId.putIfAbsent(key, element) != null) {
                    problems.add(kind + " '" + key + "': duplicate id, field 'id' must be unique among " + kind + "s");
                }
            }
            return byId;
        }

        private void checkPolicy(Policy policy) {
            List<Integer> tiers = policy.tierWeights();
            if (tiers.size() != Policy.TIERS) {
                problems.add("policy: field 'tierWeights' must hold " + Policy.TIERS + " weights, found " + tiers);
            } else {
                for (int k = 0; k < tiers.size(); k++) {
                    if (tiers.get(k) < 0 || (k > 0 && tiers.get(k) > tiers.get(k - 1))) {
                        problems.add("policy: field 'tierWeights' must be non-negative and non-increasing, found "
                                + tiers);
                        break;
                    }
                }
            }
            if (policy.concentrationCapPercent() < 0 || policy.concentrationCapPercent() > 100) {
                problems.add("policy: field 'concentrationCapPercent' is " + policy.concentrationCapPercent()
                        + ", must be 0..100");
            }
            nonNegative("policy", "concentrationPenalty", policy.concentrationPenalty());
            nonNegative("policy", "stabilityPenalty", policy.stabilityPenalty());
            nonNegative("policy", "interestBonus", policy.interestBonus());
        }

        private void checkRecipient(Recipient recipient) {
            String label = "recipient '" + recipient.id() + "'";
            present(label, "region", recipient.region());
            present(label, "incomeGroup", recipient.incomeGroup());
            if (recipient.weight() < PriorityWeight.MIN || recipient.weight() > PriorityWeight.MAX) {
                problems.add(label + ": field 'weight' is " + recipient.weight() + ", must be "
                        + PriorityWeight.MIN + ".." + PriorityWeight.MAX);
            }
            for (String vetoed : recipient.vetoedProviders()) {
                knownProvider(label, "vetoedProviders", vetoed);
            }
        }

        private void checkOffer(Offer offer) {
            String label = "offer '" + offer.id() + "'";
            knownProvider(label, "providerId", offer.providerId());
            nonNegative(label, "capacityDays", offer.capacityDays());
            if (offer.themes().isEmpty()) {
                problems.add(label + ": field 'themes' must not be empty");
            }
            if (offer.languages().isEmpty()) {
                problems.add(label + ": field 'languages' must not be empty");
            }
            window(label, offer.start(), offer.end());
        }

        private void checkPackage(WorkPackage workPackage) {
            String label = "package '" + workPackage.id() + "'";
            present(label, "requestId", workPackage.requestId());
            present(label, "theme", workPackage.theme());
            if (workPackage.recipientId() == null || !recipients.containsKey(workPackage.recipientId())) {
                problems.add(label + ": field 'recipientId' names unknown recipient '" + workPackage.recipientId() + "'");
            }
            if (workPackage.languages().isEmpty()) {
                problems.add(label + ": field 'languages' must not be empty");
            }
            if (workPackage.days() <= 0) {
                problems.add(label + ": field 'days' is " + workPackage.days() + ", must be > 0");
            }
            if (workPackage.urgency() < 1 || workPackage.urgency() > 3) {
                problems.add(label + ": field 'urgency' is " + workPackage.urgency() + ", must be 1..3");
            }
            window(label, workPackage.start(), workPackage.end());
            for (String interested : workPackage.interestedProviders()) {
                knownProvider(label, "interestedProviders", interested);
            }
        }

        private List<PackageOfferPair> knownPairs(String field, List<PackageOfferPair> pairs) {
            List<PackageOfferPair> known = new ArrayList<>();
            for (PackageOfferPair pair : pairs) {
                String label = field + " pair (" + pair.packageId() + ", " + pair.offerId() + ")";
                boolean ok = true;
                if (!packages.containsKey(pair.packageId())) {
                    problems.add(label + ": field 'packageId' names unknown package '" + pair.packageId() + "'");
                    ok = false;
                }
                if (!offers.containsKey(pair.offerId())) {
                    problems.add(label + ": field 'offerId' names unknown offer '" + pair.offerId() + "'");
                    ok = false;
                }
                if (ok) {
                    known.add(pair);
                }
            }
            return known;
        }

        private void packageAtMostOnce(String field, List<PackageOfferPair> pairs) {
            Set<String> seen = new HashSet<>();
            for (PackageOfferPair pair : pairs) {
                if (!seen.add(pair.packageId())) {
                    problems.add(field + ": package '" + pair.packageId()
                            + "' is listed more than once, a package goes to at most one offer");
                }
            }
        }

        private void checkPinnedPairsAreAllowed(List<PackageOfferPair> pinned, Set<PackageOfferPair> declined) {
            Compatibility compatibility = new Compatibility(instance);
            Map<String, Integer> pinnedDays = new LinkedHashMap<>();
            for (PackageOfferPair pair : pinned) {
                WorkPackage workPackage = packages.get(pair.packageId());
                Offer offer = offers.get(pair.offerId());
                compatibility.firstBrokenRule(workPackage, offer).ifPresent(rule -> problems.add(
                        "pinned pair (" + pair.packageId() + ", " + pair.offerId() + "): breaks the "
                                + rule.name().toLowerCase() + " rule"
                                + (declined.contains(pair) ? " (the pair is also listed in 'declined')" : "")));
                pinnedDays.merge(offer.id(), workPackage.days(), Integer::sum);
            }
            pinnedDays.forEach((offerId, days) -> {
                int capacity = offers.get(offerId).capacityDays();
                if (days > capacity) {
                    problems.add("pinned pairs of offer '" + offerId + "': " + days
                            + " pinned days exceed its field 'capacityDays' " + capacity);
                }
            });
        }

        private void knownProvider(String label, String field, String providerId) {
            if (providerId == null || !providers.containsKey(providerId)) {
                problems.add(label + ": field '" + field + "' names unknown provider '" + providerId + "'");
            }
        }

        private void window(String label, java.time.LocalDate start, java.time.LocalDate end) {
            present(label, "start", start);
            present(label, "end", end);
            if (start != null && end != null && end.isBefore(start)) {
                problems.add(label + ": field 'end' " + end + " is before field 'start' " + start);
            }
        }

        private void present(String label, String field, Object value) {
            if (value == null) {
                problems.add(label + ": field '" + field + "' is missing");
            }
        }

        private void nonNegative(String label, String field, int value) {
            if (value < 0) {
                problems.add(label + ": field '" + field + "' is " + value + ", must be >= 0");
            }
        }
    }
}
