package org.cbm.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A personal API token of a user, for scripts that call the REST API. Only a SHA-256 hash of its secret is
 * stored: the token itself is shown once, when it is created.
 */
@Document("apiTokens")
public record ApiToken(
        @Id String id,
        @NotBlank @Indexed String userId,
        @NotBlank @Size(max = 100) String name,
        @NotBlank String secretHash,
        @NotNull Instant createdAt,
        Instant revokedAt) {

    public boolean isActive() {
        return revokedAt == null;
    }

    ApiToken revoked(Instant at) {
        return new ApiToken(id, userId, name, secretHash, createdAt, at);
    }
}
