package org.cbm.account;

import java.time.Clock;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;

/**
 * OpenID Connect sign-in: the identity provider vouches for the e-mail address, and the marketplace account with
 * that address (its organisation and roles) is who signs in. Nobody gets in without an account made by an
 * administrator, and a disabled or locked account stays out.
 */
@Service
public class AccountOidcUserService extends OidcUserService {

    private final UserAccountRepository accounts;
    private final Clock clock;

    AccountOidcUserService(UserAccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        return toAccountUser(super.loadUser(request));
    }

    OidcUser toAccountUser(OidcUser identity) {
        if (identity.getEmail() == null || Boolean.FALSE.equals(identity.getEmailVerified())) {
            throw refused("The identity provider did not confirm an e-mail address");
        }
        UserAccount account = accounts.findByEmail(UserAccount.normaliseEmail(identity.getEmail()))
                .orElseThrow(() -> refused("No marketplace account has the e-mail address " + identity.getEmail()));
        if (!account.isEnabled() || account.isLockedAt(clock.instant())) {
            throw refused("The account " + account.email() + " is disabled or locked");
        }
        return new AccountOidcUser(identity, account.actor());
    }

    private static OAuth2AuthenticationException refused(String why) {
        return new OAuth2AuthenticationException(new OAuth2Error("access_denied", why, null), why);
    }

    /** The identity provider's user, with the marketplace account's roles as authorities. */
    static final class AccountOidcUser extends DefaultOidcUser implements SignedInAccount {

        private final Actor actor;

        AccountOidcUser(OidcUser identity, Actor actor) {
            super(actor.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList(),
                    identity.getIdToken(), identity.getUserInfo(), "email");
            this.actor = actor;
        }

        @Override
        public Actor actor() {
            return actor;
        }
    }
}
