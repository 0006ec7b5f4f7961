package org.cbm.plan;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cbm.audit.AuditLog;
import org.cbm.matching.Match;
import org.cbm.matching.MatchStatus;
import org.cbm.problem.ConflictException;
import org.cbm.solver.instance.Instance;
import org.cbm.solver.instance.InstanceJson;
import org.cbm.solver.instance.InvalidInstanceException;
import org.cbm.solver.instance.Offer;
import org.cbm.solver.instance.PackageOfferPair;
import org.cbm.solver.instance.WorkPackage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes a draft plan: first the pointer to the published plan moves (one atomic write, refused if another
 * plan was published since the draft's run started), then the plan's pairs become proposals: new pairs are
 * proposed, open proposals that the plan drops are withdrawn. That second step is idempotent and re-applied
 * periodically, so a stop in the middle is repaired.
 */
@Component
class PlanPublisher {

    private static final Logger log = LoggerFactory.getLogger(PlanPublisher.class);

    private final MongoOperations mongo;
    private final AuditLog auditLog;
    private final Clock clock;

    PlanPublisher(MongoOperations mongo, AuditLog auditLog, Clock clock) {
        this.mongo = mongo;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    Optional<MatchingPlan> published() {
        return publishedPlanId().flatMap(this::plan);
    }

    /** A plan as stored, whatever its status. */
    Optional<MatchingPlan> plan(String id) {
        return Optional.ofNullable(mongo.findById(id, MatchingPlan.class));
    }

    /** The published plan's id alone: a small read, for those who keep the plan they last read. */
    Optional<String> publishedPlanId() {
        return Optional.ofNullable(mongo.findById(PublishedPlanPointer.ID, PublishedPlanPointer.class))
                .map(PublishedPlanPointer::planId);
    }

    void publish(MatchingPlan draft, String publishedBy) {
        Instant now = clock.instant();
        movePointer(draft, publishedBy, now);
        mongo.updateFirst(query(where("_id").is(draft.id())), new Update().set("status", PlanStatus.PUBLISHED)
                .set("publishedBy", publishedBy).set("publishedAt", now), MatchingPlan.class);
        if (draft.basedOnPublishedPlanId() != null) {
            mongo.updateFirst(query(where("_id").is(draft.basedOnPublishedPlanId())),
                    new Update().set("status", PlanStatus.SUPERSEDED), MatchingPlan.class);
        }
        auditLog.record(publishedBy, "Plan", draft.id(), "PUBLISH", draft.basedOnPublishedPlanId(), draft.id());
        apply(mongo.findById(draft.id(), MatchingPlan.class));
    }

    private void movePointer(MatchingPlan draft, String publishedBy, Instant now) {
        String replaced = draft.basedOnPublishedPlanId();
        boolean moved;
        if (replaced == null) {
            try {
                mongo.insert(new PublishedPlanPointer(PublishedPlanPointer.ID, draft.id(), publishedBy, now));
                moved = true;
            } catch (DuplicateKeyException e) {
                moved = false;
            }
        } else {
            moved = mongo.updateFirst(query(where("_id").is(PublishedPlanPointer.ID).and("planId").is(replaced)),
                    new Update().set("planId", draft.id()).set("publishedBy", publishedBy).set("publishedAt", now),
                    PublishedPlanPointer.class).getModifiedCount() == 1;
        }
        if (!moved) {
            throw new ConflictException("Another plan was published after this draft's run started; "
                    + "start a new run so that it builds on the plan now published.");
        }
    }

    /** Re-applies the published plan, repairing what a stop during a publication left undone. */
    @Scheduled(fixedDelayString = "${cbm.plans.reapply-interval:PT10M}", initialDelayString = "PT2M")
    void reapplyPublished() {
        published().ifPresent(this::apply);
    }

    /** Makes the proposals agree with the plan: each of its pairs proposed once, dropped open proposals withdrawn. */
    int apply(MatchingPlan plan) {
        Instance instance;
        try {
            instance = InstanceJson.parse(plan.instanceJson());
        } catch (InvalidInstanceException e) {
            throw new IllegalStateException("Plan " + plan.id() + " keeps an instance that no longer parses", e);
        }
        Map<String, WorkPackage> packages = instance.packages().stream()
                .collect(Collectors.toMap(WorkPackage::id, p -> p));
        Map<String, String> providerOfOffer = instance.offers().stream()
                .collect(Collectors.toMap(Offer::id, Offer::providerId));
        Set<PackageOfferPair> planned = Set.copyOf(plan.assignments());

        List<Match> live = mongo.find(query(where("packageId").in(packages.keySet()).and("status").nin(
                MatchStatus.DECLINED, MatchStatus.WITHDRAWN)), Match.class);
        Map<PackageOfferPair, Match> liveByPair = new HashMap<>();
        live.forEach(match -> liveByPair.put(new PackageOfferPair(match.pair().packageId(), match.pair().offerId()), match));

        int changes = 0;
        Instant now = clock.instant();
        for (Match match : live) {
            PackageOfferPair pair = new PackageOfferPair(match.pair().packageId(), match.pair().offerId());
            if (match.status().isOpenProposal() && !planned.contains(pair)) {
                changes += withdraw(match, now);
            }
        }
        for (PackageOfferPair pair : plan.assignments()) {
            if (!liveByPair.containsKey(pair)) {
                WorkPackage workPackage = packages.get(pair.packageId());
                Match proposal = Match.propose("m-" + plan.id() + "-" + pair.packageId(), new Match.Pair(
                        workPackage.requestId(), pair.packageId(), workPackage.recipientId(), pair.offerId(),
                        providerOfOffer.get(pair.offerId())), plan.id(), now);
                try {
                    mongo.insert(proposal);
                    changes++;
                } catch (DuplicateKeyException alreadyProposed) {
                    // proposed by an earlier application of this plan
                }
            }
        }
        return changes;
    }

    private int withdraw(Match match, Instant now) {
        try {
            MatchStatus before = match.status();
            match.withdraw(now);
            mongo.save(match);
            auditLog.record(AuditLog.SYSTEM, "Match", match.id(), "WITHDRAW", before.name(), "WITHDRAWN (dropped by the published plan)");
            return 1;
        } catch (OptimisticLockingFailureException e) {
            log.info("Match {} changed while the published plan was applied; the next application looks again", match.id());
            return 0;
        }
    }
}
