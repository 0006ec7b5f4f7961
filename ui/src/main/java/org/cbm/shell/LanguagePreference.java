package org.cbm.shell;

import java.util.Optional;
import org.cbm.account.AccountService;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The language a signed-in user chose, kept on the account so that it follows them and their e-mails. */
@Component
public class LanguagePreference {

    private final AccountService accounts;

    LanguagePreference(AccountService accounts) {
        this.accounts = accounts;
    }

    Optional<UiLanguage> stored() {
        if (!isSignedIn()) {
            return Optional.empty();
        }
        return accounts.preferredLanguage().map(UiLanguage::ofCode);
    }

    void store(UiLanguage language) {
        if (isSignedIn()) {
            accounts.changeLanguage(language.code());
        }
    }

    private static boolean isSignedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
