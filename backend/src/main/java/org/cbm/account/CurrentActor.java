package org.cbm.account;

import java.util.Optional;
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
        return current().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Sign in to do this"));
    }

    /** The signed-in user, if anyone is signed in: for what is shown also before signing in, such as the language. */
    public Optional<Actor> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInAccount principal) {
            return Optional.of(principal.actor());
        }
        return Optional.empty();
    }
}
