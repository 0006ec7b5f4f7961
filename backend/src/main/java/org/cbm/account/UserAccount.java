package org.cbm.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.cbm.validation.LanguageCode;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A person who signs in: an official of one organisation, with roles and a preferred language. */
@Document("users")
public class UserAccount {

    @Id
    private String id;

    @Version
    private Long version;

    /** Stored in lower case, so that uniqueness does not depend on how people type it. */
    @NotBlank
    @Email
    @Size(max = 254)
    @Indexed(unique = true)
    private String email;

    @NotBlank
    @Size(max = 120)
    private String displayName;

    /** BCrypt hash; the password itself is never stored. */
    @NotBlank
    private String passwordHash;

    @NotEmpty
    private Set<@NotNull Role> roles;

    @NotBlank
    @Indexed
    private String organisationId;

    @NotNull
    @LanguageCode
    private String preferredLanguage;

    private boolean enabled;

    /** Failed sign-ins in a row; reset by a successful one. */
    private int failedLogins;

    /** Set after too many failed sign-ins: the account refuses every sign-in until then. */
    private Instant lockedUntil;

    @CreatedDate
    private Instant createdAt;

    @LastModifiedDate
    private Instant updatedAt;

    @PersistenceCreator
    UserAccount(String id, Long version, String email, String displayName, String passwordHash, Set<Role> roles,
            String organisationId, String preferredLanguage, boolean enabled, int failedLogins, Instant lockedUntil,
            Instant createdAt, Instant updatedAt) {
        this.id = id;
        this.version = version;
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = roles;
        this.organisationId = organisationId;
        this.preferredLanguage = preferredLanguage;
        this.enabled = enabled;
        this.failedLogins = failedLogins;
        this.lockedUntil = lockedUntil;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    /** A new, enabled account; {@code passwordHash} must already be hashed. */
    public static UserAccount create(String email, String displayName, String passwordHash, Set<Role> roles,
            String organisationId, String preferredLanguage) {
        return new UserAccount(null, null, normaliseEmail(email), displayName, passwordHash,
                roles.isEmpty() ? roles : EnumSet.copyOf(roles), organisationId, preferredLanguage, true, 0, null, null, null);
    }

    /** What an administrator may change; a re-enabled account is also unlocked. */
    void administer(String newDisplayName, Set<Role> newRoles, String newOrganisationId, String newLanguage,
            boolean newEnabled) {
        displayName = newDisplayName;
        roles = newRoles == null || newRoles.isEmpty() ? Set.of() : EnumSet.copyOf(newRoles);
        organisationId = newOrganisationId;
        preferredLanguage = newLanguage;
        if (newEnabled && !enabled) {
            failedLogins = 0;
            lockedUntil = null;
        }
        enabled = newEnabled;
    }

    /** The user's own choice of the language of their web pages and e-mails. */
    void changeLanguage(String language) {
        preferredLanguage = language;
    }

    /** Lifts a lock after failed sign-ins. */
    void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }

    /** A one-line description for the audit trail (never the password hash). */
    String summary() {
        return email + " (" + displayName + ", " + organisationId + ", " + roles + ", " + preferredLanguage
                + (enabled ? "" : ", disabled") + ")";
    }

    static String normaliseEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public String id() {
        return id;
    }

    public Long version() {
        return version;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public String organisationId() {
        return organisationId;
    }

    public String preferredLanguage() {
        return preferredLanguage;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public int failedLogins() {
        return failedLogins;
    }

    /** What a session or an API call acts as: this user, of this organisation, with these roles. */
    public Actor actor() {
        return new Actor(id, email, displayName, organisationId, roles());
    }

    public Instant createdAt() {
        return createdAt;
    }
}
