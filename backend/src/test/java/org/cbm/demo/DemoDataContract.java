package org.cbm.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cbm.account.AccountService;
import org.cbm.account.Role;
import org.cbm.account.UserAccount;
import org.cbm.matching.Match;
import org.cbm.matching.MatchStatus;
import org.cbm.offer.Offer;
import org.cbm.offer.OfferStatus;
import org.cbm.organisation.Organisation;
import org.cbm.organisation.OrganisationDirectory;
import org.cbm.organisation.StateProfile;
import org.cbm.request.AssistanceRequest;
import org.cbm.request.RequestStatus;
import org.cbm.request.WorkPackage;
import org.cbm.solver.instance.OrganisationKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.TestPropertySource;

/**
 * The demonstration marketplace as seeded at start-up; run against the embedded server and a real MongoDB.
 * The context starts with demo mode on, so the seeder has already run once when a test begins.
 */
@TestPropertySource(properties = "cbm.demo-data.enabled=true")
abstract class DemoDataContract {

    @Autowired
    DemoDataSeeder seeder;

    @Autowired
    MongoOperations mongo;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    AccountService accounts;

    @Autowired
    DemoMode demoMode;

    @Test
    void seedsARealisticMarketplace() {
        List<AssistanceRequest> published = requests().stream()
                .filter(request -> request.status() == RequestStatus.PUBLISHED).toList();
        assertThat(published).hasSize(120);
        assertThat(published.stream().map(AssistanceRequest::recipientId).distinct().count()).isEqualTo(60);
        assertThat(published).allSatisfy(request -> assertThat(request.packages()).hasSizeBetween(1, 5));
        assertThat(requests()).extracting(AssistanceRequest::status).contains(RequestStatus.values());

        List<Offer> offers = mongo.findAll(Offer.class);
        assertThat(offers).hasSizeBetween(100, 140);
        assertThat(offers.stream().map(Offer::providerId).distinct().count()).isBetween(35L, 45L);
        assertThat(offers).extracting(Offer::status).contains(OfferStatus.values());
        assertThat(mongo.findAll(Organisation.class)).extracting(Organisation::kind).contains(OrganisationKind.PRIVATE,
                OrganisationKind.INTERNATIONAL_ORG, OrganisationKind.CIVIL_SOCIETY, OrganisationKind.ACADEMIA);
    }

    @Test
    void hasMatchesInEveryLifecycleStatusThatTheMatchingRulesAllow() {
        List<Match> matches = mongo.findAll(Match.class);
        assertThat(matches).extracting(Match::status).contains(MatchStatus.values());

        Map<String, AssistanceRequest> requests = requests().stream()
                .collect(Collectors.toMap(AssistanceRequest::id, Function.identity()));
        Map<String, Offer> offers = mongo.findAll(Offer.class).stream()
                .collect(Collectors.toMap(Offer::id, Function.identity()));
        for (Match match : matches) {
            AssistanceRequest request = requests.get(match.pair().requestId());
            WorkPackage workPackage = request.packages().stream()
                    .filter(p -> p.id().equals(match.pair().packageId())).findFirst().orElseThrow();
            Offer offer = offers.get(match.pair().offerId());
            StateProfile recipient = organisations.find(request.recipientId()).orElseThrow().stateProfile();
            assertThat(offer.themes()).contains(workPackage.theme());
            assertThat(offer.languages()).containsAnyElementsOf(workPackage.languages());
            assertThat(workPackage.start()).isBeforeOrEqualTo(offer.end());
            assertThat(offer.start()).isBeforeOrEqualTo(workPackage.end());
            assertThat(offer.isEligible(recipient.region(), recipient.incomeGroup())).isTrue();
            assertThat(offer.providerId()).isNotEqualTo(request.recipientId());
        }
    }

    @Test
    void hasOneDemoAccountPerRoleWithAHashedPassword() {
        assertThat(demoMode.accounts()).extracting(DemoMode.DemoAccount::role).containsExactlyInAnyOrder(Role.values());
        for (DemoMode.DemoAccount demo : demoMode.accounts()) {
            UserAccount account = accounts.findByEmail(demo.email()).orElseThrow();
            assertThat(account.roles()).containsExactly(demo.role());
            assertThat(organisations.find(account.organisationId())).isPresent();
            assertThat(account.passwordHash()).startsWith("$2").isNotEqualTo(demoMode.password());
        }
    }

    @Test
    void seedingAgainAddsNothing() {
        Map<Class<?>, Long> before = counts();

        seeder.run(new DefaultApplicationArguments());

        assertThat(counts()).isEqualTo(before);
    }

    private List<AssistanceRequest> requests() {
        return mongo.findAll(AssistanceRequest.class);
    }

    private Map<Class<?>, Long> counts() {
        return List.of(Organisation.class, Offer.class, AssistanceRequest.class, Match.class, UserAccount.class).stream()
                .collect(Collectors.toMap(Function.identity(), type -> mongo.count(new Query(), type)));
    }
}
