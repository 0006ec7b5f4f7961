package org.cbm.account;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cbm.audit.AuditLog;
import org.cbm.problem.NotFoundException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Creates and finds user accounts, and keeps the signed-in user's own settings; passwords are only ever kept as
 * BCrypt hashes.
 */
@Service
public class AccountService {

    /**
     * The languages a user may choose for web pages and e-mails, as ISO 639-1 codes: the six official languages of
     * the United Nations, in the order a language menu shows them. Every text of the application exists in each.
     */
    public static final List<String> LANGUAGES = List.of("en", "fr", "es", "ru", "zh", "ar");

    /** A user's choice of language, validated like any other input so that a wrong one is named as a field. */
    record LanguageChoice(@NotNull @UnLanguage String language) {
    }

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentActor currentActor;
    private final AuditLog auditLog;
    private final Validator validator;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, CurrentActor currentActor,
            AuditLog auditLog, Validator validator) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentActor = currentActor;
        this.auditLog = auditLog;
        this.validator = validator;
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

    /**
     * The signed-in user's preferred language, as stored (one of {@link #LANGUAGES} unless an administrator chose
     * another); empty when nobody is signed in.
     */
    public Optional<String> preferredLanguage() {
        return currentActor.current().flatMap(actor -> accounts.findById(actor.userId()))
                .map(UserAccount::preferredLanguage);
    }

    /**
     * Changes the signed-in user's language of web pages and e-mails to one of {@link #LANGUAGES}. The account is
     * saved with its version: if it changed meanwhile (an administrator, a failed sign-in), the save fails rather
     * than undo that change, and the user can simply choose again.
     *
     * @throws ConstraintViolationException naming {@code language} if it is not one of {@link #LANGUAGES}
     */
    @PreAuthorize("isAuthenticated()")
    public UserAccount changeLanguage(String language) {
        Set<ConstraintViolation<LanguageChoice>> problems = validator.validate(new LanguageChoice(language));
        if (!problems.isEmpty()) {
            throw new ConstraintViolationException(problems);
        }
        Actor actor = currentActor.require();
        UserAccount account = accounts.findById(actor.userId()).orElseThrow(() -> new NotFoundException("User", actor.userId()));
        String before = account.preferredLanguage();
        if (language.equals(before)) {
            return account;
        }
        account.changeLanguage(language);
        UserAccount saved = accounts.save(account);
        auditLog.record(actor.email(), "UserAccount", saved.id(), "CHANGE_LANGUAGE", before, language);
        return saved;
    }

    @Configuration(proxyBeanMethods = false)
    static class PasswordHashing {

        @Bean
        PasswordEncoder passwordEncoder() {
            return new BCryptPasswordEncoder();
        }
    }
}
