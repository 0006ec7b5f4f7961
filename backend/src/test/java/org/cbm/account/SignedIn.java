package org.cbm.account;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Signs a user in for a test, as the security filters would, without a password check. */
public final class SignedIn {

    private SignedIn() {
    }

    /** The authentication of a user of {@code organisationId} with these roles; the e-mail doubles as user id. */
    public static Authentication authentication(String email, String organisationId, Role... roles) {
        UserAccount account = new UserAccount(email, 0L, email, email, "{noop}unused", EnumSet.copyOf(List.of(roles)),
                organisationId, "en", true, 0, null, null, null);
        AccountPrincipal principal = new AccountPrincipal(account, Clock.systemUTC());
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    /** Signs the user in on the current thread. */
    public static Actor as(String email, String organisationId, Role... roles) {
        Authentication authentication = authentication(email, organisationId, roles);
        SecurityContextHolder.getContext().setAuthentication(authentication);
        return ((AccountPrincipal) authentication.getPrincipal()).actor();
    }

    /** Signs a stored account in on the current thread, as itself. */
    public static Actor as(UserAccount account) {
        AccountPrincipal principal = new AccountPrincipal(account, Clock.systemUTC());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        return principal.actor();
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }
}
