package org.cbm.shell;

import java.util.Optional;
import org.cbm.account.AccountService;
import org.cbm.account.CurrentActor;
import org.springframework.stereotype.Component;

/** The language a signed-in user chose, kept on the account so that it follows them and their e-mails. */
@Component
public class LanguagePreference {

    private final AccountService accounts;
    private final CurrentActor currentActor;

    LanguagePreference(AccountService accounts, CurrentActor currentActor) {
        this.accounts = accounts;
        this.currentActor = currentActor;
    }

    /** Empty when nobody is signed in. */
    Optional<UiLanguage> stored() {
        return accounts.preferredLanguage().map(UiLanguage::ofCode);
    }

    /**
     * Keeps the choice on the signed-in user's account. If the account changed meanwhile the save is refused and
     * the user told; the page still switches language, and choosing again saves it.
     */
    void store(UiLanguage language) {
        if (currentActor.current().isPresent()) {
            Feedback.attempt(() -> accounts.changeLanguage(language.code()), () -> { });
        }
    }
}
