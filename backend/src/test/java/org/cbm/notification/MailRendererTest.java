package org.cbm.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.cbm.account.AccountService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Notifications written in the recipient's language, from the templates and message bundles. */
class MailRendererTest {

    static final Map<String, String> VALUES = Map.of(
            "requestTitle", "National CSIRT",
            "packageTheme", "INCIDENT_RESPONSE",
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
                "Theme: Incident response", "Days of support: 30", "Period: 2027-02-01 to 2027-06-30", "Reference: m-42",
                "Please accept or decline this proposal:\nhttps://cbm.example/matches/m-42");
        assertThat(mail.html()).contains("<html lang=\"en\" dir=\"ltr\">", "Dear Amina Wanjiru,",
                "Please accept or decline this proposal:",
                "<a href=\"https://cbm.example/matches/m-42\" dir=\"ltr\" style=\"color: #0b5cad;\">https://cbm.example/matches/m-42</a>");
    }

    @Test
    void writesInFrenchToAFrenchSpeaker() {
        RenderedMail mail = renderer.render(new Recipient("awa@example.org", "Awa Diop", "fr"),
                NotificationKind.PROPOSAL_NEW, VALUES);

        assertThat(mail.language()).isEqualTo("fr");
        assertThat(mail.subject()).isEqualTo("Nouvelle proposition à examiner : National CSIRT");
        assertThat(mail.text()).contains("Bonjour Awa Diop,",
                "Une proposition associe la demande « National CSIRT » (Kenya) à l’offre « CSIRT mentoring » (Estonia).",
                "Thème : Réponse aux incidents", "Jours d’appui : 30", "Veuillez accepter ou refuser cette proposition :");
        assertThat(mail.html()).contains("<html lang=\"fr\" dir=\"ltr\">", "Veuillez accepter ou refuser cette proposition :");
    }

    @Test
    void namesStatesInTheReadersLanguageWhenTheirIdsAreGiven() {
        Map<String, String> withIds = new HashMap<>(VALUES);
        withIds.put("recipientStateId", "KEN");
        withIds.put("providerStateId", "EST");

        RenderedMail russian = renderer.render(new Recipient("ivan@example.org", "Иван Петров", "ru"),
                NotificationKind.PROPOSAL_NEW, withIds);
        RenderedMail english = renderer.render(new Recipient("amina@example.org", "Amina Wanjiru", "en"),
                NotificationKind.PROPOSAL_NEW, withIds);

        assertThat(russian.text()).contains("Кения", "Эстония").doesNotContain("Kenya", "Estonia");
        assertThat(english.text()).contains("of Kenya", "of Estonia");
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

    @Test
    void writesInArabicRightToLeft() {
        RenderedMail mail = renderer.render(new Recipient("layla@example.org", "ليلى حداد", "ar"),
                NotificationKind.PROPOSAL_NEW, VALUES);

        assertThat(mail.language()).isEqualTo("ar");
        assertThat(mail.subject()).isEqualTo("مقترح جديد بانتظار ردكم: National CSIRT");
        assertThat(mail.text()).contains("السيد/السيدة ليلى حداد،",
                "ثمة مقترح بمطابقة الطلب «National CSIRT» المقدَّم من Kenya مع العرض «CSIRT mentoring» المقدَّم من Estonia.",
                "الموضوع: الاستجابة للحوادث", "عدد أيام الدعم: 30", "يُرجى قبول هذا المقترح أو رفضه:");
        assertThat(mail.html()).contains("<html lang=\"ar\" dir=\"rtl\">", "<div lang=\"ar\" dir=\"rtl\" style=\"text-align: right;\">",
                "text-align: right; vertical-align: top; padding: 2px 0 2px 16px;", "الاستجابة للحوادث",
                "<a href=\"https://cbm.example/matches/m-42\" dir=\"ltr\"")
                .doesNotContain("Incident response", "INCIDENT_RESPONSE", "text-align: left");
    }

    @Test
    void writesInChinese() {
        RenderedMail mail = renderer.render(new Recipient("li@example.org", "李伟", "zh"), NotificationKind.MATCH_CONFIRMED, VALUES);

        assertThat(mail.language()).isEqualTo("zh");
        assertThat(mail.subject()).isEqualTo("配对已确认：National CSIRT");
        assertThat(mail.text()).contains("尊敬的李伟：", "双方均已接受：Estonia将通过援助方案“CSIRT mentoring”支持Kenya的请求“National CSIRT”。",
                "主题：事件响应", "支持天数：30", "请与另一方联系，共同规划实施工作。");
        assertThat(mail.html()).contains("<html lang=\"zh\" dir=\"ltr\">", "事件响应").doesNotContain("Incident response");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es", "ru", "zh", "ar"})
    void theThemeIsNamedInTheRecipientsLanguage(String language) {
        Map<String, String> themes = Map.of("en", "Incident response", "fr", "Réponse aux incidents",
                "es", "Respuesta a incidentes", "ru", "Реагирование на инциденты", "zh", "事件响应", "ar", "الاستجابة للحوادث");

        RenderedMail mail = renderer.render(new Recipient("k@example.org", "K", language), NotificationKind.PROPOSAL_NEW, VALUES);

        assertThat(mail.language()).isEqualTo(language);
        assertThat(mail.text()).contains(themes.get(language));
        assertThat(mail.html()).contains(themes.get(language), "lang=\"" + language + "\"");
    }

    @Test
    void aThemeWithoutANameInTheBundlesIsShownAsGiven() {
        Map<String, String> unknown = new HashMap<>(VALUES);
        unknown.put("packageTheme", "Quantum-safe cryptography {not a placeholder} it's");

        RenderedMail mail = renderer.render(new Recipient("k@example.org", "K", "en"), NotificationKind.PROPOSAL_NEW, unknown);

        assertThat(mail.text()).contains("Theme: Quantum-safe cryptography {not a placeholder} it's");
    }

    @ParameterizedTest
    @EnumSource(NotificationKind.class)
    void everyKindHasItsOwnSubjectAndTextsInEveryLanguage(NotificationKind kind) {
        for (String language : AccountService.LANGUAGES) {
            RenderedMail mail = renderer.render(new Recipient("k@example.org", "K", language), kind, VALUES);

            assertThat(mail.language()).isEqualTo(language);
            assertThat(mail.subject()).contains("National CSIRT").doesNotContain(kind.name());
            assertThat(mail.text()).doesNotContain(kind.name(), "??", "{0}", "null", "INCIDENT_RESPONSE");
            assertThat(mail.html()).doesNotContain(kind.name(), "??", "{0}", "null", "INCIDENT_RESPONSE", "<!--");
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
