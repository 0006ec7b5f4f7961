package org.cbm.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.cbm.offer.Offer;
import org.cbm.offer.OfferService;
import org.cbm.offer.OfferStatus;
import org.cbm.organisation.Organisation;
import org.cbm.organisation.OrganisationDirectory;
import org.cbm.organisation.PriorityGroup;
import org.cbm.organisation.StateProfile;
import org.cbm.request.RequestCatalogue;
import org.cbm.solver.explain.PlanExplanation;
import org.cbm.solver.explain.PlanMetrics;
import org.cbm.solver.instance.IncomeGroup;
import org.cbm.solver.instance.Region;
import org.cbm.solver.instance.Theme;
import org.cbm.solver.instance.WorkPackage;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The marketplace's size and the published plan's coverage by group, for the coordinators' overview and the metrics
 * API. Groups are taken from the plan's own instance (what was solved) and the States' profiles now.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class PlanFigures {

    private static final int PAGE = 200;

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

    private final PlanService plans;
    private final RequestCatalogue requests;
    private final OfferService offers;
    private final OrganisationDirectory organisations;

    PlanFigures(PlanService plans, RequestCatalogue requests, OfferService offers, OrganisationDirectory organisations) {
        this.plans = plans;
        this.requests = requests;
        this.offers = offers;
        this.organisations = organisations;
    }

    public Marketplace marketplace() {
        long demand = all(page -> requests.published(PageRequest.of(page, PAGE))).stream()
                .flatMap(request -> request.packages().stream()).mapToLong(workPackage -> workPackage.days()).sum();
        long capacity = all(page -> offers.list(new OfferService.OfferFilter(OfferStatus.ACTIVE, null, null),
                PageRequest.of(page, PAGE))).stream().mapToLong(Offer::capacityDays).sum();
        return new Marketplace(demand, capacity);
    }

    public Optional<Published> published() {
        return plans.published().map(plan -> {
            PlanContents contents = PlanContents.of(plan);
            Set<String> assigned = contents.assignedPackages();
            List<WorkPackage> packages = contents.instance().packages();
            Map<String, StateProfile> profiles = organisations.findAll(packages.stream()
                            .map(WorkPackage::recipientId).collect(Collectors.toSet()))
                    .values().stream().filter(Organisation::isState)
                    .collect(Collectors.toMap(Organisation::id, Organisation::stateProfile));
            return new Published(plan.id(), plan.soft(), plan.summary(),
                    packages.stream().filter(p -> assigned.contains(p.id())).mapToLong(WorkPackage::days).sum(),
                    GroupCoverage.of(packages, assigned,
                            p -> List.of(profiles.get(p.recipientId()).region().name()), names(Region.values())),
                    GroupCoverage.of(packages, assigned,
                            p -> PriorityGroup.of(profiles.get(p.recipientId())).stream().map(Enum::name).toList(),
                            names(PriorityGroup.values())),
                    GroupCoverage.of(packages, assigned,
                            p -> List.of(profiles.get(p.recipientId()).incomeGroup().name()), names(IncomeGroup.values())),
                    GroupCoverage.of(packages, assigned, p -> List.of(p.theme().name()), names(Theme.values())),
                    contents.explanation().map(PlanExplanation::metrics).orElse(null));
        });
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static <T> List<T> all(IntFunction<Page<T>> pages) {
        List<T> items = new ArrayList<>();
        Page<T> page;
        int number = 0;
        do {
            page = pages.apply(number++);
            items.addAll(page.getContent());
        } while (page.hasNext());
        return items;
    }
}
