package org.cbm.matching;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cbm.audit.AuditLog;
import org.cbm.offer.Offer;
import org.cbm.offer.OfferClosed;
import org.cbm.offer.OfferStatus;
import org.cbm.request.AssistanceRequest;
import org.cbm.request.RequestStatus;
import org.cbm.request.RequestWithdrawn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Withdraws open proposals whose request is no longer published or whose offer is no longer active: at once
 * when a request is withdrawn or an offer closed, and in a periodic sweep that catches whatever a stop between
 * the two writes left behind (each withdrawal is its own single-document write).
 */
@Component
class ProposalWithdrawal {

    private static final Logger log = LoggerFactory.getLogger(ProposalWithdrawal.class);
    private static final List<MatchStatus> OPEN = MatchStatus.openProposals();

    private final MongoOperations mongo;
    private final MatchRepository matches;
    private final AuditLog auditLog;
    private final Clock clock;

    ProposalWithdrawal(MongoOperations mongo, MatchRepository matches, AuditLog auditLog, Clock clock) {
        this.mongo = mongo;
        this.matches = matches;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @EventListener
    void onRequestWithdrawn(RequestWithdrawn event) {
        withdrawOpen(where("requestId").is(event.requestId()), "request withdrawn");
    }

    @EventListener
    void onOfferClosed(OfferClosed event) {
        withdrawOpen(where("offerId").is(event.offerId()), "offer closed");
    }

    /** Withdraws the open proposals of every request that is not published and every offer that is not active. */
    @Scheduled(fixedDelayString = "${cbm.matching.reconcile-interval:PT10M}", initialDelayString = "PT1M")
    int reconcile() {
        List<Match> open = matches.findByStatusIn(OPEN);
        Set<String> requestIds = open.stream().map(match -> match.pair().requestId()).collect(Collectors.toSet());
        Set<String> offerIds = open.stream().map(match -> match.pair().offerId()).collect(Collectors.toSet());
        Set<String> publishedRequests = ids(AssistanceRequest.class, requestIds, where("status").is(RequestStatus.PUBLISHED));
        Set<String> activeOffers = ids(Offer.class, offerIds, where("status").is(OfferStatus.ACTIVE));
        return withdrawOpen(new Criteria().orOperator(where("requestId").nin(publishedRequests),
                where("offerId").nin(activeOffers)), "request or offer no longer open");
    }

    private Set<String> ids(Class<?> type, Collection<String> ids, Criteria status) {
        return Set.copyOf(mongo.findDistinct(query(where("_id").in(ids).andOperator(status)), "_id", type, String.class));
    }

    private int withdrawOpen(Criteria which, String why) {
        int withdrawn = 0;
        for (Match match : mongo.find(query(where("status").in(OPEN).andOperator(which)), Match.class)) {
            try {
                MatchStatus before = match.status();
                match.withdraw(clock.instant());
                matches.save(match);
                auditLog.record(AuditLog.SYSTEM, "Match", match.id(), "WITHDRAW", before.name(), "WITHDRAWN (" + why + ")");
                withdrawn++;
            } catch (OptimisticLockingFailureException e) {
                log.info("Match {} changed while being withdrawn ({}); the next sweep looks at it again", match.id(), why);
            }
        }
        return withdrawn;
    }
}
