package org.cbm.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cbm.EmbeddedMongoTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** OpenID Connect identities map onto marketplace accounts by verified e-mail address, and only onto them. */
@EmbeddedMongoTest
class AccountOidcUserServiceTest {

    @Autowired
    AccountOidcUserService oidcUsers;

    @Autowired
    AccountService accounts;

    @Autowired
    UserAccountRepository repository;

    @BeforeEach
    void oneAccount() {
        repository.deleteAll();
        accounts.create("kristjan@example.org", "Kristjan Tamm", "unused password", Set.of(Role.PROVIDER), "EST", "en");
    }

    @Test
    void aVerifiedAddressSignsInAsItsAccountWithTheAccountsRoles() {
        OidcUser user = oidcUsers.toAccountUser(identity("Kristjan@Example.org", true));

        assertThat(user.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_PROVIDER");
        assertThat(((SignedInAccount) user).actor().organisationId()).isEqualTo("EST");
    }

    @Test
    void anAddressWithoutAccountOrUnverifiedIsRefused() {
        assertThatThrownBy(() -> oidcUsers.toAccountUser(identity("stranger@example.org", true)))
                .isInstanceOf(OAuth2AuthenticationException.class)
                .hasMessageContaining("No marketplace account has the e-mail address stranger@example.org");
        assertThatThrownBy(() -> oidcUsers.toAccountUser(identity("kristjan@example.org", false)))
                .isInstanceOf(OAuth2AuthenticationException.class)
                .hasMessageContaining("did not confirm an e-mail address");
    }

    private static OidcUser identity(String email, boolean verified) {
        OidcIdToken token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60),
                Map.of("sub", "subject-1", "email", email, "email_verified", verified));
        return new DefaultOidcUser(List.of(), token, "email");
    }
}
