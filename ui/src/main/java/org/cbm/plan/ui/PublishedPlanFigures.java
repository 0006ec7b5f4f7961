package org.cbm.plan.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.cbm.offer.Offer;
import org.cbm.offer.OfferService;
import org.cbm.offer.OfferStatus;
import org.cbm.organisation.Organisation;
import org.cbm.organisation.OrganisationDirectory;
import org.cbm.organisation.PriorityGroup;
import org.cbm.organisation.StateProfile;
import org.cbm.plan.PlanService;
import org.cbm.plan.PlanSummary;
import org.cbm.request.RequestCatalogue;
import org.cbm.solver.instance.IncomeGroup;
import org.cbm.solver.instance.Region;
import org.cbm.solver.instance.Theme;
import org.cbm.solver.instance.WorkPackage;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The coordinators' overview: demand and capacity of the marketplace as it is now, and the published plan's
 * coverage and fairness. The backend gives the plan's overall figures (its summary); coverage per region, priority
 * group, income group and theme is grouped here from the plan's own instance and the States' profiles, in the same
 * terms as the summary's coverage (expert-days weighted by urgency).
 */
@Component
class PublishedPlanFigures {

    private static final int PAGE = 200;

    /** The marketplace now: expert-days requested in published requests and offered by active offers. */
    record Marketplace(long demandDays, long capacityDays) {
    }

    /** Weighted need and how much of it a plan covers, for one group of packages. */
    record GroupCoverage(String key, long weightedNeed, long weightedCovered) {

        double coverage() {
            return weightedNeed == 0 ? 0 : (double) weightedCovered / weightedNeed;
        }
    }

    /** The published plan's figures; the group lists keep only groups with need, in a stable order. */
    record Published(String planId, PlanSummary summary, long coveredDays, List<GroupCoverage> byRegion,
            List<GroupCoverage> byPriorityGroup, List<GroupCoverage> byIncomeGroup, List<GroupCoverage> byTheme) {
    }

    private final PlanService plans;
    private final RequestCatalogue requests;
    private final OfferService offers;
    private final OrganisationDirectory organisations;
    private final ObjectMapper json;

    PublishedPlanFigures(PlanService plans, RequestCatalogue requests, OfferService offers,
            OrganisationDirectory organisations, ObjectMapper json) {
        this.plans = plans;
        this.requests = requests;
        this.offers = offers;
        this.organisations = organisations;
        this.json = json;
    }

    Marketplace marketplace() {
        long demand = all(page -> requests.published(PageRequest.of(page, PAGE))).stream()
                .flatMap(request -> request.packages().stream()).mapToLong(workPackage -> workPackage.days()).sum();
        long capacity = all(page -> offers.list(new OfferService.OfferFilter(OfferStatus.ACTIVE, null, null),
                PageRequest.of(page, PAGE))).stream().mapToLong(Offer::capacityDays).sum();
        return new Marketplace(demand, capacity);
    }

    Optional<Published> published() {
        return plans.published().map(plan -> {
            PlanContents contents = PlanContents.read(plan, json);
            Set<String> assigned = contents.assignedPackages();
            List<WorkPackage> packages = contents.instance().packages();
            Map<String, StateProfile> profiles = organisations.findAll(packages.stream()
                            .map(WorkPackage::recipientId).collect(Collectors.toSet()))
                    .values().stream().filter(Organisation::isState)
                    .collect(Collectors.toMap(Organisation::id, Organisation::stateProfile));
            Grouping grouping = new Grouping(packages, assigned);
            return new Published(plan.id(), plan.summary(),
                    packages.stream().filter(p -> assigned.contains(p.id())).mapToLong(WorkPackage::days).sum(),
                    grouping.by(p -> List.of(profiles.get(p.recipientId()).region().name()), names(Region.values())),
                    grouping.by(p -> PriorityGroup.of(profiles.get(p.recipientId())).stream().map(Enum::name).toList(),
                            names(PriorityGroup.values())),
                    grouping.by(p -> List.of(profiles.get(p.recipientId()).incomeGroup().name()),
                            names(IncomeGroup.values())),
                    grouping.by(p -> List.of(p.theme().name()), names(Theme.values())));
        });
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    /** Sums weighted need and coverage per group; a package may belong to several groups (a State LDC and SIDS). */
    private record Grouping(List<WorkPackage> packages, Set<String> assigned) {

        List<GroupCoverage> by(Function<WorkPackage, List<String>> groups, List<String> order) {
            Map<String, long[]> sums = new LinkedHashMap<>();
            order.forEach(key -> sums.put(key, new long[2]));
            for (WorkPackage workPackage : packages) {
                for (String group : groups.apply(workPackage)) {
                    long[] sum = sums.get(group);
                    sum[0] += workPackage.weightedDays();
                    if (assigned.contains(workPackage.id())) {
                        sum[1] += workPackage.weightedDays();
                    }
                }
            }
            return sums.entrySet().stream().filter(entry -> entry.getValue()[0] > 0)
                    .map(entry -> new GroupCoverage(entry.getKey(), entry.getValue()[0], entry.getValue()[1]))
                    .sorted(Comparator.comparingInt(group -> order.indexOf(group.key()))).toList();
        }
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
