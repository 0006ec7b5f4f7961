package org.cbm.account;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Signs users in by e-mail address and password (web form and HTTP Basic). */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final Clock clock;

    AccountUserDetailsService(UserAccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return accounts.findByEmail(UserAccount.normaliseEmail(email))
                .map(account -> new AccountPrincipal(account, clock))
                .orElseThrow(() -> new UsernameNotFoundException("No account for " + email));
    }
}
