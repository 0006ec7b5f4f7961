package org.cbm.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cbm.EmbeddedMongoTest;
import org.cbm.account.Role;
import org.cbm.account.SignedIn;
import org.cbm.solver.instance.Theme;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

/** The requests API as each kind of user meets it: own State, other State, provider, coordinator. */
@EmbeddedMongoTest
@AutoConfigureMockMvc
class RequestApiTest {

    private static final Authentication KENYA = SignedIn.authentication("amina@example.org", "KEN", Role.RECIPIENT);
    private static final Authentication GHANA = SignedIn.authentication("kofi@example.org", "GHA", Role.RECIPIENT);
    private static final Authentication ESTONIA = SignedIn.authentication("kristjan@example.org", "EST", Role.PROVIDER);
    private static final Authentication COORDINATOR = SignedIn.authentication("lucia@example.org", "un-coordination", Role.COORDINATOR);

    private static final String VALID = """
            {"title": "National CSIRT", "description": "Set up a CSIRT",
             "packages": [{"theme": "INCIDENT_RESPONSE", "languages": ["en", "fr"], "days": 30, "urgency": 3,
                           "start": "2027-02-01", "end": "2027-06-30"}]}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    AssistanceRequestRepository requests;

    @BeforeEach
    void noRequests() {
        requests.deleteAll();
    }

    @Test
    void aRecipientCreatesADraftOfItsOwnStateWithGeneratedPackageIds() throws Exception {
        JsonNode created = create(KENYA);

        assertThat(created.get("recipientId").asText()).isEqualTo("KEN");
        assertThat(created.get("status").asText()).isEqualTo("DRAFT");
        assertThat(created.at("/packages/0/id").asText()).startsWith("p-");
        assertThat(created.get("version").asLong()).isZero();
    }

    @Test
    void aDraftIsNotFoundForAnyoneButItsOwnState() throws Exception {
        String id = create(KENYA).get("id").asText();

        mvc.perform(get("/api/v1/requests/" + id).with(authentication(KENYA))).andExpect(status().isOk());
        for (Authentication other : new Authentication[] {GHANA, ESTONIA, COORDINATOR}) {
            mvc.perform(get("/api/v1/requests/" + id).with(authentication(other))).andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/requests").with(authentication(other)))
                    .andExpect(jsonPath("$.content[*].id", not(hasItem(id))));
        }
    }

    @Test
    void anotherStateCannotChangeARequestAndNothingChanges() throws Exception {
        String id = create(KENYA).get("id").asText();

        mvc.perform(put("/api/v1/requests/" + id).with(authentication(GHANA)).contentType(MediaType.APPLICATION_JSON)
                .content(VALID.replace("{\"title\"", "{\"version\": 0, \"title\"").replace("National CSIRT", "Hijacked")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/requests/" + id + "/publish").param("version", "0").with(authentication(GHANA)))
                .andExpect(status().isNotFound());

        AssistanceRequest stored = requests.findById(id).orElseThrow();
        assertThat(stored.title()).isEqualTo("National CSIRT");
        assertThat(stored.status()).isEqualTo(RequestStatus.DRAFT);
    }

    @Test
    void aProviderMayNotCreateRequestsButMarksInterestInPublishedOnes() throws Exception {
        mvc.perform(post("/api/v1/requests").with(authentication(ESTONIA)).contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isForbidden());
        String id = create(KENYA).get("id").asText();
        mvc.perform(post("/api/v1/requests/" + id + "/interest").with(authentication(ESTONIA)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/requests/" + id + "/publish").param("version", "0").with(authentication(KENYA)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"));

        mvc.perform(post("/api/v1/requests/" + id + "/interest").with(authentication(ESTONIA)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.interestedProviders", containsInAnyOrder("EST")));
        mvc.perform(post("/api/v1/requests/" + id + "/interest").with(authentication(ESTONIA)))
                .andExpect(jsonPath("$.interestedProviders", containsInAnyOrder("EST")));
    }

    @Test
    void invalidInputNamesEachBadFieldAndStoresNothing() throws Exception {
        String invalid = """
                {"title": "", "packages": [{"theme": "INCIDENT_RESPONSE", "languages": [], "days": 0, "urgency": 5,
                                            "start": "2027-06-30", "end": "2027-02-01"}]}""";

        mvc.perform(post("/api/v1/requests").with(authentication(KENYA)).contentType(MediaType.APPLICATION_JSON).content(invalid))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Invalid input"))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("title", "packages[0].languages",
                        "packages[0].days", "packages[0].urgency", "packages[0].end")));
        assertThat(requests.count()).isZero();
    }

    @Test
    void anUnknownThemeIsNamedWithTheAllowedValues() throws Exception {
        mvc.perform(post("/api/v1/requests").with(authentication(KENYA)).contentType(MediaType.APPLICATION_JSON)
                        .content(VALID.replace("INCIDENT_RESPONSE", "HACKING")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("packages[0].theme"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("must be one of [STRATEGY_POLICY")));
    }

    @Test
    void aChangeBasedOnAStaleVersionIsAConflictAndChangesNothing() throws Exception {
        String id = create(KENYA).get("id").asText();
        String revised = VALID.replace("{\"title\"", "{\"version\": 0, \"title\"").replace("National CSIRT", "Revised once");
        mvc.perform(put("/api/v1/requests/" + id).with(authentication(KENYA)).contentType(MediaType.APPLICATION_JSON).content(revised))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));

        mvc.perform(put("/api/v1/requests/" + id).with(authentication(KENYA)).contentType(MediaType.APPLICATION_JSON)
                        .content(revised.replace("Revised once", "Based on version 0")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("you edited version 0, the current version is 1")));
        assertThat(requests.findById(id).orElseThrow().title()).isEqualTo("Revised once");
    }

    @Test
    void theListFiltersAsTheMarketplaceWithinWhatEachUserMaySee() throws Exception {
        requests.save(published("r-ken", "KEN", "National CSIRT", Theme.INCIDENT_RESPONSE, "en", 3));
        requests.save(published("r-eth", "ETH", "Cybercrime law", Theme.LEGISLATION, "fr", 2));
        requests.save(AssistanceRequest.draft("r-ken-draft", "KEN", "CSIRT training", null,
                List.of(workPackage("p-ken-draft", Theme.INCIDENT_RESPONSE, "en", 3))));

        mvc.perform(get("/api/v1/requests").param("region", "AFRICA").param("theme", "INCIDENT_RESPONSE")
                        .with(authentication(ESTONIA)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.content[*].id", containsInAnyOrder("r-ken")));
        mvc.perform(get("/api/v1/requests").param("priorityGroup", "LDC").param("language", "fr")
                        .param("incomeGroup", "LIC").with(authentication(ESTONIA)))
                .andExpect(jsonPath("$.content[*].id", containsInAnyOrder("r-eth")))
                .andExpect(jsonPath("$.page.totalElements").value(1));
        mvc.perform(get("/api/v1/requests").param("text", "csirt").with(authentication(COORDINATOR)))
                .andExpect(jsonPath("$.content[*].id", containsInAnyOrder("r-ken")));
        // A State's officials still see their own drafts among the matches.
        mvc.perform(get("/api/v1/requests").param("urgency", "3").param("text", "CSIRT").with(authentication(KENYA)))
                .andExpect(jsonPath("$.content[*].id", containsInAnyOrder("r-ken", "r-ken-draft")));
        mvc.perform(get("/api/v1/requests").param("urgency", "3").param("status", "DRAFT").with(authentication(KENYA)))
                .andExpect(jsonPath("$.content[*].id", containsInAnyOrder("r-ken-draft")));
    }

    @Test
    void invalidFiltersOfTheListAreNamed() throws Exception {
        mvc.perform(get("/api/v1/requests").param("urgency", "7").param("language", "xx").param("text", "x".repeat(201))
                        .with(authentication(ESTONIA)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("urgency", "language", "text")));
        mvc.perform(get("/api/v1/requests").param("priorityGroup", "POOR").with(authentication(ESTONIA)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("priorityGroup"))
                .andExpect(jsonPath("$.errors[0].message").value("must be one of [LDC, LLDC, SIDS]"));
    }

    @Test
    void withoutCredentialsTheApiAnswers401() throws Exception {
        mvc.perform(get("/api/v1/requests")).andExpect(status().isUnauthorized());
    }

    private static AssistanceRequest published(String id, String state, String title, Theme theme, String language,
            int urgency) {
        AssistanceRequest request = AssistanceRequest.draft(id, state, title, null,
                List.of(workPackage("p-" + id, theme, language, urgency)));
        request.publish(Instant.parse("2026-11-01T10:00:00Z"));
        return request;
    }

    private static WorkPackage workPackage(String id, Theme theme, String language, int urgency) {
        return new WorkPackage(id, theme, Set.of(language), 10, urgency, LocalDate.of(2027, 2, 1),
                LocalDate.of(2027, 6, 30), null);
    }

    private JsonNode create(Authentication who) throws Exception {
        String body = mvc.perform(post("/api/v1/requests").with(authentication(who))
                        .contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }
}
