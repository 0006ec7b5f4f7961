package org.cbm.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import org.cbm.EmbeddedMongoTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Signing in to the API: HTTP Basic, personal API tokens, and the lock after repeated failures. */
@EmbeddedMongoTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {"cbm.security.login.max-failures=3", "cbm.security.login.lock-duration=PT1H"})
class AccountApiTest {

    private static final String EMAIL = "kristjan@example.org";
    private static final String PASSWORD = "a long pass phrase";

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    AccountService accounts;

    @Autowired
    UserAccountRepository repository;

    @BeforeEach
    void oneAccount() {
        repository.deleteAll();
        accounts.create(EMAIL, "Kristjan Tamm", PASSWORD, Set.of(Role.PROVIDER), "EST", "en");
    }

    @Test
    void httpBasicSignsInWithEmailAndPassword() throws Exception {
        mvc.perform(get("/api/v1/me").with(httpBasic(EMAIL, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value(EMAIL))
                .andExpect(jsonPath("$.organisationId").value("EST"))
                .andExpect(jsonPath("$.roles[0]").value("PROVIDER"));
    }

    @Test
    void anApiTokenWorksUntilItIsRevokedAndOnlyItsHashIsStored() throws Exception {
        JsonNode issued = json.readTree(mvc.perform(post("/api/v1/me/tokens").with(httpBasic(EMAIL, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"reporting script\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        String token = issued.get("token").asText();
        String id = issued.at("/details/id").asText();

        mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.email").value(EMAIL));
        mvc.perform(get("/api/v1/me/tokens").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(jsonPath("$[0].name").value("reporting script"))
                .andExpect(jsonPath("$[0].token").doesNotExist());

        mvc.perform(delete("/api/v1/me/tokens/" + id).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theSignedInUserChoosesTheLanguageOfTheirPagesAndEmails() throws Exception {
        mvc.perform(put("/api/v1/me/language").with(httpBasic(EMAIL, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"language\": \"zh\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.language").value("zh"));

        assertThat(accounts.findByEmail(EMAIL).orElseThrow().preferredLanguage()).isEqualTo("zh");
    }

    @Test
    void aLanguageOtherThanTheSixUnLanguagesIsNamedAsAFieldError() throws Exception {
        for (String body : new String[] {"{\"language\": \"de\"}", "{\"language\": null}", "{}"}) {
            mvc.perform(put("/api/v1/me/language").with(httpBasic(EMAIL, PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.title").value("Invalid input"))
                    .andExpect(jsonPath("$.errors[0].field").value("language"))
                    .andExpect(jsonPath("$.errors[1]").doesNotExist());
        }
        mvc.perform(put("/api/v1/me/language").with(httpBasic(EMAIL, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"language\": \"de\"}"))
                .andExpect(jsonPath("$.errors[0].message").value("must be one of the six official UN languages: en, fr, es, ru, zh, ar"));

        assertThat(accounts.findByEmail(EMAIL).orElseThrow().preferredLanguage()).isEqualTo("en");
    }

    @Test
    void aForgedOrMalformedTokenIsRefused() throws Exception {
        for (String token : new String[] {"cbm_nope_nope", "cbm_", "not-a-token"}) {
            mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                    .andExpect(status().isUnauthorized());
        }
    }

    @Test
    void repeatedFailedSignInsLockTheAccountEvenForTheRightPassword() throws Exception {
        for (int attempt = 0; attempt < 3; attempt++) {
            mvc.perform(get("/api/v1/me").with(httpBasic(EMAIL, "guess " + attempt))).andExpect(status().isUnauthorized());
        }

        mvc.perform(get("/api/v1/me").with(httpBasic(EMAIL, PASSWORD))).andExpect(status().isUnauthorized());
        assertThat(accounts.findByEmail(EMAIL).orElseThrow().lockedUntil()).isNotNull();
    }

    @Test
    void aSuccessfulSignInResetsTheCountOfFailures() throws Exception {
        for (int round = 0; round < 2; round++) {
            mvc.perform(get("/api/v1/me").with(httpBasic(EMAIL, "guess"))).andExpect(status().isUnauthorized());
            mvc.perform(get("/api/v1/me").with(httpBasic(EMAIL, "guess"))).andExpect(status().isUnauthorized());
            mvc.perform(get("/api/v1/me").with(httpBasic(EMAIL, PASSWORD))).andExpect(status().isOk());
        }
        assertThat(accounts.findByEmail(EMAIL).orElseThrow().failedLogins()).isZero();
    }
}
