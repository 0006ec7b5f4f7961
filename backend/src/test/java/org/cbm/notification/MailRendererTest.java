package org.cbm.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Notifications written in the recipient's language, from the templates and message bundles. */
class MailRendererTest {

    static final Map<String, String> VALUES = Map.of(
            "requestTitle", "National CSIRT",
            "packageTheme", "Incident response",
            "recipientState", "Kenya",
            "providerName", "Estonia",
            "offerTitle", "CSIRT mentoring",
            "days", "30",
            "period", "2027-02-01 to 2027-06-30",
            "link", "https://cbm.example/matches/m-42",
            "matchId", "m-42");

    private final MailRenderer renderer = new MailRenderer();

    @Test
    void writesANewProposalInEnglishWithWhatToDoNext() {
        RenderedMail mail = renderer.render(new Recipient("amina@example.org", "Amina Wanjiru", "en"),
                NotificationKind.PROPOSAL_NEW, VALUES);

        assertThat(mail.language()).isEqualTo("en");
        assertThat(mail.subject()).isEqualTo("New proposal to answer: National CSIRT");
        assertThat(mail.text()).contains("Dear Amina Wanjiru,",
                "A proposal matches the request \"National CSIRT\" of Kenya with the offer \"CSIRT mentoring\" of Estonia.",
                "Days of support: 30", "Period: 2027-02-01 to 2027-06-30", "Reference: m-42",
                "Please accept or decline this proposal:\nhttps://cbm.example/matches/m-42");
        assertThat(mail.html()).contains("<html lang=\"en\" dir=\"ltr\">", "Dear Amina Wanjiru,",
                "Please accept or decline this proposal:",
                "<a href=\"https://cbm.example/matches/m-42\" style=\"color: #0b5cad;\">https://cbm.example/matches/m-42</a>");
    }

    @Test
    void writesInFrenchToAFrenchSpeaker() {
        RenderedMail mail = renderer.render(new Recipient("awa@example.org", "Awa Diop", "fr"),
                NotificationKind.PROPOSAL_NEW, VALUES);

        assertThat(mail.language()).isEqualTo("fr");
        assertThat(mail.subject()).isEqualTo("Nouvelle proposition à examiner : National CSIRT");
        assertThat(mail.text()).contains("Bonjour Awa Diop,",
                "Une proposition associe la demande « National CSIRT » (Kenya) à l’offre « CSIRT mentoring » (Estonia).",
                "Jours d’appui : 30", "Veuillez accepter ou refuser cette proposition :");
        assertThat(mail.html()).contains("<html lang=\"fr\" dir=\"ltr\">", "Veuillez accepter ou refuser cette proposition :");
    }

    @Test
    void writesInEnglishToSpeakersOfALanguageWithoutABundle() {
        RenderedMail mail = renderer.render(new Recipient("ivan@example.org", "Ivan", "xx"),
                NotificationKind.MATCH_CONFIRMED, VALUES);

        assertThat(mail.language()).isEqualTo("en");
        assertThat(mail.subject()).isEqualTo("Match confirmed: National CSIRT");
        assertThat(mail.text()).contains("Please get in touch with the other party to plan the delivery.");
    }

    @Test
    void aDeclineGivesItsReason() {
        Map<String, String> declined = new HashMap<>(VALUES);
        declined.put("reason", "The dates do not suit us");

        RenderedMail english = renderer.render(new Recipient("k@example.org", "K", "en"), NotificationKind.PROPOSAL_DECLINED, declined);
        RenderedMail french = renderer.render(new Recipient("k@example.org", "K", "fr"), NotificationKind.PROPOSAL_DECLINED, declined);

        assertThat(english.subject()).isEqualTo("Proposal declined: National CSIRT");
        assertThat(english.text()).contains("Reason given: The dates do not suit us");
        assertThat(english.html()).contains("The dates do not suit us");
        assertThat(french.text()).contains("Motif indiqué : The dates do not suit us");
    }

    @ParameterizedTest
    @EnumSource(NotificationKind.class)
    void everyKindHasItsOwnSubjectAndTextsInEnglishAndFrench(NotificationKind kind) {
        for (String language : new String[] {"en", "fr"}) {
            RenderedMail mail = renderer.render(new Recipient("k@example.org", "K", language), kind, VALUES);

            assertThat(mail.subject()).contains("National CSIRT").doesNotContain(kind.name());
            assertThat(mail.text()).doesNotContain(kind.name(), "??", "{0}", "null");
            assertThat(mail.html()).doesNotContain(kind.name(), "??", "{0}", "null");
        }
    }

    @Test
    void valuesAreEscapedInTheHtmlPartAndVerbatimInTheText() {
        Map<String, String> hostile = new HashMap<>(VALUES);
        hostile.put("requestTitle", "<script>alert('x')</script> & co");
        hostile.put("reason", "<b>no</b>");

        RenderedMail mail = renderer.render(new Recipient("k@example.org", "<i>K</i>", "en"), NotificationKind.PROPOSAL_DECLINED, hostile);

        assertThat(mail.html()).doesNotContain("<script>", "<b>no</b>", "<i>K</i>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co", "&lt;b&gt;no&lt;/b&gt;", "Dear &lt;i&gt;K&lt;/i&gt;,");
        assertThat(mail.text()).contains("<script>alert('x')</script> & co", "<b>no</b>");
        assertThat(mail.subject()).isEqualTo("Proposal declined: <script>alert('x')</script> & co");
    }

    @Test
    void refusesALinkThatIsNotAWebAddress() {
        Map<String, String> scripted = new HashMap<>(VALUES);
        scripted.put("link", "javascript:alert(1)");

        assertThatThrownBy(() -> renderer.render(new Recipient("k@example.org", "K", "en"), NotificationKind.PROPOSAL_NEW, scripted))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("absolute http(s) URL");
    }
}
