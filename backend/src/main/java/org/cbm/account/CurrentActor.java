package org.cbm.account;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The signed-in user of the current request, whichever way they signed in (form, HTTP Basic, API token,
 * OpenID Connect).
 */
@Component
public class CurrentActor {

    public Actor require() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInAccount principal) {
            return principal.actor();
        }
        throw new AuthenticationCredentialsNotFoundException("Sign in to do this");
    }
}
