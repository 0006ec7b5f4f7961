package org.cbm.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.cbm.EmbeddedMongoTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

/** Administrators' account management: what they must get right, and what is refused. */
@EmbeddedMongoTest
@AutoConfigureMockMvc
class AdminUserApiTest {

    private static final Authentication ADMIN = SignedIn.authentication("wei@example.org", "un-coordination", Role.ADMIN);

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccountRepository users;

    @BeforeEach
    void noUsers() {
        users.deleteAll();
    }

    @Test
    void createsAnAccountAndRefusesASecondWithTheSameAddress() throws Exception {
        String user = """
                {"email": "amina@example.org", "displayName": "Amina Otieno", "initialPassword": "twelve chars ok",
                 "roles": ["RECIPIENT"], "organisationId": "KEN", "preferredLanguage": "fr"}""";
        mvc.perform(post("/api/v1/admin/users").with(authentication(ADMIN)).contentType(MediaType.APPLICATION_JSON).content(user))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.email").value("amina@example.org"))
                .andExpect(jsonPath("$.passwordHash").doesNotExist());

        mvc.perform(post("/api/v1/admin/users").with(authentication(ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content(user.replace("amina@", "AMINA@")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("An account with the e-mail address amina@example.org already exists"));
        assertThat(users.count()).isEqualTo(1);
    }

    @Test
    void findsAccountsByPartOfTheirAddressOrNameWithinAnOrganisation() throws Exception {
        users.save(UserAccount.create("amina@example.org", "Amina Otieno", "hash", Set.of(Role.RECIPIENT), "KEN", "en"));
        users.save(UserAccount.create("kofi@example.org", "Kofi Mensah", "hash", Set.of(Role.RECIPIENT), "GHA", "en"));
        // Found by its address alone, and Amina by her name alone.
        users.save(UserAccount.create("otieno.j@example.org", "Jane Wanjiru", "hash", Set.of(Role.PROVIDER), "EST", "en"));

        mvc.perform(get("/api/v1/admin/users").param("q", "OTIENO").with(authentication(ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].email").value(containsInAnyOrder("amina@example.org", "otieno.j@example.org")));
        mvc.perform(get("/api/v1/admin/users").param("q", "otieno").param("organisationId", "KEN").with(authentication(ADMIN)))
                .andExpect(jsonPath("$.content[*].email").value(containsInAnyOrder("amina@example.org")));
        mvc.perform(get("/api/v1/admin/organisations").param("q", "GHANA").with(authentication(ADMIN)))
                .andExpect(jsonPath("$.content[*].id").value(containsInAnyOrder("GHA")));
        // The text is searched as written: "am.na" is no pattern that finds "amina", "(" is no broken pattern.
        mvc.perform(get("/api/v1/admin/users").param("q", "am.na").with(authentication(ADMIN)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.content").isEmpty());
        mvc.perform(get("/api/v1/admin/organisations").param("q", "(plurinational").with(authentication(ADMIN)))
                .andExpect(jsonPath("$.content[*].id").value(containsInAnyOrder("BOL")));
    }

    @Test
    void invalidInputNamesEachFieldAndAnUnknownOrganisationIsNotFound() throws Exception {
        mvc.perform(post("/api/v1/admin/users").with(authentication(ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"email": "amina@example.org", "displayName": "Amina", "initialPassword": "short",
                                 "roles": ["RECIPIENT"], "organisationId": "KEN", "preferredLanguage": "fr"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("initialPassword")));
        mvc.perform(post("/api/v1/admin/users").with(authentication(ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"email": "not an address", "displayName": "", "initialPassword": "twelve chars ok",
                                 "roles": [], "organisationId": "KEN", "preferredLanguage": "french"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("email", "displayName", "roles",
                        "preferredLanguage")));
        mvc.perform(post("/api/v1/admin/users").with(authentication(ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"email": "x@example.org", "displayName": "X", "initialPassword": "twelve chars ok",
                                 "roles": ["PROVIDER"], "organisationId": "ATLANTIS", "preferredLanguage": "en"}"""))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Organisation ATLANTIS was not found"));
        assertThat(users.count()).isZero();
    }
}
