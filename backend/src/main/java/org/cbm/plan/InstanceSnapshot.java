package org.cbm.plan;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
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
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * The marketplace as a {@code cbm-instance/1}: the packages of published requests, the active offers, the
 * confirmed matches as pinned pairs, declined pairs, the open proposals of the published plan as previous pairs,
 * and the current policy. Packages and offers of confirmed matches are included even when their request or offer
 * has since closed, so that the days they hold still count against the offer's capacity.
 */
@Component
class InstanceSnapshot {

    private final MongoOperations mongo;

    InstanceSnapshot(MongoOperations mongo) {
        this.mongo = mongo;
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

        List<Recipient> recipients = requestOfPackage.values().stream().map(AssistanceRequest::recipientId).distinct()
                .sorted().map(organisations::get).map(InstanceSnapshot::recipient).toList();
        List<Provider> providers = offers.values().stream().map(Offer::providerId).distinct().sorted()
                .map(organisations::get).map(organisation -> new Provider(organisation.id(), organisation.name(), organisation.kind()))
                .toList();

        return new Instance(instanceId, policy(policy.values()), recipients, providers,
                offers.values().stream().map(InstanceSnapshot::offer).toList(),
                packages.values().stream().map(workPackage -> workPackage(workPackage, requestOfPackage.get(workPackage.id()))).toList(),
                pairs(committed, packages.keySet(), offers.keySet()),
                pairs(matches.stream().filter(match -> match.status() == MatchStatus.DECLINED).toList(), packages.keySet(), offers.keySet()),
                pairs(matches.stream().filter(match -> match.status().isOpenProposal()).toList(), packages.keySet(), offers.keySet()));
    }

    private static Recipient recipient(Organisation state) {
        StateProfile profile = state.stateProfile();
        return new Recipient(state.id(), state.name(), profile.region(), profile.incomeGroup(), profile.priorityWeight(), List.of());
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
