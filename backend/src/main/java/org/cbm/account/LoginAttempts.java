package org.cbm.account;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks an account for a while after repeated failed sign-ins, against password guessing. Counting is one atomic
 * update of the account document, so simultaneous attempts on several nodes are all counted.
 */
@Component
@EnableConfigurationProperties(LoginAttempts.Policy.class)
class LoginAttempts {

    /**
     * @param maxFailures failed sign-ins in a row that lock the account
     * @param lockDuration how long the account then stays locked
     */
    @ConfigurationProperties("cbm.security.login")
    record Policy(Integer maxFailures, Duration lockDuration) {
        Policy {
            maxFailures = maxFailures == null ? 5 : maxFailures;
            lockDuration = lockDuration == null ? Duration.ofMinutes(15) : lockDuration;
        }
    }

    private final MongoOperations mongo;
    private final Policy policy;
    private final Clock clock;

    LoginAttempts(MongoOperations mongo, Policy policy, Clock clock) {
        this.mongo = mongo;
        this.policy = policy;
        this.clock = clock;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String email = UserAccount.normaliseEmail(event.getAuthentication().getName());
        UserAccount account = mongo.findAndModify(query(where("email").is(email)),
                new Update().inc("failedLogins", 1).inc("version", 1),
                FindAndModifyOptions.options().returnNew(true), UserAccount.class);
        if (account != null && account.failedLogins() >= policy.maxFailures()) {
            mongo.updateFirst(query(where("email").is(email)), new Update().set("failedLogins", 0)
                    .set("lockedUntil", clock.instant().plus(policy.lockDuration())).inc("version", 1), UserAccount.class);
        }
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            mongo.updateFirst(query(where("email").is(principal.actor().email()).and("failedLogins").gt(0)),
                    new Update().set("failedLogins", 0).inc("version", 1), UserAccount.class);
        }
    }
}
