package org.cbm.solver.instance;

import java.util.List;

/** A {@code cbm-instance/1}: everything the matching model needs to decide and score a plan. */
public record Instance(String id, Policy policy, List<Recipient> recipients, List<Provider> providers,
                       List<Offer> offers, List<WorkPackage> packages, List<PackageOfferPair> pinned,
                       List<PackageOfferPair> declined, List<PackageOfferPair> previous) {

    public static final String FORMAT = "cbm-instance/1";

    public Instance {
        policy = policy == null ? Policy.DEFAULT : policy;
        recipients = List.copyOf(recipients);
        providers = List.copyOf(providers);
        offers = List.copyOf(offers);
        packages = List.copyOf(packages);
        pinned = pinned == null ? List.of() : List.copyOf(pinned);
        declined = declined == null ? List.of() : List.copyOf(declined);
        previous = previous == null ? List.of() : List.copyOf(previous);
    }
}
