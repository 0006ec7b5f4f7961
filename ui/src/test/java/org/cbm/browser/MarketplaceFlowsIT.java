package org.cbm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Set;
import org.cbm.SignedInUi;
import org.cbm.account.AccountService;
import org.cbm.account.Role;
import org.cbm.matching.Match;
import org.cbm.matching.MatchStatus;
import org.cbm.offer.Offer;
import org.cbm.request.AssistanceRequest;
import org.cbm.request.RequestStatus;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The flows of the web UI that people rely on most, each in a real Chromium with the whole application behind it.
 * Screenshots of each step are saved under {@code target/screenshots/<flow>/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MarketplaceFlowsIT extends BrowserFlow {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    AccountService accounts;

    @Test
    @Order(1)
    void aRecipientCreatesAndPublishesARequest() {
        Page recipient = signIn(SignedInUi.RECIPIENT);
        String id = draftRequest(recipient, "1-publish", "National CERT incident-handling exercises");

        recipient.locator("#publish").click();
        assertThat(recipient.locator("#request-status")).containsText("Published");
        screenshot(recipient, "1-publish", "3-published");

        open(recipient, "requests", "my-requests");
        assertThat(recipient.locator("#my-requests")).containsText("National CERT incident-handling exercises");
        screenshot(recipient, "1-publish", "4-my-requests");
        assertThat(id).isNotBlank();
        // Stored as published, not only shown so: the address names the request saved as a draft above.
        assertThat(mongo.findById(id, AssistanceRequest.class).status()).isEqualTo(RequestStatus.PUBLISHED);
    }

    @Test
    @Order(2)
    void aCoordinatorRunsTheSolverAndPublishesThePlan() {
        Page coordinator = signIn(SignedInUi.COORDINATOR);
        open(coordinator, "solver", "solver-seconds");
        field(coordinator, "solver-seconds").fill("8");
        coordinator.locator("#start-run").click();
        assertThat(coordinator.locator("#run-status")).containsText("Running");
        coordinator.waitForTimeout(5000);
        screenshot(coordinator, "2-solver", "1-running");

        assertThat(coordinator.locator("#run-status")).containsText("Draft");
        assertThat(coordinator.locator("#publish-plan")).isVisible();
        coordinator.locator("#plan-comparison").scrollIntoViewIfNeeded();
        screenshot(coordinator, "2-solver", "2-draft-and-published");
        coordinator.locator("#publish-plan").click();
        coordinator.locator("#confirm-publish").click();
        assertThat(coordinator.locator("#run-status")).containsText("Published");
        screenshot(coordinator, "2-solver", "3-published");

        open(coordinator, "dashboard", "navigation");
        // The published plan's figures are shown (and in the screenshot): a blank page lacks the notice below too.
        assertThat(coordinator.locator("#figure-coverage")).isVisible();
        coordinator.waitForTimeout(2000);
        screenshot(coordinator, "2-solver", "4-dashboard");
        assertThat(coordinator.locator("#no-published-plan")).hasCount(0);
    }

    @Test
    @Order(3)
    void bothSidesAcceptAProposalAndSeeItConfirmed() {
        Match proposal = unambiguousProposal();
        String title = requestTitle(proposal);
        Page recipient = signIn(official(proposal.pair().recipientId(), Role.RECIPIENT));
        Page provider = signIn(official(proposal.pair().providerId(), Role.PROVIDER));

        accept(recipient, title, "recipient");
        accept(provider, title, "provider");

        open(recipient, "assistance", "navigation");
        assertThat(row(recipient, title)).isVisible();
        assertThat(recipient.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Confirmed")).first()).isVisible();
        screenshot(recipient, "3-accept", "5-recipient-assistance");
        open(provider, "commitments", "navigation");
        assertThat(row(provider, title)).isVisible();
        assertThat(provider.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Confirmed")).first()).isVisible();
        screenshot(provider, "3-accept", "6-provider-commitments");
        assertThat(mongo.findById(proposal.id(), Match.class).status()).isEqualTo(MatchStatus.CONFIRMED);
    }

    @Test
    @Order(4)
    void aProviderCannotOpenARecipientsDraftByItsAddress() {
        Page recipient = signIn(SignedInUi.RECIPIENT);
        String id = draftRequest(recipient, "4-draft-by-url", "Confidential draft: critical infrastructure review");

        Page provider = signIn(SignedInUi.PROVIDER);
        provider.navigate(url("requests/" + id));
        provider.waitForLoadState();
        provider.waitForTimeout(1000);
        screenshot(provider, "4-draft-by-url", "3-provider");
        assertThat(provider.locator("body")).containsText("Not found or not visible");
        assertThat(provider.locator("body")).not().containsText("Confidential draft");
        assertThat(provider.locator("#request-title")).hasCount(0);
    }

    @Test
    @Order(5)
    void arabicIsShownRightToLeft() {
        Page visitor = chromium.newPerson("ar");
        visitor.navigate(url("login"));
        assertThat(visitor.locator("vaadin-login-form")).isVisible();
        assertThat(visitor.locator("html")).hasAttribute("dir", "rtl");
        screenshot(visitor, "5-arabic", "1-login");

        Page provider = signIn(SignedInUi.PROVIDER);
        assertThat(provider.locator("#marketplace-grid")).isVisible();
        screenshot(provider, "5-arabic", "2-marketplace-in-english");
        choose(provider, "language", "العربية");
        assertThat(provider.locator("html")).hasAttribute("dir", "rtl");
        assertThat(provider.locator("#navigation")).containsText("سوق الطلبات");
        screenshot(provider, "5-arabic", "3-marketplace-in-arabic");

        choose(provider, "language", "English");
        assertThat(provider.locator("html")).hasAttribute("dir", "ltr");
    }

    /** One side opens its proposals, reads the explanation and accepts the proposal for this request. */
    private void accept(Page official, String requestTitle, String side) {
        open(official, "proposals", "proposal-grid");
        row(official, requestTitle).click();
        assertThat(official.locator("#proposal-explanation")).isVisible();
        official.locator("#proposal-explanation").scrollIntoViewIfNeeded();
        screenshot(official, "3-accept", side.equals("recipient") ? "1-recipient-proposal" : "3-provider-proposal");
        official.locator("#accept").click();
        official.waitForTimeout(1000);
        screenshot(official, "3-accept", side.equals("recipient") ? "2-recipient-accepted" : "4-provider-accepted");
    }

    private static Locator row(Page page, String text) {
        return page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(text)).first();
    }

    /**
     * An open proposal that neither side can confuse with another one: no other open proposal of its State or its
     * provider shows its request's title (as request or as offer title: they are often alike).
     */
    private Match unambiguousProposal() {
        List<Match> open = mongo.find(Query.query(Criteria.where("status").is(MatchStatus.PROPOSED)), Match.class);
        List<Match> all = mongo.find(Query.query(Criteria.where("status").in(MatchStatus.PROPOSED,
                MatchStatus.ACCEPTED_BY_PROVIDER, MatchStatus.ACCEPTED_BY_RECIPIENT)), Match.class);
        return open.stream().filter(candidate -> {
            String title = requestTitle(candidate);
            return all.stream().filter(other -> !other.id().equals(candidate.id()))
                    .filter(other -> other.pair().recipientId().equals(candidate.pair().recipientId())
                            || other.pair().providerId().equals(candidate.pair().providerId()))
                    .noneMatch(other -> requestTitle(other).equals(title) || offerTitle(other).equals(title));
        }).findFirst().orElseThrow(() -> new AssertionError("no open proposal to accept in the demo marketplace"));
    }

    private String requestTitle(Match match) {
        return mongo.findById(match.pair().requestId(), AssistanceRequest.class).title();
    }

    private String offerTitle(Match match) {
        return mongo.findById(match.pair().offerId(), Offer.class).title();
    }

    /** An account for an official of this organisation (the demo has one account per role, not per organisation). */
    private String official(String organisationId, Role role) {
        String email = role.name().toLowerCase() + "." + organisationId.toLowerCase() + "@flows.example";
        if (accounts.findByEmail(email).isEmpty()) {
            accounts.create(email, "Official of " + organisationId, PASSWORD, Set.of(role), organisationId, "en");
        }
        return email;
    }

    /** Writes a request with one work package in the editor and saves it as a draft; returns its id. */
    private String draftRequest(Page recipient, String flow, String title) {
        open(recipient, "requests", "new-request");
        recipient.locator("#new-request").click();
        field(recipient, "request-title").fill(title);
        field(recipient, "request-description").fill("Two table-top exercises and one technical drill for the national CERT.");
        if (recipient.locator("#package-0-theme").count() == 0) {
            recipient.locator("#add-package").click();
        }
        pick(recipient, "package-0-theme", "Incident response");
        pick(recipient, "package-0-languages", "English");
        field(recipient, "package-0-days").fill("20");
        choose(recipient, "package-0-urgency", "High");
        // The demo accounts use English (en): dates are typed month first.
        field(recipient, "package-0-start").fill("3/1/2027");
        field(recipient, "package-0-start").press("Enter");
        field(recipient, "package-0-end").fill("6/30/2027");
        field(recipient, "package-0-end").press("Enter");
        screenshot(recipient, flow, "1-editor");

        recipient.locator("#save-draft").click();
        recipient.waitForURL(url -> url.matches(".*/requests/(?!new)[^/]+$"));
        assertThat(recipient.locator("#request-status")).containsText("Draft");
        screenshot(recipient, flow, "2-draft");
        return recipient.url().substring(recipient.url().lastIndexOf('/') + 1);
    }

    /** Types into a combo box and takes the first suggestion, as a keyboard user does. */
    private static void pick(Page page, String id, String text) {
        Locator input = field(page, id);
        input.fill(text);
        page.locator("vaadin-combo-box-item, vaadin-multi-select-combo-box-item").filter(new Locator.FilterOptions()
                .setHasText(text)).first().click();
        input.press("Escape");
    }

    /** Opens a select and chooses the item with this text. */
    private static void choose(Page page, String id, String text) {
        page.locator("#" + id).click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(text)).first().click();
    }
}
