package org.cbm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.cbm.account.AccountService;
import org.cbm.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The whole marketplace through the REST API on the embedded database, as its users would go through it, with
 * the e-mails of each step delivered to the embedded SMTP server (GreenMail).
 */
@EmbeddedMongoTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {"cbm.matching.notify-interval=PT0.2S", "cbm.matching.notify-initial-delay=PT0.2S",
        "cbm.mail.send-interval=PT0.2S"})
class MarketplaceApiFlowTest {

    private static final String RECIPIENT = "amina@example.org";
    private static final String PROVIDER = "kristjan@example.org";
    private static final String OTHER_PROVIDER = "ola@example.org";
    private static final String COORDINATOR = "lucia@example.org";
    private static final String PASSWORD = "a long pass phrase";

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    AccountService accounts;

    @Autowired
    MongoOperations mongo;

    @BeforeEach
    void emptyMarketplaceWithOfficials() {
        List.of("users", "requests", "offers", "matches", "plans", "publishedPlan", "locks", "outbox")
                .forEach(collection -> mongo.getCollection(collection).deleteMany(new Document()));
        accounts.create(RECIPIENT, "Amina Otieno", PASSWORD, Set.of(Role.RECIPIENT), "KEN", "fr");
        accounts.create(PROVIDER, "Kristjan Tamm", PASSWORD, Set.of(Role.PROVIDER), "EST", "en");
        accounts.create(OTHER_PROVIDER, "Ola Nordmann", PASSWORD, Set.of(Role.PROVIDER), "NOR", "en");
        accounts.create(COORDINATOR, "Lucía Fernández", PASSWORD, Set.of(Role.COORDINATOR), "un-coordination", "es");
    }

    @Test
    void fromRequestToConfirmedMatchWithEmailsAtEachStep() throws Exception {
        JsonNode request = call(post("/api/v1/requests"), RECIPIENT, """
                {"title": "National CSIRT", "packages": [
                  {"theme": "INCIDENT_RESPONSE", "languages": ["en"], "days": 20, "urgency": 3, "start": "2027-02-01", "end": "2027-06-30"},
                  {"theme": "LEGISLATION", "languages": ["en"], "days": 10, "urgency": 2, "start": "2027-03-01", "end": "2027-09-30"}]}""");
        call(post("/api/v1/requests/" + request.get("id").asText() + "/publish?version=0"), RECIPIENT, null);
        JsonNode offer = call(post("/api/v1/offers"), PROVIDER, offer("INCIDENT_RESPONSE"));
        call(post("/api/v1/offers/" + offer.get("id").asText() + "/activate?version=0"), PROVIDER, null);
        JsonNode otherOffer = call(post("/api/v1/offers"), OTHER_PROVIDER, offer("LEGISLATION"));
        call(post("/api/v1/offers/" + otherOffer.get("id").asText() + "/activate?version=0"), OTHER_PROVIDER, null);

        JsonNode first = solveAndPublish();
        assertThat(first.get("assignments")).hasSize(2);
        awaitMail(RECIPIENT, 2);
        awaitMail(PROVIDER, 1);
        awaitMail(OTHER_PROVIDER, 1);

        JsonNode proposals = call(get("/api/v1/matches?status=PROPOSED"), RECIPIENT, null).get("content");
        JsonNode toConfirm = proposalOf(proposals, offer.get("id").asText());
        JsonNode toDecline = proposalOf(proposals, otherOffer.get("id").asText());
        call(post("/api/v1/matches/" + toConfirm.get("id").asText() + "/accept?version=0"), PROVIDER, null);
        JsonNode confirmed = call(post("/api/v1/matches/" + toConfirm.get("id").asText() + "/accept?version=1"), RECIPIENT, null);
        assertThat(confirmed.get("status").asText()).isEqualTo("CONFIRMED");
        call(post("/api/v1/matches/" + toDecline.get("id").asText() + "/decline?version=0"), RECIPIENT,
                "{\"reason\": \"Our parliament has postponed the bill\"}");
        assertThat(call(get("/api/v1/matches/" + toConfirm.get("id").asText()), PROVIDER, null).get("status").asText())
                .isEqualTo("CONFIRMED");
        awaitMail(RECIPIENT, 4);        // + the provider's acceptance + the confirmation
        awaitMail(PROVIDER, 2);         // + the confirmation
        awaitMail(OTHER_PROVIDER, 2);   // + the decline, with its reason
        assertThat(sentTo(OTHER_PROVIDER)).anySatisfy(mail ->
                assertThat(mail.get("text").asText()).contains("Our parliament has postponed the bill"));

        JsonNode second = solveAndPublish();
        assertThat(second.get("assignments")).extracting(pair -> pair.get("packageId").asText() + "->" + pair.get("offerId").asText())
                .contains(toConfirm.get("packageId").asText() + "->" + offer.get("id").asText())
                .doesNotContain(toDecline.get("packageId").asText() + "->" + otherOffer.get("id").asText());
        JsonNode instance = call(get("/api/v1/plans/" + second.get("id").asText() + "/instance"), COORDINATOR, null);
        assertThat(instance.get("pinned")).hasSize(1);
        assertThat(instance.get("declined")).hasSize(1);
        assertThat(call(get("/api/v1/matches"), COORDINATOR, null).get("content"))
                .noneMatch(match -> match.get("packageId").asText().equals(toDecline.get("packageId").asText())
                        && List.of("PROPOSED", "ACCEPTED_BY_PROVIDER", "ACCEPTED_BY_RECIPIENT").contains(match.get("status").asText()));
    }

    private JsonNode solveAndPublish() throws Exception {
        String id = call(post("/api/v1/plans?seconds=2"), COORDINATOR, null).get("id").asText();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                !call(get("/api/v1/plans/" + id), COORDINATOR, null).get("status").asText().equals("RUNNING")
                        && mongo.getCollection("locks").countDocuments() == 0);
        assertThat(call(get("/api/v1/plans/" + id), COORDINATOR, null).get("status").asText()).isEqualTo("DRAFT");
        return call(post("/api/v1/plans/" + id + "/publish"), COORDINATOR, null);
    }

    private void awaitMail(String to, int count) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(sentTo(to)).hasSize(count));
    }

    private List<JsonNode> sentTo(String to) throws Exception {
        List<JsonNode> mails = new ArrayList<>();
        for (JsonNode mail : call(get("/api/v1/mail/sent"), COORDINATOR, null).get("messages")) {
            for (JsonNode address : mail.get("to")) {
                if (address.asText().contains(to)) {
                    mails.add(mail);
                }
            }
        }
        return mails;
    }

    private static JsonNode proposalOf(JsonNode proposals, String offerId) {
        for (JsonNode proposal : proposals) {
            if (proposal.get("offerId").asText().equals(offerId)) {
                return proposal;
            }
        }
        throw new AssertionError("no proposal with offer " + offerId + " in " + proposals);
    }

    private static String offer(String theme) {
        return """
                {"title": "Experts", "themes": ["%s"], "languages": ["en"], "capacityDays": 40,
                 "start": "2027-01-01", "end": "2027-12-31"}""".formatted(theme);
    }

    private JsonNode call(MockHttpServletRequestBuilder request, String user, String body) throws Exception {
        request.with(httpBasic(user, PASSWORD));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        String response = mvc.perform(request).andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString();
        return json.readTree(response);
    }
}
