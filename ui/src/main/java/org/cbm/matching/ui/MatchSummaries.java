package org.cbm.matching.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cbm.account.Actor;
import org.cbm.account.CurrentActor;
import org.cbm.matching.Match;
import org.cbm.matching.MatchService;
import org.cbm.matching.MatchStatus;
import org.cbm.matching.Side;
import org.cbm.offer.OfferService;
import org.cbm.organisation.Organisation;
import org.cbm.organisation.OrganisationDirectory;
import org.cbm.request.AssistanceRequest;
import org.cbm.request.RequestService;
import org.cbm.request.WorkPackage;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * The matches of the signed-in user's organisation, each described with its parties, request, package and offer,
 * read through the services (which decide what the user may see).
 */
@Component
class MatchSummaries {

    private final MatchService matches;
    private final RequestService requests;
    private final OfferService offers;
    private final OrganisationDirectory organisations;
    private final CurrentActor currentActor;

    MatchSummaries(MatchService matches, RequestService requests, OfferService offers,
            OrganisationDirectory organisations, CurrentActor currentActor) {
        this.matches = matches;
        this.requests = requests;
        this.offers = offers;
        this.organisations = organisations;
        this.currentActor = currentActor;
    }

    /** The matches in these statuses where the user's organisation is a party in a role the user has. */
    List<MatchSummary> inStatus(Collection<MatchStatus> statuses, Locale locale) {
        Actor actor = currentActor.require();
        List<Match> found = matches.list(MatchService.MatchFilter.inStatus(statuses), Pageable.unpaged()).getContent();
        Map<String, Organisation> parties = organisations.findAll(found.stream()
                .flatMap(match -> Stream.of(match.pair().recipientId(), match.pair().providerId()))
                .toList());
        // One query each for the requests and the offers' titles; what the user may not see stays out.
        Map<String, AssistanceRequest> requestsById = requests.visible(found.stream()
                .map(match -> match.pair().requestId()).collect(Collectors.toSet()));
        Map<String, String> offerTitles = offers.titles(found.stream()
                .map(match -> match.pair().offerId()).collect(Collectors.toSet()));
        List<MatchSummary> summaries = new ArrayList<>();
        for (Match match : found) {
            Optional<Side> side = MatchService.sideOf(match, actor);
            if (side.isEmpty()) {
                continue;
            }
            Match.Pair pair = match.pair();
            Optional<AssistanceRequest> request = Optional.ofNullable(requestsById.get(pair.requestId()));
            summaries.add(new MatchSummary(match, side.get(), name(parties, pair.recipientId(), locale),
                    name(parties, pair.providerId(), locale), request.map(AssistanceRequest::title).orElse(null),
                    request.flatMap(r -> packageOf(r, pair.packageId())).orElse(null),
                    offerTitles.get(pair.offerId())));
        }
        return summaries;
    }

    private static Optional<WorkPackage> packageOf(AssistanceRequest request, String packageId) {
        return request.packages().stream().filter(p -> p.id().equals(packageId)).findFirst();
    }

    private static String name(Map<String, Organisation> organisations, String id, Locale locale) {
        Organisation organisation = organisations.get(id);
        return organisation == null ? id : organisation.name(locale);
    }
}
