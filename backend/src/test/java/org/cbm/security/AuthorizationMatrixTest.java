package org.cbm.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cbm.EmbeddedMongoTest;
import org.cbm.account.Role;
import org.cbm.account.SignedIn;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every REST endpoint, for every role, on its own tenant's items and on another tenant's. The rule table below
 * must name every endpoint the application serves: a new endpoint without a rule fails the build. An attempt that
 * is refused must leave every stored item exactly as it was.
 */
@EmbeddedMongoTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "cbm.scheduling.enabled=false") // background jobs would change data under the checks
@Import(ApiFixtures.class)
class AuthorizationMatrixTest {

    /** Who tries: a recipient State (own = Kenya, other = Ghana), a provider (own = Estonia, other = Norway), ... */
    private static final Map<String, Authentication> ACTORS = new LinkedHashMap<>();

    static {
        ACTORS.put("recipient-own", SignedIn.authentication("amina@example.org", "KEN", Role.RECIPIENT));
        ACTORS.put("recipient-other", SignedIn.authentication("kofi@example.org", "GHA", Role.RECIPIENT));
        ACTORS.put("provider-own", SignedIn.authentication("kristjan@example.org", "EST", Role.PROVIDER));
        ACTORS.put("provider-other", SignedIn.authentication("ola@example.org", "NOR", Role.PROVIDER));
        ACTORS.put("coordinator", SignedIn.authentication("lucia@example.org", "un-coordination", Role.COORDINATOR));
        ACTORS.put("admin", SignedIn.authentication("wei@example.org", "un-coordination", Role.ADMIN));
    }

    private static final String REQUEST = """
            {"version": 0, "title": "National CSIRT", "packages": [{"theme": "INCIDENT_RESPONSE", "languages": ["en"],
             "days": 30, "urgency": 3, "start": "2027-02-01", "end": "2027-06-30"}]}""";
    private static final String OFFER = """
            {"version": 0, "title": "Experts", "themes": ["INCIDENT_RESPONSE"], "languages": ["en"], "capacityDays": 60,
             "start": "2027-01-01", "end": "2027-12-31"}""";
    private static final String POLICY = """
            {"basedOnVersion": 1, "values": {"tierWeights": [4, 3, 2, 1], "concentrationCapPercent": 40,
             "concentrationPenalty": 1, "stabilityPenalty": 1000, "interestBonus": 1}}""";

    /**
     * endpoint | URL tried (fixture ids below) | body | expected status for recipient-own, recipient-other,
     * provider-own, provider-other, coordinator, admin.
     */
    private static final String RULES = """
            GET /api/v1/me                              | /api/v1/me                                  |         | 200 200 200 200 200 200
            PUT /api/v1/me/language                     | /api/v1/me/language                         | LANGUAGE | 200 200 200 200 200 200
            GET /api/v1/me/vetoes                       | /api/v1/me/vetoes                           |         | 200 200 403 403 403 403
            PUT /api/v1/me/vetoes                       | /api/v1/me/vetoes                           | VETOES  | 200 200 403 403 403 403
            GET /api/v1/me/tokens                       | /api/v1/me/tokens                           |         | 200 200 200 200 200 200
            POST /api/v1/me/tokens                      | /api/v1/me/tokens                           | TOKEN   | 201 201 201 201 201 201
            DELETE /api/v1/me/tokens/{id}               | /api/v1/me/tokens/t-1                       |         | 200 404 404 404 404 404
            GET /api/v1/requests                        | /api/v1/requests                            |         | 200 200 200 200 200 200
            GET /api/v1/requests/{id}                   | /api/v1/requests/r-draft                    |         | 200 404 404 404 404 404
            POST /api/v1/requests                       | /api/v1/requests                            | REQUEST | 201 201 403 403 403 403
            PUT /api/v1/requests/{id}                   | /api/v1/requests/r-draft                    | REQUEST | 200 404 403 403 403 403
            POST /api/v1/requests/{id}/publish          | /api/v1/requests/r-draft/publish?version=0  |         | 200 404 403 403 403 403
            POST /api/v1/requests/{id}/withdraw         | /api/v1/requests/r-pub/withdraw?version=0   |         | 200 404 403 403 403 403
            POST /api/v1/requests/{id}/interest         | /api/v1/requests/r-pub/interest             |         | 403 403 200 200 403 403
            GET /api/v1/offers                          | /api/v1/offers                              |         | 200 200 200 200 200 200
            GET /api/v1/offers/{id}                     | /api/v1/offers/o-draft                      |         | 404 404 200 404 404 404
            POST /api/v1/offers                         | /api/v1/offers                              | OFFER   | 403 403 201 201 403 403
            PUT /api/v1/offers/{id}                     | /api/v1/offers/o-draft                      | OFFER   | 403 403 200 404 403 403
            POST /api/v1/offers/{id}/activate           | /api/v1/offers/o-draft/activate?version=0   |         | 403 403 200 404 403 403
            POST /api/v1/offers/{id}/close              | /api/v1/offers/o-active/close?version=0     |         | 403 403 200 404 403 403
            GET /api/v1/matches                         | /api/v1/matches                             |         | 200 200 200 200 200 200
            GET /api/v1/matches/{id}                    | /api/v1/matches/m-proposed                  |         | 200 404 200 404 200 404
            GET /api/v1/matches/{id}/reasons            | /api/v1/matches/m-proposed/reasons          |         | 200 404 200 404 200 404
            POST /api/v1/matches/{id}/accept            | /api/v1/matches/m-proposed/accept?version=0 |         | 200 404 200 404 403 404
            POST /api/v1/matches/{id}/decline           | /api/v1/matches/m-proposed/decline?version=0 | DECLINE | 200 404 200 404 403 404
            POST /api/v1/matches/{id}/start-delivery    | /api/v1/matches/m-confirmed/start-delivery?version=0 | | 200 404 200 404 403 404
            POST /api/v1/matches/{id}/complete          | /api/v1/matches/m-delivery/complete?version=0 | COMPLETE | 200 404 403 404 403 404
            GET /api/v1/policy                          | /api/v1/policy                              |         | 200 200 200 200 200 200
            GET /api/v1/policy/versions                 | /api/v1/policy/versions                     |         | 200 200 200 200 200 200
            POST /api/v1/policy                         | /api/v1/policy                              | POLICY  | 403 403 403 403 201 403
            GET /api/v1/audit                           | /api/v1/audit                               |         | 403 403 403 403 200 403
            GET /api/v1/reference/states                | /api/v1/reference/states                    |         | 200 200 200 200 200 200
            GET /api/v1/reference/themes                | /api/v1/reference/themes                    |         | 200 200 200 200 200 200
            GET /api/v1/admin/users                     | /api/v1/admin/users                         |         | 403 403 403 403 403 200
            POST /api/v1/admin/users                    | /api/v1/admin/users                         | USER    | 403 403 403 403 403 201
            PUT /api/v1/admin/users/{id}                | /api/v1/admin/users/u-1                     | USER_CHANGE | 403 403 403 403 403 200
            POST /api/v1/admin/users/{id}/unlock        | /api/v1/admin/users/u-1/unlock              |         | 403 403 403 403 403 200
            GET /api/v1/admin/organisations             | /api/v1/admin/organisations                 |         | 403 403 403 403 403 200
            POST /api/v1/admin/organisations            | /api/v1/admin/organisations                 | PARTNER | 403 403 403 403 403 201
            PUT /api/v1/admin/organisations/{id}        | /api/v1/admin/organisations/matrix-partner  | RENAME  | 403 403 403 403 403 200
            POST /api/v1/plans                          | /api/v1/plans?seconds=1                     |         | 403 403 403 403 202 403
            GET /api/v1/plans                           | /api/v1/plans                               |         | 403 403 403 403 200 403
            GET /api/v1/plans/{id}                      | /api/v1/plans/plan-draft                    |         | 403 403 403 403 200 403
            GET /api/v1/plans/{id}/progress             | /api/v1/plans/plan-running/progress         |         | 403 403 403 403 200 403
            POST /api/v1/plans/{id}/cancel              | /api/v1/plans/plan-running/cancel           |         | 403 403 403 403 200 403
            GET /api/v1/plans/{id}/comparison           | /api/v1/plans/plan-draft/comparison         |         | 403 403 403 403 200 403
            POST /api/v1/plans/{id}/publish             | /api/v1/plans/plan-draft/publish            |         | 403 403 403 403 200 403
            GET /api/v1/plans/{id}/instance             | /api/v1/plans/plan-draft/instance           |         | 403 403 403 403 200 403
            GET /api/v1/plans/{id}/plan                 | /api/v1/plans/plan-draft/plan               |         | 403 403 403 403 200 403
            GET /api/v1/plans/{id}/explanation          | /api/v1/plans/plan-draft/explanation        |         | 403 403 403 403 200 403
            GET /api/v1/metrics                         | /api/v1/metrics                             |         | 200 200 200 200 200 200
            GET /api/v1/metrics/marketplace             | /api/v1/metrics/marketplace                 |         | 200 200 200 200 200 200
            GET /api/v1/mail/sent                       | /api/v1/mail/sent                           |         | 403 403 403 403 200 200
            GET /api/v1/mail/outbox                     | /api/v1/mail/outbox                         |         | 403 403 403 403 200 200
            """;

    private static final Map<String, String> BODIES = Map.ofEntries(
            Map.entry("TOKEN", "{\"name\": \"script\"}"),
            Map.entry("LANGUAGE", "{\"language\": \"fr\"}"),
            Map.entry("VETOES", "{\"version\": null, \"providerIds\": [\"EST\"]}"),
            Map.entry("REQUEST", REQUEST),
            Map.entry("OFFER", OFFER),
            Map.entry("POLICY", POLICY),
            Map.entry("DECLINE", "{\"reason\": \"Not needed\"}"),
            Map.entry("COMPLETE", "{\"rating\": 5, \"comment\": \"Good\"}"),
            Map.entry("USER", """
                    {"email": "new.official@example.org", "displayName": "New Official", "initialPassword": "a long initial secret",
                     "roles": ["RECIPIENT"], "organisationId": "KEN", "preferredLanguage": "fr"}"""),
            Map.entry("USER_CHANGE", """
                    {"version": 0, "displayName": "Renamed", "roles": ["PROVIDER"], "organisationId": "EST",
                     "preferredLanguage": "en", "enabled": true}"""),
            Map.entry("PARTNER", "{\"id\": \"new-partner\", \"name\": \"New Partner\", \"kind\": \"ACADEMIA\"}"),
            Map.entry("RENAME", "{\"version\": 0, \"name\": \"Renamed Partner\"}"));


    record Rule(String endpoint, String url, String body, Map<String, Integer> expected) {
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiFixtures fixtures;

    @Autowired
    RequestMappingHandlerMapping handlerMapping;

    @Test
    void everyEndpointHasARuleAndEveryRuleAnEndpoint() {
        Set<String> endpoints = ApiEndpoints.all(handlerMapping);

        Set<String> ruled = rules().stream().map(Rule::endpoint).collect(Collectors.toCollection(TreeSet::new));
        assertThat(ruled)
                .as("endpoints without an authorisation rule in AuthorizationMatrixTest.RULES, or rules without endpoint")
                .isEqualTo(endpoints);
    }

    @TestFactory
    Stream<DynamicTest> everyRoleOnOwnAndOtherTenants() {
        return rules().stream().flatMap(rule -> ACTORS.keySet().stream().map(actor ->
                DynamicTest.dynamicTest(rule.endpoint() + " as " + actor + " -> " + rule.expected().get(actor),
                        () -> check(rule, actor))));
    }

    private void check(Rule rule, String actor) throws Exception {
        fixtures.reset();
        Map<String, List<String>> before = fixtures.snapshot();
        String[] method = rule.endpoint().split(" ", 2);
        var call = request(HttpMethod.valueOf(method[0]), rule.url()).with(authentication(ACTORS.get(actor)));
        if (rule.body() != null) {
            call = call.contentType(MediaType.APPLICATION_JSON).content(BODIES.get(rule.body()));
        }

        int status = mvc.perform(call).andReturn().getResponse().getStatus();

        assertThat(status).as("%s as %s", rule.endpoint(), actor).isEqualTo(rule.expected().get(actor));
        if (status >= 300) {
            assertThat(fixtures.snapshot()).as("a refused call must change nothing").isEqualTo(before);
        }
    }

    private static List<Rule> rules() {
        List<String> actors = List.copyOf(ACTORS.keySet());
        return RULES.lines().filter(line -> !line.isBlank()).map(line -> {
            String[] cells = line.split("\\|");
            String[] codes = cells[3].trim().split("\\s+");
            Map<String, Integer> expected = new LinkedHashMap<>();
            for (int i = 0; i < actors.size(); i++) {
                expected.put(actors.get(i), Integer.parseInt(codes[i]));
            }
            String body = cells[2].isBlank() ? null : cells[2].trim();
            return new Rule(cells[0].trim(), cells[1].trim(), body, expected);
        }).toList();
    }

}
