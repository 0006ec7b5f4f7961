package org.cbm.notification;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cbm.EmbeddedMongoTest;
import org.cbm.account.Role;
import org.cbm.account.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The mail endpoints: what the embedded SMTP server received and the outbox, for coordinators only. */
@EmbeddedMongoTest
@AutoConfigureMockMvc
@TestPropertySource(properties = NotificationTestProperties.SENDING_DRIVEN_BY_TESTS)
class MailApiTest {

    private static final Authentication COORDINATOR = SignedIn.authentication("lucia@example.org", "un-coordination", Role.COORDINATOR);
    private static final Authentication RECIPIENT = SignedIn.authentication("amina@example.org", "KEN", Role.RECIPIENT);
    private static final Authentication PROVIDER = SignedIn.authentication("kristjan@example.org", "EST", Role.PROVIDER);
    private static final Authentication ADMIN = SignedIn.authentication("admin@example.org", "un-coordination", Role.ADMIN);

    @Autowired
    MockMvc mvc;

    @Autowired
    Notifications notifications;

    @Autowired
    OutboxSender sender;

    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void emptyOutbox() {
        mongo.remove(new Query(), OutboxMessage.class);
    }

    @Test
    void coordinatorsReadWhatTheEmbeddedMailServerReceived() throws Exception {
        notifications.enqueue("api/m-42/confirmed", new Recipient("amina@example.org", "Amina Wanjiru", "en"),
                NotificationKind.MATCH_CONFIRMED, MailRendererTest.VALUES);
        sender.sendDue();

        mvc.perform(get("/api/v1/mail/sent").with(authentication(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.available").value(true))
                .andExpect(jsonPath("$.messages[0].outboxId").value("api/m-42/confirmed"))
                .andExpect(jsonPath("$.messages[0].subject").value("Match confirmed: National CSIRT"))
                .andExpect(jsonPath("$.messages[0].to[0]").value("Amina Wanjiru <amina@example.org>"))
                .andExpect(jsonPath("$.messages[0].from").value("Capacity-Building Marketplace <no-reply@cbm.example>"))
                .andExpect(jsonPath("$.messages[0].date").isNotEmpty())
                .andExpect(jsonPath("$.messages[0].text").value(startsWith("Dear Amina Wanjiru,")));
    }

    @Test
    void coordinatorsSeeTheOutboxByStatus() throws Exception {
        Recipient amina = new Recipient("amina@example.org", "Amina Wanjiru", "en");
        notifications.enqueue("api/m-1/new", amina, NotificationKind.PROPOSAL_NEW, MailRendererTest.VALUES);
        sender.sendDue();
        notifications.enqueue("api/m-2/new", amina, NotificationKind.PROPOSAL_NEW, MailRendererTest.VALUES);

        mvc.perform(get("/api/v1/mail/outbox").param("status", "PENDING").with(authentication(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()").value(1))
                .andExpect(jsonPath("$.content[0].id").value("api/m-2/new"))
                .andExpect(jsonPath("$.content[0].status").value("PENDING"))
                .andExpect(jsonPath("$.content[0].html").doesNotExist());
        mvc.perform(get("/api/v1/mail/outbox").with(authentication(COORDINATOR)))
                .andExpect(jsonPath("$.page.totalElements").value(2))
                .andExpect(jsonPath("$.content[*].status", hasItem("SENT")));
    }

    @Test
    void nobodyButCoordinatorsAndAdministratorsReadsTheMail() throws Exception {
        for (Authentication other : new Authentication[] {RECIPIENT, PROVIDER}) {
            mvc.perform(get("/api/v1/mail/sent").with(authentication(other))).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/mail/outbox").with(authentication(other))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/mail/sent").with(authentication(ADMIN))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/mail/sent")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/mail/outbox")).andExpect(status().isUnauthorized());
    }

    @Test
    void anUnknownStatusIsABadRequest() throws Exception {
        mvc.perform(get("/api/v1/mail/outbox").param("status", "LOST").with(authentication(COORDINATOR)))
                .andExpect(status().isBadRequest());
    }
}
