package org.cbm.plan;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.unwind;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;
import org.cbm.offer.Offer;
import org.cbm.offer.OfferStatus;
import org.cbm.organisation.Organisation;
import org.cbm.organisation.OrganisationDirectory;
import org.cbm.organisation.PriorityGroup;
import org.cbm.request.AssistanceRequest;
import org.cbm.request.RequestStatus;
import org.cbm.solver.explain.PlanExplanation;
import org.cbm.solver.explain.PlanMetrics;
import org.cbm.solver.instance.IncomeGroup;
import org.cbm.solver.instance.Recipient;
import org.cbm.solver.instance.Region;
import org.cbm.solver.instance.Theme;
import org.cbm.solver.instance.WorkPackage;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.aggregation.TypedAggregation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The marketplace's size and the published plan's coverage by group, for the coordinators' overview and the metrics
 * API. Region and income group are taken from the plan's own instance (what was solved), priority groups from the
 * States' profiles now.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class PlanFigures {

    private static final String TOTAL = "total";

    /** Expert-days requested in published requests and offered by active offers, now. */
    public record Marketplace(long demandDays, long capacityDays) {
    }

    /**
     * The published plan's figures: its summary, the expert-days it covers, coverage by region, priority group,
     * income group and theme (each list holds only groups with need, in the order of their enum), and the metrics of
     * the matching model (coverage per State, Jain index, minimum coverage, coverage by priority weight, provider
     * concentration per State; {@code null} for a plan stored without explanation).
     */
    public record Published(String planId, Long soft, PlanSummary summary, long coveredDays,
            List<GroupCoverage> byRegion, List<GroupCoverage> byPriorityGroup, List<GroupCoverage> byIncomeGroup,
            List<GroupCoverage> byTheme, PlanMetrics metrics) {
    }

    private final MongoOperations mongo;
    private final PublishedPlanContents publishedPlan;
    private final OrganisationDirectory organisations;

    PlanFigures(MongoOperations mongo, PublishedPlanContents publishedPlan, OrganisationDirectory organisations) {
        this.mongo = mongo;
        this.publishedPlan = publishedPlan;
        this.organisations = organisations;
    }

    /**
     * Summed in the database. Published requests and active offers are visible to everyone signed in, so the sums
     * need no rule of who may see what.
     */
    public Marketplace marketplace() {
        long demand = total(newAggregation(AssistanceRequest.class, match(where("status").is(RequestStatus.PUBLISHED)),
                unwind("packages"), group().sum("packages.days").as(TOTAL)));
        long capacity = total(newAggregation(Offer.class, match(where("status").is(OfferStatus.ACTIVE)),
                group().sum("capacityDays").as(TOTAL)));
        return new Marketplace(demand, capacity);
    }

    public Optional<Published> published() {
        return publishedPlan.current().map(contents -> {
            MatchingPlan plan = contents.plan();
            Set<String> assigned = contents.assignedPackages();
            List<WorkPackage> packages = contents.instance().packages();
            Map<String, Recipient> recipients = contents.instance().recipients().stream()
                    .collect(Collectors.toMap(Recipient::id, Function.identity()));
            Map<String, List<String>> priorityGroups = organisations.findAll(recipients.keySet()).values().stream()
                    .filter(Organisation::isState).collect(Collectors.toMap(Organisation::id,
                            state -> PriorityGroup.of(state.stateProfile()).stream().map(Enum::name).toList()));
            return new Published(plan.id(), plan.soft(), plan.summary(),
                    packages.stream().filter(p -> assigned.contains(p.id())).mapToLong(WorkPackage::days).sum(),
                    GroupCoverage.of(packages, assigned,
                            p -> List.of(recipients.get(p.recipientId()).region().name()), names(Region.values())),
                    GroupCoverage.of(packages, assigned,
                            p -> priorityGroups.getOrDefault(p.recipientId(), List.of()), names(PriorityGroup.values())),
                    GroupCoverage.of(packages, assigned,
                            p -> List.of(recipients.get(p.recipientId()).incomeGroup().name()), names(IncomeGroup.values())),
                    GroupCoverage.of(packages, assigned, p -> List.of(p.theme().name()), names(Theme.values())),
                    contents.explanation().map(PlanExplanation::metrics).orElse(null));
        });
    }

    private long total(TypedAggregation<?> aggregation) {
        Document total = mongo.aggregate(aggregation, Document.class).getUniqueMappedResult();
        return total == null ? 0 : ((Number) total.get(TOTAL)).longValue();
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
