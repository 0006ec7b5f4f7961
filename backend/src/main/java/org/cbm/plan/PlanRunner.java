package org.cbm.plan;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.cbm.solver.domain.Allocation;
import org.cbm.solver.domain.AllocationFactory;
import org.cbm.solver.explain.ExplanationJson;
import org.cbm.solver.explain.PlanExplainer;
import org.cbm.solver.explain.PlanExplanation;
import org.cbm.solver.explain.PlanMetrics;
import org.cbm.solver.instance.Instance;
import org.cbm.solver.instance.PackageOfferPair;
import org.cbm.solver.instance.WorkPackage;
import org.cbm.solver.plan.Plan;
import org.cbm.solver.solve.MatchingSolver;
import org.cbm.storage.ClusterLock;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.config.solver.SolverManagerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the solver for a plan in the background with OptaPlanner's {@link SolverManager}, records every new best
 * score as progress, and stores the result as a draft with its metrics and explanations. One run at a time
 * across every node: the run holds the cluster lock {@value #LOCK} and renews it while it works.
 */
@Component
class PlanRunner {

    static final String LOCK = "solver-run";
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(PlanRunner.class);

    private final MongoOperations mongo;
    private final ClusterLock lock;
    private final Clock clock;
    private final int threads;
    private final Map<String, SolverManager<Allocation, String>> running = new ConcurrentHashMap<>();

    PlanRunner(MongoOperations mongo, ClusterLock lock, Clock clock,
            @Value("${cbm.solver.threads:2}") int threads) {
        this.mongo = mongo;
        this.lock = lock;
        this.clock = clock;
        this.threads = threads;
    }

    /** Takes the cluster lock for this plan; false when another run holds it. */
    boolean reserve(String planId) {
        return lock.tryAcquire(LOCK, planId, LEASE);
    }

    void release(String planId) {
        lock.release(LOCK, planId);
    }

    /** Starts solving in the background; the plan document must exist with status RUNNING. */
    void start(String planId, Instance instance, int seconds) {
        Instant startedAt = clock.instant();
        SolverManager<Allocation, String> manager = SolverManager.create(
                MatchingSolver.config(Duration.ofSeconds(seconds), threads),
                new SolverManagerConfig().withParallelSolverCount("1"));
        running.put(planId, manager);
        manager.solveAndListen(planId, id -> AllocationFactory.from(instance),
                best -> recordProgress(planId, startedAt, best.getScore()),
                best -> finish(planId, instance, best),
                (id, e) -> fail(planId, e));
    }

    /** Renews the locks of this node's runs, stops runs whose cancellation was asked on any node. */
    @Scheduled(fixedDelayString = "PT2S")
    void heartbeat() {
        running.forEach((planId, manager) -> {
            lock.renew(LOCK, planId, LEASE);
            MatchingPlan plan = mongo.findById(planId, MatchingPlan.class);
            if (plan != null && plan.cancelRequested()) {
                manager.terminateEarly(planId);
            }
        });
    }

    /** A run whose node stopped keeps no lock: its plan is marked as failed, so that it does not look alive. */
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT30S")
    void failAbandonedRuns() {
        for (MatchingPlan plan : mongo.find(query(where("status").is(PlanStatus.RUNNING)), MatchingPlan.class)) {
            if (!running.containsKey(plan.id()) && lock.holder(LOCK).filter(plan.id()::equals).isEmpty()) {
                markFinished(plan.id(), PlanStatus.FAILED, new Update().set("failure",
                        "The node running this plan stopped before it finished; start a new run."));
            }
        }
    }

    private void recordProgress(String planId, Instant startedAt, HardSoftLongScore score) {
        long millis = Duration.between(startedAt, clock.instant()).toMillis();
        mongo.updateFirst(query(where("_id").is(planId).and("status").is(PlanStatus.RUNNING)),
                new Update().push("progress", new ProgressPoint(millis, score.hardScore(), score.softScore())),
                MatchingPlan.class);
    }

    private void finish(String planId, Instance instance, Allocation best) {
        try {
            Plan plan = AllocationFactory.toPlan(best);
            PlanExplanation explanation = PlanExplainer.explain(instance, plan);
            MatchingPlan stored = mongo.findById(planId, MatchingPlan.class);
            boolean cancelled = stored != null && stored.cancelRequested();
            markFinished(planId, cancelled ? PlanStatus.CANCELLED : PlanStatus.DRAFT, new Update()
                    .set("assignments", plan.assignments())
                    .set("feasible", plan.score().feasible())
                    .set("soft", plan.score().soft())
                    .set("summary", summary(instance, plan, explanation.metrics()))
                    .set("explanationJson", ExplanationJson.toJson(explanation)));
        } catch (RuntimeException e) {
            fail(planId, e);
        } finally {
            stop(planId);
        }
    }

    private void fail(String planId, Throwable e) {
        log.error("Solver run {} failed", planId, e);
        markFinished(planId, PlanStatus.FAILED, new Update().set("failure", "The solver failed: " + e.getMessage()));
        stop(planId);
    }

    private void markFinished(String planId, PlanStatus status, Update update) {
        mongo.updateFirst(query(where("_id").is(planId).and("status").is(PlanStatus.RUNNING)),
                update.set("status", status).set("finishedAt", clock.instant()), MatchingPlan.class);
    }

    private void stop(String planId) {
        SolverManager<Allocation, String> manager = running.remove(planId);
        release(planId);
        if (manager != null) {
            // Closing from the solver's own thread would wait for itself; let the pool end when the run is done.
            Thread closer = new Thread(manager::close, "solver-manager-close-" + planId);
            closer.setDaemon(true);
            closer.start();
        }
    }

    static PlanSummary summary(Instance instance, Plan plan, PlanMetrics metrics) {
        long need = instance.packages().stream().mapToLong(WorkPackage::weightedDays).sum();
        Set<String> assigned = plan.assignments().stream().map(PackageOfferPair::packageId).collect(Collectors.toSet());
        long covered = instance.packages().stream().filter(p -> assigned.contains(p.id()))
                .mapToLong(WorkPackage::weightedDays).sum();
        return new PlanSummary(instance.packages().size(), assigned.size(), need, covered,
                need == 0 ? 0 : (double) covered / need, metrics.jainIndex(), metrics.minimumCoverage(),
                metrics.meanProviderHhi());
    }
}
