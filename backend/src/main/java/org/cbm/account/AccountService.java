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

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
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
