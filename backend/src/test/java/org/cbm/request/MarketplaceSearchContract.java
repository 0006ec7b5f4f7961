package org.cbm.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cbm.organisation.PriorityGroup;
import org.cbm.solver.instance.IncomeGroup;
import org.cbm.solver.instance.Region;
import org.cbm.solver.instance.Theme;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * The marketplace search of published requests, each filter alone and combined, and a page of it among ten thousand
 * requests; run against the embedded server and against a real MongoDB. The States come from the reference list:
 * Kenya (Africa, lower-middle income), Ethiopia (Africa, low income, LDC and LLDC), Fiji (Oceania, SIDS), Haiti
 * (Americas, LDC and SIDS), Bolivia (Americas, LLDC).
 */
abstract class MarketplaceSearchContract {

    private static final Instant AT = Instant.parse("2026-11-01T10:00:00Z");
    private static final Pageable FIRST_PAGE = PageRequest.of(0, 50);

    @Autowired
    AssistanceRequestRepository requests;

    @Autowired
    RequestCatalogue catalogue;

    @Autowired
    MongoOperations mongo;

    @BeforeEach
    void aSmallMarketplace() {
        requests.deleteAll();
        publish(1, "r-ken", "KEN", "National CSIRT", "Set up a computer security incident response team",
                workPackage("p-ken-1", Theme.INCIDENT_RESPONSE, Set.of("en"), 3),
                workPackage("p-ken-2", Theme.LEGISLATION, Set.of("fr"), 1));
        publish(2, "r-eth", "ETH", "Cybercrime law", "Draft a cybercrime law (2027) with the parliament",
                workPackage("p-eth-1", Theme.LEGISLATION, Set.of("en", "fr"), 2));
        publish(3, "r-fji", "FJI", "Awareness campaign", null,
                workPackage("p-fji-1", Theme.AWARENESS_LITERACY, Set.of("en"), 1));
        publish(4, "r-hti", "HTI", "Critical infrastructure protection", "Protect the power grid",
                workPackage("p-hti-1", Theme.CRITICAL_INFRASTRUCTURE, Set.of("fr"), 3));
        publish(5, "r-bol", "BOL", "Estrategia nacional de ciberseguridad", "Estrategia 2027-2030",
                workPackage("p-bol-1", Theme.STRATEGY_POLICY, Set.of("es"), 2));
        // Never in the marketplace, whatever they contain.
        requests.save(AssistanceRequest.draft("r-draft", "KEN", "National CSIRT draft", null,
                List.of(workPackage("p-draft", Theme.INCIDENT_RESPONSE, Set.of("en"), 3))));
        AssistanceRequest closed = AssistanceRequest.draft("r-closed", "GHA", "National CSIRT closed", null,
                List.of(workPackage("p-closed", Theme.INCIDENT_RESPONSE, Set.of("en"), 3)));
        closed.publish(AT);
        closed.close();
        requests.save(closed);
    }

    @Test
    void withoutFiltersEveryPublishedRequestNewestFirst() {
        assertThat(ids(MarketplaceQuery.ANY)).containsExactly("r-bol", "r-hti", "r-fji", "r-eth", "r-ken");
        assertThat(catalogue.count(MarketplaceQuery.ANY)).isEqualTo(5);
    }

    @Test
    void byThemeOfAnyWorkPackage() {
        assertThat(ids(query(Theme.INCIDENT_RESPONSE, null, null, null))).containsExactly("r-ken");
        assertThat(ids(query(Theme.LEGISLATION, null, null, null))).containsExactly("r-eth", "r-ken");
        assertThat(ids(query(Theme.DATA_PROTECTION, null, null, null))).isEmpty();
    }

    @Test
    void byLanguageOfAnyWorkPackageAsStored() {
        assertThat(ids(query(null, "fr", null, null))).containsExactly("r-hti", "r-eth", "r-ken");
        assertThat(ids(query(null, "es", null, null))).containsExactly("r-bol");
        assertThat(ids(query(null, " FR ", null, null))).as("typed loosely").containsExactly("r-hti", "r-eth", "r-ken");
        assertThat(ids(query(null, "ar", null, null))).isEmpty();
    }

    @Test
    void byUrgencyOfAnyWorkPackage() {
        assertThat(ids(query(null, null, 3, null))).containsExactly("r-hti", "r-ken");
        assertThat(ids(query(null, null, 1, null))).containsExactly("r-fji", "r-ken");
    }

    @Test
    void themeLanguageAndUrgencyMustHoldForTheSameWorkPackage() {
        // Kenya needs incident response in English and legislation in French: neither is incident response in French.
        assertThat(ids(query(Theme.INCIDENT_RESPONSE, "fr", null, null))).isEmpty();
        assertThat(ids(query(Theme.LEGISLATION, "fr", null, null))).containsExactly("r-eth", "r-ken");
        assertThat(ids(query(Theme.LEGISLATION, "fr", 1, null))).containsExactly("r-ken");
        assertThat(ids(query(Theme.INCIDENT_RESPONSE, "en", 3, null))).containsExactly("r-ken");
        assertThat(ids(query(Theme.INCIDENT_RESPONSE, "en", 1, null))).isEmpty();
    }

    @Test
    void byRegionOfTheRequestingState() {
        assertThat(ids(new MarketplaceQuery(null, Region.AFRICA, null, null, null, null, null))).containsExactly("r-eth", "r-ken");
        assertThat(ids(new MarketplaceQuery(null, Region.AMERICAS, null, null, null, null, null))).containsExactly("r-bol", "r-hti");
        assertThat(ids(new MarketplaceQuery(null, Region.EUROPE, null, null, null, null, null))).isEmpty();
    }

    @Test
    void byIncomeGroupOfTheRequestingState() {
        assertThat(ids(new MarketplaceQuery(null, null, null, null, IncomeGroup.LIC, null, null))).containsExactly("r-eth");
        assertThat(ids(new MarketplaceQuery(null, null, null, null, IncomeGroup.LMC, null, null)))
                .containsExactly("r-bol", "r-hti", "r-ken");
        assertThat(ids(new MarketplaceQuery(null, null, null, null, IncomeGroup.HIC, null, null))).isEmpty();
    }

    @Test
    void byPriorityGroupOfTheRequestingState() {
        assertThat(ids(new MarketplaceQuery(null, null, null, null, null, PriorityGroup.LDC, null))).containsExactly("r-hti", "r-eth");
        assertThat(ids(new MarketplaceQuery(null, null, null, null, null, PriorityGroup.LLDC, null))).containsExactly("r-bol", "r-eth");
        assertThat(ids(new MarketplaceQuery(null, null, null, null, null, PriorityGroup.SIDS, null))).containsExactly("r-hti", "r-fji");
    }

    @Test
    void byTextInTitleOrDescriptionWhateverTheCase() {
        assertThat(ids(text("cybercrime"))).containsExactly("r-eth");
        assertThat(ids(text("INCIDENT response"))).as("in the description").containsExactly("r-ken");
        assertThat(ids(text("estrategia"))).as("in both").containsExactly("r-bol");
        assertThat(ids(text("  csirt "))).containsExactly("r-ken");
        assertThat(ids(text(" "))).as("blank is no filter").hasSize(5);
    }

    @Test
    void textIsSearchedLiterallyNotAsAPattern() {
        assertThat(ids(text("(2027)"))).containsExactly("r-eth");
        assertThat(ids(text("2027-2030"))).containsExactly("r-bol");
        assertThat(ids(text(".*"))).isEmpty();
        assertThat(ids(text("[a-z]+"))).isEmpty();
        assertThat(ids(text("\\E.*"))).isEmpty();
    }

    @Test
    void filtersCombineAndAllMustHold() {
        assertThat(ids(new MarketplaceQuery(null, Region.AMERICAS, null, null, null, PriorityGroup.SIDS, null)))
                .containsExactly("r-hti");
        assertThat(ids(new MarketplaceQuery(Theme.LEGISLATION, Region.AFRICA, null, 2, null, null, null)))
                .containsExactly("r-eth");
        assertThat(ids(new MarketplaceQuery(Theme.LEGISLATION, Region.AFRICA, "fr", null, IncomeGroup.LMC, null, "csirt")))
                .containsExactly("r-ken");
        assertThat(ids(new MarketplaceQuery(null, Region.AFRICA, null, null, null, PriorityGroup.SIDS, null))).isEmpty();
        assertThat(ids(new MarketplaceQuery(Theme.CRITICAL_INFRASTRUCTURE, null, "fr", 3, IncomeGroup.LMC,
                PriorityGroup.LDC, "power grid"))).containsExactly("r-hti");
        assertThat(catalogue.count(new MarketplaceQuery(null, Region.AMERICAS, null, null, IncomeGroup.LMC, null, null)))
                .isEqualTo(2);
    }

    @Test
    void pagesAreCutInTheDatabaseAndCountedApart() {
        MarketplaceQuery lowerMiddleIncome = new MarketplaceQuery(null, null, null, null, IncomeGroup.LMC, null, null);

        List<AssistanceRequest> first = catalogue.search(lowerMiddleIncome, PageRequest.of(0, 2));
        List<AssistanceRequest> second = catalogue.search(lowerMiddleIncome, PageRequest.of(1, 2));

        assertThat(first).extracting(AssistanceRequest::id).containsExactly("r-bol", "r-hti");
        assertThat(second).extracting(AssistanceRequest::id).containsExactly("r-ken");
        assertThat(catalogue.count(lowerMiddleIncome)).isEqualTo(3);
    }

    @Test
    void anOrderAskedForByTheGridIsKept() {
        List<AssistanceRequest> byTitle = catalogue.search(MarketplaceQuery.ANY, PageRequest.of(0, 10, Sort.by("title")));

        assertThat(byTitle).extracting(AssistanceRequest::title).containsExactly("Awareness campaign",
                "Critical infrastructure protection", "Cybercrime law", "Estrategia nacional de ciberseguridad",
                "National CSIRT");
    }

    @Test
    void theDetailViewFindsOnlyPublishedRequests() {
        assertThat(catalogue.find("r-ken")).get().extracting(AssistanceRequest::title).isEqualTo("National CSIRT");
        assertThat(catalogue.find("r-draft")).isEmpty();
        assertThat(catalogue.find("r-closed")).isEmpty();
        assertThat(catalogue.find("no-such-request")).isEmpty();
    }

    /**
     * Ten thousand published requests from twelve States, every theme and urgency: a filtered page holds only the
     * page's requests, with the total of all that match.
     */
    @Test
    void aFilteredPageAmongTenThousandRequests() {
        requests.deleteAll();
        List<String> states = List.of("KEN", "ETH", "FJI", "HTI", "BOL", "GHA", "NPL", "MNG", "JAM", "EST", "IND", "BRA");
        Map<String, Region> regions = Map.of("KEN", Region.AFRICA, "ETH", Region.AFRICA, "GHA", Region.AFRICA);
        Theme[] themes = Theme.values();
        int expected = 0;
        List<AssistanceRequest> batch = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            String state = states.get(i % states.size());
            // Each attribute cycles at its own pace, so that every combination occurs.
            Theme theme = themes[i / states.size() % themes.length];
            int urgency = i / (states.size() * themes.length) % 3 + 1;
            String language = i % 2 == 0 ? "en" : "fr";
            AssistanceRequest request = AssistanceRequest.draft("r-" + i, state, "Request " + i, "Need number " + i,
                    List.of(workPackage("p-" + i, theme, Set.of(language), urgency)));
            request.publish(AT.plusSeconds(i));
            batch.add(request);
            if (batch.size() == 1_000) {
                mongo.insertAll(batch);
                batch.clear();
            }
            if (regions.get(state) == Region.AFRICA && theme == Theme.INCIDENT_RESPONSE && urgency == 3) {
                expected++;
            }
        }
        mongo.insertAll(batch);
        assertThat(catalogue.count(MarketplaceQuery.ANY)).isEqualTo(10_000);
        MarketplaceQuery query = new MarketplaceQuery(Theme.INCIDENT_RESPONSE, Region.AFRICA, null, 3, null, null, null);

        List<AssistanceRequest> page = catalogue.search(query, PageRequest.of(1, 25));

        assertThat(expected).isGreaterThan(50);
        assertThat(page).hasSize(25).allSatisfy(request -> {
            assertThat(request.recipientId()).isIn("KEN", "ETH", "GHA");
            assertThat(request.packages()).singleElement().satisfies(p -> {
                assertThat(p.theme()).isEqualTo(Theme.INCIDENT_RESPONSE);
                assertThat(p.urgency()).isEqualTo(3);
            });
        });
        assertThat(catalogue.count(query)).isEqualTo(expected);
        assertThat(page.get(0).publishedAt()).isAfter(page.get(24).publishedAt());
    }

    private List<String> ids(MarketplaceQuery query) {
        List<String> ids = catalogue.search(query, FIRST_PAGE).stream().map(AssistanceRequest::id).toList();
        assertThat(catalogue.count(query)).as("count of all matches").isEqualTo(ids.size());
        return ids;
    }

    private static MarketplaceQuery query(Theme theme, String language, Integer urgency, String text) {
        return new MarketplaceQuery(theme, null, language, urgency, null, null, text);
    }

    private static MarketplaceQuery text(String text) {
        return query(null, null, null, text);
    }

    private void publish(int hour, String id, String state, String title, String description, WorkPackage... packages) {
        AssistanceRequest request = AssistanceRequest.draft(id, state, title, description, List.of(packages));
        request.publish(AT.plusSeconds(3600L * hour));
        requests.save(request);
    }

    private static WorkPackage workPackage(String id, Theme theme, Set<String> languages, int urgency) {
        return new WorkPackage(id, theme, languages, 10, urgency, LocalDate.of(2027, 2, 1), LocalDate.of(2027, 6, 30), null);
    }
}
