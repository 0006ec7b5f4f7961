package org.cbm.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cbm.solver.explain.PlanExplainer;
import org.cbm.solver.instance.IncomeGroup;
import org.cbm.solver.instance.Instance;
import org.cbm.solver.instance.Offer;
import org.cbm.solver.instance.OrganisationKind;
import org.cbm.solver.instance.PackageOfferPair;
import org.cbm.solver.instance.Policy;
import org.cbm.solver.instance.Provider;
import org.cbm.solver.instance.Recipient;
import org.cbm.solver.instance.Region;
import org.cbm.solver.instance.Theme;
import org.cbm.solver.instance.WorkPackage;
import org.cbm.solver.plan.Plan;
import org.junit.jupiter.api.Test;

/**
 * The reasons for a proposal, read from the solver's own explanation of a small plan: Kenya (priority 2) asks for
 * 40 expert-days in two packages, Malawi for 30; Estonia, which marked interest in Kenya's first package, and
 * Norway offer incident response.
 */
class PlanReasonsTest {

    private static final LocalDate START = LocalDate.of(2027, 3, 1);
    private static final LocalDate END = LocalDate.of(2027, 6, 30);

    private final Instance instance = new Instance("i-test", Policy.DEFAULT,
            List.of(new Recipient("KEN", "Kenya", Region.AFRICA, IncomeGroup.LMC, 2, null),
                    new Recipient("MWI", "Malawi", Region.AFRICA, IncomeGroup.LIC, 3, null),
                    new Recipient("NLD", "Netherlands", Region.EUROPE, IncomeGroup.HIC, 1, null)),
            List.of(new Provider("EST", "Estonia", OrganisationKind.STATE), new Provider("NOR", "Norway", OrganisationKind.STATE)),
            List.of(offer("o-est", "EST"), offer("o-nor", "NOR")),
            List.of(workPackage("p-ken-1", "KEN", 20, List.of("EST")), workPackage("p-ken-2", "KEN", 20, null),
                    workPackage("p-mwi-1", "MWI", 30, null), workPackage("p-nld-1", "NLD", 10, null)),
            null, null, List.of(new PackageOfferPair("p-ken-2", "o-nor"), new PackageOfferPair("p-mwi-1", "o-est")));

    private final PlanReasons plan = new PlanReasons("plan-1", instance, PlanExplainer.explain(instance,
            new Plan("i-test", List.of(new PackageOfferPair("p-ken-1", "o-est"), new PackageOfferPair("p-ken-2", "o-nor"),
                    new PackageOfferPair("p-mwi-1", "o-nor"), new PackageOfferPair("p-nld-1", "o-est")), null))
            .assignments());

    @Test
    void aProposalIsExplainedByTheCoverageItAddsThePriorityOfTheStateInterestAndTheProvidersShare() {
        assertThat(plan.reasonsFor("p-ken-1", "o-est")).hasValueSatisfying(reasons -> assertThat(reasons).containsExactly(
                new ProposalReason.Fits(),
                new ProposalReason.Coverage(0.5, 1.0),
                new ProposalReason.Priority(2),
                new ProposalReason.Interest(),
                new ProposalReason.ProviderShare(0.5, 50, false)));
    }

    @Test
    void keepingOrReplacingThePreviousPlansPairIsSaid() {
        assertThat(plan.reasonsFor("p-ken-2", "o-nor")).hasValueSatisfying(reasons ->
                assertThat(reasons).contains(new ProposalReason.KeepsPrevious()).doesNotContain(new ProposalReason.Interest()));
        assertThat(plan.reasonsFor("p-mwi-1", "o-nor")).hasValueSatisfying(reasons ->
                assertThat(reasons).contains(new ProposalReason.ReplacesPrevious(), new ProposalReason.Priority(3)));
    }

    @Test
    void aProviderTakingAllOfAStatesNeedGoesOverTheCapAndAStateWithoutPriorityIsNotSaidToHaveIt() {
        assertThat(plan.reasonsFor("p-nld-1", "o-est")).hasValueSatisfying(reasons -> assertThat(reasons)
                .contains(new ProposalReason.Coverage(0.0, 1.0), new ProposalReason.ProviderShare(1.0, 50, true))
                .noneMatch(ProposalReason.Priority.class::isInstance));
    }

    @Test
    void aPairThePlanDoesNotHoldHasNoExplanation() {
        assertThat(plan.reasonsFor("p-ken-1", "o-nor")).isEmpty();
        assertThat(plan.reasonsFor("p-unknown", "o-est")).isEmpty();
    }

    private static Offer offer(String id, String providerId) {
        return new Offer(id, providerId, 200, Set.of(Theme.INCIDENT_RESPONSE), List.of("en"), START, END, null, null);
    }

    private static WorkPackage workPackage(String id, String recipientId, int days, List<String> interested) {
        return new WorkPackage(id, "r-" + recipientId, recipientId, Theme.INCIDENT_RESPONSE, List.of("en"), days, 2,
                START, END, interested);
    }
}
