package org.cbm.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.cbm.audit.AuditLog;
import org.cbm.problem.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Personal API tokens: {@code cbm_<id>_<secret>}. A user creates and revokes their own; a token acts as its user
 * with the user's current roles, and stops working when revoked or when the account is disabled or locked.
 */
@Service
public class ApiTokens {

    static final String PREFIX = "cbm_";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The new token with its secret: the only time the secret is available. */
    public record IssuedToken(ApiToken token, String value) {
    }

    private final ApiTokenRepository tokens;
    private final UserAccountRepository accounts;
    private final CurrentActor currentActor;
    private final AuditLog auditLog;
    private final Clock clock;

    ApiTokens(ApiTokenRepository tokens, UserAccountRepository accounts, CurrentActor currentActor, AuditLog auditLog,
            Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.currentActor = currentActor;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    public IssuedToken create(String name) {
        Actor actor = currentActor.require();
        String id = randomText(9);
        String secret = randomText(32);
        ApiToken token = tokens.save(new ApiToken(id, actor.userId(), name, sha256(secret), clock.instant(), null));
        auditLog.record(actor.email(), "ApiToken", id, "CREATE", null, name);
        return new IssuedToken(token, PREFIX + id + "_" + secret);
    }

    @PreAuthorize("isAuthenticated()")
    public List<ApiToken> mine() {
        return tokens.findByUserIdOrderByCreatedAtDesc(currentActor.require().userId());
    }

    /** Revokes one of the signed-in user's tokens; another user's token is "not found". */
    @PreAuthorize("isAuthenticated()")
    public ApiToken revoke(String id) {
        Actor actor = currentActor.require();
        ApiToken token = tokens.findById(id).filter(t -> t.userId().equals(actor.userId()))
                .orElseThrow(() -> new NotFoundException("API token", id));
        if (!token.isActive()) {
            return token;
        }
        ApiToken revoked = tokens.save(token.revoked(clock.instant()));
        auditLog.record(actor.email(), "ApiToken", id, "REVOKE", "active", "revoked");
        return revoked;
    }

    /**
     * The user a presented token acts for, if the token is well-formed, known, not revoked and matches, and the
     * account is enabled and not locked.
     */
    public Optional<AccountPrincipal> authenticate(String value) {
        if (value == null || !value.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = value.substring(PREFIX.length()).split("_", 2);
        if (parts.length != 2) {
            return Optional.empty();
        }
        return tokens.findById(parts[0])
                .filter(ApiToken::isActive)
                .filter(token -> MessageDigest.isEqual(token.secretHash().getBytes(StandardCharsets.US_ASCII),
                        sha256(parts[1]).getBytes(StandardCharsets.US_ASCII)))
                .flatMap(token -> accounts.findById(token.userId()))
                .map(account -> new AccountPrincipal(account, clock))
                .filter(principal -> principal.isEnabled() && principal.isAccountNonLocked());
    }

    private static String randomText(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random).replace('_', 'x');
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
