package org.cbm.plan;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cbm.matching.Match;
import org.cbm.matching.MatchStatus;
import org.cbm.offer.Offer;
import org.cbm.offer.OfferStatus;
import org.cbm.organisation.Organisation;
import org.cbm.organisation.StateProfile;
import org.cbm.policy.MatchingPolicy;
import org.cbm.policy.PolicyValues;
import org.cbm.request.AssistanceRequest;
import org.cbm.request.InterestMark;
import org.cbm.request.RequestStatus;
import org.cbm.request.WorkPackage;
import org.cbm.solver.instance.Instance;
import org.cbm.solver.instance.PackageOfferPair;
import org.cbm.solver.instance.Policy;
import org.cbm.solver.instance.Provider;
import org.cbm.solver.instance.Recipient;
import org.cbm.veto.ProviderVetoService;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * The marketplace as a {@code cbm-instance/1}: the packages of published requests, the active offers, the
 * confirmed matches as pinned pairs, declined pairs, the open proposals of the published plan as previous pairs,
 * the providers each recipient State vetoed, and the current policy. Packages and offers of confirmed matches are
 * included even when their request or offer has since closed, so that the days they hold still count against the
 * offer's capacity.
 */
@Component
class InstanceSnapshot {

    private final MongoOperations mongo;
    private final ProviderVetoService providerVetoes;

    InstanceSnapshot(MongoOperations mongo, ProviderVetoService providerVetoes) {
        this.mongo = mongo;
        this.providerVetoes = providerVetoes;
    }

    Instance take(String instanceId, MatchingPolicy policy) {
        List<Match> matches = mongo.find(query(where("status").ne(MatchStatus.WITHDRAWN)), Match.class);
        List<Match> committed = matches.stream().filter(match -> match.status().isCommitted()).toList();

        List<AssistanceRequest> requests = mongo.find(query(new Criteria()
                .orOperator(where("status").is(RequestStatus.PUBLISHED),
                        where("_id").in(ids(committed, pair -> pair.requestId())))), AssistanceRequest.class);
        Set<String> committedPackages = ids(committed, Match.Pair::packageId);
        Map<String, WorkPackage> packages = new LinkedHashMap<>();
        Map<String, AssistanceRequest> requestOfPackage = new LinkedHashMap<>();
        for (AssistanceRequest request : requests) {
            for (WorkPackage workPackage : request.packages()) {
                if (request.status() == RequestStatus.PUBLISHED || committedPackages.contains(workPackage.id())) {
                    packages.put(workPackage.id(), workPackage);
                    requestOfPackage.put(workPackage.id(), request);
                }
            }
        }

        Map<String, Offer> offers = mongo.find(query(new Criteria()
                        .orOperator(where("status").is(OfferStatus.ACTIVE), where("_id").in(ids(committed, Match.Pair::offerId)))),
                Offer.class).stream().collect(Collectors.toMap(Offer::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));

        Set<String> organisationIds = new TreeSet<>();
        requestOfPackage.values().forEach(request -> organisationIds.add(request.recipientId()));
        offers.values().forEach(offer -> organisationIds.add(offer.providerId()));
        Map<String, Organisation> organisations = mongo.find(query(where("_id").in(organisationIds)), Organisation.class)
                .stream().collect(Collectors.toMap(Organisation::id, Function.identity()));

        List<Provider> providers = offers.values().stream().map(Offer::providerId).distinct().sorted()
                .map(organisations::get).map(organisation -> new Provider(organisation.id(), organisation.name(), organisation.kind()))
                .toList();
        List<PackageOfferPair> pinned = pairs(committed, packages.keySet(), offers.keySet());
        Vetoes vetoes = vetoes(providers, pinned, packages.values(), requestOfPackage, offers.values());
        List<Recipient> recipients = requestOfPackage.values().stream().map(AssistanceRequest::recipientId).distinct()
                .sorted().map(organisations::get)
                .map(state -> recipient(state, vetoes.vetoedProviders().getOrDefault(state.id(), Set.of()))).toList();
        Set<PackageOfferPair> declined = new LinkedHashSet<>(pairs(matches.stream()
                .filter(match -> match.status() == MatchStatus.DECLINED).toList(), packages.keySet(), offers.keySet()));
        declined.addAll(vetoes.declined());

        return new Instance(instanceId, policy(policy.values()), recipients, providers,
                offers.values().stream().map(InstanceSnapshot::offer).toList(),
                packages.values().stream().map(workPackage -> workPackage(workPackage, requestOfPackage.get(workPackage.id()))).toList(),
                pinned, List.copyOf(declined),
                pairs(matches.stream().filter(match -> match.status().isOpenProposal()).toList(), packages.keySet(), offers.keySet()));
    }

    /**
     * The States' vetoes as the solver takes them: the vetoed providers of each State among those of the instance
     * (it knows no others), and declined pairs where a vetoed provider has a confirmed match with the State. Such a
     * match stands, and a pinned pair may not break the veto rule; so that provider is not vetoed for the State
     * but each of its offers is declined for the State's other packages.
     */
    private record Vetoes(Map<String, Set<String>> vetoedProviders, List<PackageOfferPair> declined) {
    }

    private Vetoes vetoes(List<Provider> providers, List<PackageOfferPair> pinned, Collection<WorkPackage> packages,
            Map<String, AssistanceRequest> requestOfPackage, Collection<Offer> offers) {
        Set<String> providerIds = providers.stream().map(Provider::id).collect(Collectors.toSet());
        Map<String, String> providerOfOffer = offers.stream().collect(Collectors.toMap(Offer::id, Offer::providerId));
        Set<String> pinnedPackages = pinned.stream().map(PackageOfferPair::packageId).collect(Collectors.toSet());
        Map<String, Set<String>> confirmedProviders = new LinkedHashMap<>();
        pinned.forEach(pair -> confirmedProviders.computeIfAbsent(
                requestOfPackage.get(pair.packageId()).recipientId(), state -> new TreeSet<>())
                .add(providerOfOffer.get(pair.offerId())));

        Map<String, Set<String>> vetoedProviders = new LinkedHashMap<>();
        List<PackageOfferPair> declined = new ArrayList<>();
        providerVetoes.all().forEach((stateId, vetoed) -> {
            Set<String> known = new TreeSet<>(vetoed);
            known.retainAll(providerIds);
            Set<String> confirmed = confirmedProviders.getOrDefault(stateId, Set.of());
            vetoedProviders.put(stateId, known.stream().filter(provider -> !confirmed.contains(provider))
                    .collect(Collectors.toCollection(TreeSet::new)));
            // Usually none: only a vetoed provider with a confirmed match has offers to decline one by one.
            List<Offer> declinedOffers = offers.stream()
                    .filter(offer -> known.contains(offer.providerId()) && confirmed.contains(offer.providerId()))
                    .toList();
            if (declinedOffers.isEmpty()) {
                return;
            }
            for (WorkPackage workPackage : packages) {
                if (requestOfPackage.get(workPackage.id()).recipientId().equals(stateId)
                        && !pinnedPackages.contains(workPackage.id())) {
                    declinedOffers.forEach(offer -> declined.add(new PackageOfferPair(workPackage.id(), offer.id())));
                }
            }
        });
        return new Vetoes(vetoedProviders, declined);
    }

    private static Recipient recipient(Organisation state, Set<String> vetoedProviders) {
        StateProfile profile = state.stateProfile();
        return new Recipient(state.id(), state.name(), profile.region(), profile.incomeGroup(), profile.priorityWeight(),
                List.copyOf(vetoedProviders));
    }

    private static org.cbm.solver.instance.Offer offer(Offer offer) {
        return new org.cbm.solver.instance.Offer(offer.id(), offer.providerId(), offer.capacityDays(), offer.themes(),
                List.copyOf(offer.languages()), offer.start(), offer.end(),
                offer.eligibleRegions().isEmpty() ? null : offer.eligibleRegions(),
                offer.eligibleIncomeGroups().isEmpty() ? null : offer.eligibleIncomeGroups());
    }

    private static org.cbm.solver.instance.WorkPackage workPackage(WorkPackage workPackage, AssistanceRequest request) {
        return new org.cbm.solver.instance.WorkPackage(workPackage.id(), request.id(), request.recipientId(),
                workPackage.theme(), List.copyOf(workPackage.languages()), workPackage.days(), workPackage.urgency(),
                workPackage.start(), workPackage.end(),
                request.interest().stream().map(InterestMark::providerId).distinct().toList());
    }

    private static Policy policy(PolicyValues values) {
        return new Policy(values.tierWeights(), values.concentrationCapPercent(), values.concentrationPenalty(),
                values.stabilityPenalty(), values.interestBonus());
    }

    /** The pairs of these matches whose package and offer are both in the instance. */
    private static List<PackageOfferPair> pairs(Collection<Match> matches, Set<String> packageIds, Set<String> offerIds) {
        List<PackageOfferPair> pairs = new ArrayList<>();
        for (Match match : matches) {
            Match.Pair pair = match.pair();
            if (packageIds.contains(pair.packageId()) && offerIds.contains(pair.offerId())) {
                pairs.add(new PackageOfferPair(pair.packageId(), pair.offerId()));
            }
        }
        return pairs.stream().distinct().toList();
    }

    private static Set<String> ids(Collection<Match> matches, Function<Match.Pair, String> id) {
        return matches.stream().map(match -> id.apply(match.pair())).collect(Collectors.toSet());
    }
}
