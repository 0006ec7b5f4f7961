package org.cbm.account.ui;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/** Configuring an OpenID Connect client is all it takes to offer signing in with it. */
@SpringBootTest(properties = {
        "spring.security.oauth2.client.registration.agency.client-id=marketplace",
        "spring.security.oauth2.client.registration.agency.client-secret=secret",
        "spring.security.oauth2.client.registration.agency.client-name=Agency login",
        "spring.security.oauth2.client.registration.agency.scope=openid,email",
        "spring.security.oauth2.client.registration.agency.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.agency.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.provider.agency.authorization-uri=https://id.example.org/authorize",
        "spring.security.oauth2.client.provider.agency.token-uri=https://id.example.org/token",
        "spring.security.oauth2.client.provider.agency.jwk-set-uri=https://id.example.org/jwks",
        "spring.security.oauth2.client.provider.agency.user-name-attribute=email"})
@AutoConfigureMockMvc
class OidcSignInTest {

    @Autowired
    MockMvc mvc;

    @Test
    void redirectsToTheIdentityProvider() throws Exception {
        mvc.perform(get("/oauth2/authorization/agency"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", startsWith("https://id.example.org/authorize?")));
    }
}
