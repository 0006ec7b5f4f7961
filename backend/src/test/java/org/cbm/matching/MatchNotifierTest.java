package org.cbm.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.cbm.EmbeddedMongoTest;
import org.cbm.account.AccountService;
import org.cbm.account.Role;
import org.cbm.offer.Offer;
import org.cbm.request.AssistanceRequest;
import org.cbm.request.WorkPackage;
import org.cbm.solver.instance.Theme;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.TestPropertySource;

/** Match events become one queued e-mail per official, in their language, exactly once. */
@EmbeddedMongoTest
@TestPropertySource(properties = "cbm.mail.sending-enabled=false")
class MatchNotifierTest {

    @Autowired
    MatchNotifier notifier;

    @Autowired
    MongoOperations mongo;

    @Autowired
    MatchRepository matches;

    @Autowired
    AccountService accounts;

    @Autowired
    Clock clock;

    @BeforeEach
    void officialsOnBothSides() {
        List.of("users", "outbox", "matches", "requests", "offers").forEach(c -> mongo.getCollection(c).deleteMany(new Document()));
        accounts.create("amina@example.org", "Amina Otieno", "password one", Set.of(Role.RECIPIENT), "KEN", "fr");
        accounts.create("kristjan@example.org", "Kristjan Tamm", "password two", Set.of(Role.PROVIDER), "EST", "en");
        accounts.create("other@example.org", "Other Official", "password three", Set.of(Role.RECIPIENT), "GHA", "en");
        AssistanceRequest request = AssistanceRequest.draft("r-1", "KEN", "National CSIRT", null, List.of(new WorkPackage(
                "p-1", Theme.INCIDENT_RESPONSE, Set.of("en"), 20, 3, LocalDate.of(2027, 2, 1), LocalDate.of(2027, 6, 30), null)));
        request.publish(Instant.parse("2026-11-01T10:00:00Z"));
        mongo.insert(request);
        mongo.insert(Offer.draft("o-1", "EST", new Offer.Terms("Incident responders", null, Set.of(Theme.INCIDENT_RESPONSE),
                Set.of("en"), 60, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), null, null)));
    }

    @Test
    void aProposalIsToldToBothSidesAndAnAcceptanceToTheOtherSideOnce() {
        matches.save(Match.propose("m-1", new Match.Pair("r-1", "p-1", "KEN", "o-1", "EST"), "plan-1", clock.instant()));

        assertThat(notifier.relayPendingEvents()).isEqualTo(1);
        assertThat(outbox()).extracting(mail -> mail.getString("to") + " " + mail.getString("kind"))
                .containsExactlyInAnyOrder("amina@example.org PROPOSAL_NEW", "kristjan@example.org PROPOSAL_NEW");
        assertThat(outbox()).filteredOn(mail -> mail.getString("to").equals("amina@example.org"))
                .singleElement().satisfies(mail -> assertThat(mail.getString("subject")).contains("National CSIRT")
                        .doesNotContain("New proposal"));
        assertThat(matches.findById("m-1").orElseThrow().pendingEvents()).isEmpty();
        assertThat(matches.findById("m-1").orElseThrow().version()).as("relaying is no change of the match").isZero();
        assertThat(notifier.relayPendingEvents()).isZero();

        Match match = matches.findById("m-1").orElseThrow();
        match.accept(Side.PROVIDER, clock.instant());
        matches.save(match);
        notifier.relayPendingEvents();

        assertThat(outbox()).hasSize(3).filteredOn(mail -> mail.getString("kind").equals("PROPOSAL_ACCEPTED"))
                .extracting(mail -> mail.getString("to")).containsExactly("amina@example.org");
    }

    @Test
    void eachOfficialIsWrittenToInTheirOwnLanguageWithTheThemeNamedInIt() {
        Map<String, String> incidentResponse = Map.of("en", "Incident response", "fr", "Réponse aux incidents",
                "es", "Respuesta a incidentes", "ru", "Реагирование на инциденты", "zh", "事件响应", "ar", "الاستجابة للحوادث");
        for (String language : AccountService.LANGUAGES) {
            accounts.create(language + "@ken.example.org", "Official " + language, "password " + language,
                    Set.of(Role.RECIPIENT), "KEN", language);
        }
        matches.save(Match.propose("m-1", new Match.Pair("r-1", "p-1", "KEN", "o-1", "EST"), "plan-1", clock.instant()));

        notifier.relayPendingEvents();

        for (String language : AccountService.LANGUAGES) {
            assertThat(outbox()).filteredOn(mail -> mail.getString("to").equals(language + "@ken.example.org"))
                    .singleElement().satisfies(mail -> {
                        assertThat(mail.getString("language")).isEqualTo(language);
                        assertThat(mail.getString("text")).contains(incidentResponse.get(language)).doesNotContain("INCIDENT_RESPONSE");
                        assertThat(mail.getString("html")).contains("lang=\"" + language + "\"",
                                "dir=\"" + (language.equals("ar") ? "rtl" : "ltr") + "\"", incidentResponse.get(language));
                    });
        }
    }

    @Test
    void unansweredProposalsAreRemindedOncePerPeriodToTheSideThatHasNotAnswered() {
        Match match = Match.propose("m-1", new Match.Pair("r-1", "p-1", "KEN", "o-1", "EST"), "plan-1",
                clock.instant().minus(Duration.ofDays(8)));
        match.accept(Side.PROVIDER, clock.instant().minus(Duration.ofDays(7)));
        matches.save(match);

        notifier.remindUnanswered();
        notifier.remindUnanswered();

        assertThat(outbox()).extracting(mail -> mail.getString("to") + " " + mail.getString("kind"))
                .containsExactly("amina@example.org PROPOSAL_REMINDER");
    }

    private List<Document> outbox() {
        return mongo.getCollection("outbox").find().into(new ArrayList<>());
    }
}
