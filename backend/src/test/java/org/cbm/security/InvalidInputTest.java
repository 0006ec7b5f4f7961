package org.cbm.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint that changes something, called by a user allowed to, with invalid input: the answer is an RFC 9457
 * problem that names each bad field (or "not found" for an unknown item), and nothing is stored. The table must
 * name every such endpoint, so a new one without a case fails the build.
 */
@EmbeddedMongoTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "cbm.scheduling.enabled=false")
@Import(ApiFixtures.class)
class InvalidInputTest {

    private static final Map<String, Authentication> WHO = Map.of(
            "recipient", SignedIn.authentication("amina@example.org", "KEN", Role.RECIPIENT),
            "provider", SignedIn.authentication("kristjan@example.org", "EST", Role.PROVIDER),
            "coordinator", SignedIn.authentication("lucia@example.org", "un-coordination", Role.COORDINATOR),
            "admin", SignedIn.authentication("wei@example.org", "un-coordination", Role.ADMIN));

    /** endpoint | URL tried | who | body (JSON, or -) | expected status | fields named in errors (comma-separated). */
    private static final String CASES = """
            PUT /api/v1/me/language                  | /api/v1/me/language                      | provider    | {"language": "de"} | 400 | language
            PUT /api/v1/me/vetoes                    | /api/v1/me/vetoes                        | recipient   | {"version": null, "providerIds": ["EST", "no-such-provider", "KEN"]} | 400 | providerIds
            POST /api/v1/me/tokens                   | /api/v1/me/tokens                        | recipient   | {"name": " "} | 400 | name
            DELETE /api/v1/me/tokens/{id}            | /api/v1/me/tokens/no-such-token          | recipient   | - | 404 |
            POST /api/v1/requests                    | /api/v1/requests                         | recipient   | {"title": "", "description": null, "packages": [{"theme": "LEGISLATION", "languages": ["xx"], "days": -2, "urgency": 0, "start": "2027-05-01", "end": "2027-01-01"}]} | 400 | title,packages[0].languages,packages[0].days,packages[0].urgency,packages[0].end
            PUT /api/v1/requests/{id}                | /api/v1/requests/r-draft                 | recipient   | {"version": 0, "title": "ok", "packages": []} | 400 | packages
            POST /api/v1/requests/{id}/publish       | /api/v1/requests/r-draft/publish         | recipient   | - | 400 | version
            POST /api/v1/requests/{id}/withdraw      | /api/v1/requests/r-pub/withdraw?version=x | recipient  | - | 400 | version
            POST /api/v1/requests/{id}/interest      | /api/v1/requests/no-such-request/interest | provider   | - | 404 |
            POST /api/v1/offers                      | /api/v1/offers                           | provider    | {"title": "", "themes": [], "languages": [], "capacityDays": 0, "start": "2027-05-01", "end": "2027-01-01"} | 400 | title,themes,languages,capacityDays,end
            PUT /api/v1/offers/{id}                  | /api/v1/offers/o-draft                   | provider    | {"version": 0, "title": "ok", "themes": ["NOT_A_THEME"], "languages": ["en"], "capacityDays": 5, "start": "2027-01-01", "end": "2027-02-01"} | 400 | themes[0]
            POST /api/v1/offers/{id}/activate        | /api/v1/offers/o-draft/activate          | provider    | - | 400 | version
            POST /api/v1/offers/{id}/close           | /api/v1/offers/o-active/close            | provider    | - | 400 | version
            POST /api/v1/matches/{id}/accept         | /api/v1/matches/m-proposed/accept        | recipient   | - | 400 | version
            POST /api/v1/matches/{id}/decline        | /api/v1/matches/m-proposed/decline?version=0 | recipient | {"reason": ""} | 400 | decline.reason
            POST /api/v1/matches/{id}/start-delivery | /api/v1/matches/m-confirmed/start-delivery | provider  | - | 400 | version
            POST /api/v1/matches/{id}/complete       | /api/v1/matches/m-delivery/complete?version=0 | recipient | {"rating": 9, "comment": "ok"} | 400 | completion.rating
            POST /api/v1/policy                      | /api/v1/policy                           | coordinator | {"basedOnVersion": 0, "values": {"tierWeights": [1, 2], "concentrationCapPercent": 150, "concentrationPenalty": -1, "stabilityPenalty": 0, "interestBonus": 0}} | 400 | basedOnVersion,values.tierWeights,values.tierWeights,values.concentrationCapPercent,values.concentrationPenalty
            POST /api/v1/plans                       | /api/v1/plans?seconds=0                  | coordinator | - | 400 | seconds
            POST /api/v1/plans/{id}/cancel           | /api/v1/plans/no-such-plan/cancel        | coordinator | - | 404 |
            POST /api/v1/plans/{id}/publish          | /api/v1/plans/no-such-plan/publish       | coordinator | - | 404 |
            POST /api/v1/admin/users                 | /api/v1/admin/users                      | admin       | {"email": "nope", "displayName": "", "initialPassword": "short", "roles": [], "organisationId": "KEN", "preferredLanguage": "klingon"} | 400 | email,displayName,initialPassword,roles,preferredLanguage
            PUT /api/v1/admin/users/{id}             | /api/v1/admin/users/u-1                  | admin       | {"version": 0, "displayName": "", "roles": [], "organisationId": "KEN", "preferredLanguage": "en", "enabled": true} | 400 | displayName,roles
            POST /api/v1/admin/users/{id}/unlock     | /api/v1/admin/users/no-such-user/unlock  | admin       | - | 404 |
            POST /api/v1/admin/organisations         | /api/v1/admin/organisations              | admin       | {"id": "no spaces allowed", "name": "", "kind": "ACADEMIA"} | 400 | id,name
            PUT /api/v1/admin/organisations/{id}     | /api/v1/admin/organisations/matrix-partner | admin     | {"version": 0, "name": ""} | 400 | name
            """;

    record Case(String endpoint, String url, String who, String body, int status, List<String> fields) {
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    ApiFixtures fixtures;

    @Autowired
    RequestMappingHandlerMapping handlerMapping;

    @Test
    void everyWriteEndpointHasACase() {
        Set<String> writeEndpoints = ApiEndpoints.all(handlerMapping).stream()
                .filter(endpoint -> !endpoint.startsWith("GET "))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> covered = cases().stream().map(Case::endpoint).collect(Collectors.toCollection(TreeSet::new));

        assertThat(covered).as("write endpoints without an invalid-input case in InvalidInputTest.CASES").isEqualTo(writeEndpoints);
    }

    @TestFactory
    Stream<DynamicTest> invalidInputIsNamedAndNothingIsStored() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.endpoint() + " -> " + c.status() + " " + c.fields(), () -> {
            fixtures.reset();
            Map<String, List<String>> before = fixtures.snapshot();
            String[] method = c.endpoint().split(" ", 2);
            var call = request(HttpMethod.valueOf(method[0]), c.url()).with(authentication(WHO.get(c.who())));
            if (c.body() != null) {
                call = call.contentType(MediaType.APPLICATION_JSON).content(c.body());
            }

            var response = mvc.perform(call).andReturn().getResponse();

            assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(c.status());
            assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            JsonNode problem = json.readTree(response.getContentAsString());
            assertThat(problem.get("detail").asText()).isNotBlank();
            List<String> fields = new ArrayList<>();
            if (problem.has("errors")) {
                problem.get("errors").forEach(error -> {
                    fields.add(error.get("field").asText());
                    assertThat(error.get("message").asText()).isNotBlank();
                });
            }
            assertThat(fields).containsExactlyInAnyOrderElementsOf(c.fields());
            assertThat(fixtures.snapshot()).as("invalid input must store nothing").isEqualTo(before);
        }));
    }

    private static List<Case> cases() {
        return CASES.lines().filter(line -> !line.isBlank()).map(line -> {
            String[] cells = line.split("\\|");
            String body = cells[3].trim();
            List<String> fields = cells.length > 5 && !cells[5].isBlank()
                    ? Arrays.stream(cells[5].trim().split(",")).map(String::trim).toList() : List.of();
            return new Case(cells[0].trim(), cells[1].trim(), cells[2].trim(), body.equals("-") ? null : body,
                    Integer.parseInt(cells[4].trim()), fields);
        }).toList();
    }
}
