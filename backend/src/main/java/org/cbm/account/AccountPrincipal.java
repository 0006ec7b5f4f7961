package org.cbm.account;

import java.time.Clock;
import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A user account as Spring Security sees it; its roles become authorities {@code ROLE_RECIPIENT}, ... */
public final class AccountPrincipal implements UserDetails, SignedInAccount {

    private final Actor actor;
    private final String passwordHash;
    private final boolean enabled;
    private final boolean locked;

    AccountPrincipal(UserAccount account, Clock clock) {
        this.actor = account.actor();
        this.passwordHash = account.passwordHash();
        this.enabled = account.isEnabled();
        this.locked = account.isLockedAt(clock.instant());
    }

    @Override
    public Actor actor() {
        return actor;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return actor.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.email();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return actor.email();
    }
}
