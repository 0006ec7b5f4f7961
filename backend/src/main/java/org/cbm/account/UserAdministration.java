package org.cbm.account;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.Set;
import org.cbm.audit.AuditLog;
import org.cbm.problem.NotFoundException;
import org.cbm.problem.StaleVersionException;
import org.cbm.storage.Filters;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Administrators create user accounts, change their roles and organisation, and disable or unlock them. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class UserAdministration {

    /** A new account; the initial password is given to the person through another channel. */
    public record NewUser(String email, String displayName,
            @NotNull @Size(min = 12, max = 200, message = "must be 12 to 200 characters long") String initialPassword,
            Set<Role> roles,
            String organisationId, String preferredLanguage) {
    }

    /** A change of an account, based on the version the administrator saw. */
    public record UserChange(Long version, String displayName, Set<Role> roles, String organisationId,
            String preferredLanguage, boolean enabled) {
    }

    private final AccountService accounts;
    private final UserAccountRepository repository;
    private final MongoOperations mongo;
    private final OrganisationCheck organisations;
    private final CurrentActor currentActor;
    private final AuditLog auditLog;
    private final Validator validator;

    UserAdministration(AccountService accounts, UserAccountRepository repository, MongoOperations mongo,
            OrganisationCheck organisations, CurrentActor currentActor, AuditLog auditLog, Validator validator) {
        this.accounts = accounts;
        this.repository = repository;
        this.mongo = mongo;
        this.organisations = organisations;
        this.currentActor = currentActor;
        this.auditLog = auditLog;
        this.validator = validator;
    }

    /**
     * Accounts of {@code organisationId} (null: all) whose e-mail address or name contains {@code text} in any case
     * (null or blank: any).
     */
    public Page<UserAccount> list(String organisationId, String text, Pageable pageable) {
        return Filters.visible(new Criteria()).equal("organisationId", organisationId)
                .containsText(text, "email", "displayName").page(mongo, pageable, UserAccount.class);
    }

    /**
     * Creates an account, reporting every invalid field at once: the password policy and the account's own rules.
     */
    public UserAccount create(NewUser user) {
        organisations.requireExisting(user.organisationId());
        Set<Role> roles = user.roles() == null ? Set.of() : user.roles();
        Set<ConstraintViolation<Object>> problems = new LinkedHashSet<>(validator.validate((Object) user));
        problems.addAll(validator.validate((Object) UserAccount.create(user.email(), user.displayName(), "(not yet hashed)",
                roles, user.organisationId(), user.preferredLanguage())));
        if (!problems.isEmpty()) {
            throw new ConstraintViolationException(problems);
        }
        UserAccount created = accounts.create(user.email(), user.displayName(), user.initialPassword(), roles,
                user.organisationId(), user.preferredLanguage());
        auditLog.record(currentActor.require().email(), "UserAccount", created.id(), "CREATE", null, created.summary());
        return created;
    }

    public UserAccount change(String id, UserChange change) {
        UserAccount account = repository.findById(id).orElseThrow(() -> new NotFoundException("User", id));
        StaleVersionException.require("User", id, change.version(), account.version());
        organisations.requireExisting(change.organisationId());
        String before = account.summary();
        account.administer(change.displayName(), change.roles(), change.organisationId(), change.preferredLanguage(),
                change.enabled());
        UserAccount saved = repository.save(account);
        auditLog.record(currentActor.require().email(), "UserAccount", id, "CHANGE", before, saved.summary());
        return saved;
    }

    public UserAccount unlock(String id) {
        UserAccount account = repository.findById(id).orElseThrow(() -> new NotFoundException("User", id));
        account.unlock();
        UserAccount saved = repository.save(account);
        auditLog.record(currentActor.require().email(), "UserAccount", id, "UNLOCK", null, saved.summary());
        return saved;
    }
}
