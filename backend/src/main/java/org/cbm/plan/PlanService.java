package org.cbm.plan;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.cbm.account.Actor;
import org.cbm.account.CurrentActor;
import org.cbm.audit.AuditLog;
import org.cbm.policy.MatchingPolicy;
import org.cbm.policy.PolicyService;
import org.cbm.problem.ConflictException;
import org.cbm.problem.NotFoundException;
import org.cbm.problem.StatusNotAllowedException;
import org.cbm.solver.instance.Instance;
import org.cbm.solver.instance.InstanceJson;
import org.cbm.solver.instance.InstanceValidator;
import org.cbm.solver.instance.PackageOfferPair;
import org.cbm.solver.plan.Plan;
import org.cbm.solver.plan.PlanScore;
import org.cbm.storage.Filters;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;

/**
 * Coordinators' work with plans: start a solver run on a snapshot of the marketplace, follow it, cancel it,
 * compare the draft with the published plan, publish it. Everyone signed in may read the published plan's figures.
 */
@Service
@Validated
@PreAuthorize("hasRole('COORDINATOR')")
public class PlanService {

    /** Longest run a coordinator may ask for; long runs hold the single solver slot of the whole cluster. */
    public static final int MAX_SECONDS = 600;

    private final MongoOperations mongo;
    private final InstanceSnapshot snapshot;
    private final PlanRunner runner;
    private final PlanPublisher publisher;
    private final PolicyService policies;
    private final CurrentActor currentActor;
    private final AuditLog auditLog;
    private final Clock clock;

    PlanService(MongoOperations mongo, InstanceSnapshot snapshot, PlanRunner runner, PlanPublisher publisher,
            PolicyService policies, CurrentActor currentActor, AuditLog auditLog, Clock clock) {
        this.mongo = mongo;
        this.snapshot = snapshot;
        this.runner = runner;
        this.publisher = publisher;
        this.policies = policies;
        this.currentActor = currentActor;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * Starts a run of {@code seconds} on the marketplace as it is now.
     *
     * @throws ConflictException when another run is in progress anywhere in the cluster
     */
    public MatchingPlan start(@Min(1) @Max(MAX_SECONDS) int seconds) {
        Actor actor = currentActor.require();
        String planId = "plan-" + UUID.randomUUID();
        if (!runner.reserve(planId)) {
            throw new ConflictException("A solver run is already in progress; wait for it to finish or cancel it.");
        }
        try {
            MatchingPolicy policy = policies.current();
            Instance instance = snapshot.take(planId, policy);
            List<String> problems = InstanceValidator.problems(instance);
            if (!problems.isEmpty()) {
                throw new ConflictException("The marketplace data cannot be solved as it is: " + String.join("; ", problems));
            }
            MatchingPlan plan = MatchingPlan.running(planId, actor.email(), clock.instant(), seconds,
                    policy.policyVersion(), publisher.published().map(MatchingPlan::id).orElse(null),
                    InstanceJson.toJson(instance));
            mongo.insert(plan);
            auditLog.record(actor.email(), "Plan", planId, "START_RUN", null, seconds + " s, policy v" + policy.policyVersion()
                    + ", " + instance.packages().size() + " packages, " + instance.offers().size() + " offers");
            runner.start(planId, instance, seconds);
            return plan;
        } catch (RuntimeException e) {
            runner.release(planId);
            throw e;
        }
    }

    public MatchingPlan get(String id) {
        return Optional.ofNullable(mongo.findById(id, MatchingPlan.class))
                .orElseThrow(() -> new NotFoundException("Plan", id));
    }

    /** Plans, newest first, without their instance and explanations (fetch one plan for those). */
    public Page<MatchingPlan> list(PlanStatus status, Pageable pageable) {
        Query query = status == null ? new Query() : query(where("status").is(status));
        Pageable newestFirst = Filters.sorted(pageable, Sort.by(Sort.Order.desc("startedAt"), Sort.Order.desc("id")));
        Query page = Query.of(query).with(newestFirst);
        page.fields().exclude("instanceJson", "explanationJson");
        List<MatchingPlan> content = mongo.find(page, MatchingPlan.class);
        return PageableExecutionUtils.getPage(content, newestFirst, () -> mongo.count(query, MatchingPlan.class));
    }

    /** Asks the running plan to stop; the node running it stops it within seconds and keeps the best so far. */
    public MatchingPlan cancel(String id) {
        MatchingPlan plan = get(id);
        StatusNotAllowedException.require("cancel", "a plan", plan.status(), PlanStatus.RUNNING);
        mongo.updateFirst(query(where("_id").is(id).and("status").is(PlanStatus.RUNNING)),
                new Update().set("cancelRequested", true), MatchingPlan.class);
        auditLog.record(currentActor.require().email(), "Plan", id, "CANCEL_RUN", "RUNNING", "cancel requested");
        return get(id);
    }

    public PlanComparison compare(String draftId) {
        MatchingPlan draft = get(draftId);
        Optional<MatchingPlan> published = publisher.published();
        Set<PackageOfferPair> old = published.map(plan -> Set.copyOf(plan.assignments())).orElse(Set.of());
        Set<PackageOfferPair> proposed = Set.copyOf(draft.assignments());
        return new PlanComparison(draft.id(), draft.summary(), draft.soft(),
                published.map(MatchingPlan::id).orElse(null), published.map(MatchingPlan::summary).orElse(null),
                published.map(MatchingPlan::soft).orElse(null),
                sorted(proposed.stream().filter(pair -> !old.contains(pair)).toList()),
                sorted(proposed.stream().filter(old::contains).toList()),
                sorted(old.stream().filter(pair -> !proposed.contains(pair)).toList()));
    }

    /** Publishes a feasible draft: it becomes the published plan, its new pairs become proposals. */
    public MatchingPlan publish(String id) {
        MatchingPlan draft = get(id);
        StatusNotAllowedException.require("publish", "a plan", draft.status(), PlanStatus.DRAFT);
        if (!Boolean.TRUE.equals(draft.feasible())) {
            throw new ConflictException("Plan " + id + " breaks a hard rule and cannot be published");
        }
        publisher.publish(draft, currentActor.require().email());
        return get(id);
    }

    /** The published plan, if any; its figures are for everyone signed in. */
    @PreAuthorize("isAuthenticated()")
    public Optional<MatchingPlan> published() {
        return publisher.published();
    }

    /** The plan in the {@code cbm-plan/1} format, with the score the solver computed. */
    public Plan asPlanFile(String id) {
        MatchingPlan plan = get(id);
        StatusNotAllowedException.require("download", "a plan", plan.status(), PlanStatus.DRAFT, PlanStatus.PUBLISHED,
                PlanStatus.SUPERSEDED, PlanStatus.CANCELLED);
        return new Plan(id, plan.assignments(), new PlanScore(Boolean.TRUE.equals(plan.feasible()), plan.soft()));
    }

    private static List<PackageOfferPair> sorted(List<PackageOfferPair> pairs) {
        return pairs.stream().sorted(Comparator.comparing(PackageOfferPair::packageId)).toList();
    }
}
