package org.cbm.account;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Creates and finds user accounts; passwords are only ever kept as BCrypt hashes. */
@Service
public class AccountService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentActor currentActor;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, CurrentActor currentActor) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentActor = currentActor;
    }

    /** The language the signed-in user chose for the web UI and e-mails, if any. */
    public Optional<String> preferredLanguage() {
        return accounts.findById(currentActor.require().userId()).map(UserAccount::preferredLanguage);
    }

    /** Stores the signed-in user's language for the web UI and e-mails. */
    public UserAccount changeLanguage(String language) {
        UserAccount account = accounts.findById(currentActor.require().userId())
                .orElseThrow(() -> new org.cbm.problem.NotFoundException("user", currentActor.require().userId()));
        account.changeLanguage(language);
        return accounts.save(account);
    }

    public Optional<UserAccount> findByEmail(String email) {
        return accounts.findByEmail(UserAccount.normaliseEmail(email));
    }

    /** The enabled accounts of an organisation that hold this role: whom to tell about its matches. */
    public List<UserAccount> officials(String organisationId, Role role) {
        return accounts.findByOrganisationIdAndRolesContainingAndEnabledTrue(organisationId, role);
    }

    /**
     * Creates an account.
     *
     * @throws EmailAlreadyUsedException if another account already has this e-mail address
     */
    public UserAccount create(String email, String displayName, String rawPassword, Set<Role> roles,
            String organisationId, String preferredLanguage) {
        UserAccount account = UserAccount.create(email, displayName, passwordEncoder.encode(rawPassword), roles,
                organisationId, preferredLanguage);
        try {
            return accounts.insert(account);
        } catch (DuplicateKeyException e) {
            throw new EmailAlreadyUsedException(account.email());
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class PasswordHashing {

        @Bean
        PasswordEncoder passwordEncoder() {
            return new BCryptPasswordEncoder();
        }
    }
}
