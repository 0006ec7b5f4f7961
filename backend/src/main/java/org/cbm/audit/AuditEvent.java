package org.cbm.audit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One change of state, as it happened: who did what to which entity, with short summaries of the entity before
 * and after. Events are immutable and only ever appended.
 */
@Document("audit")
@CompoundIndex(name = "entity", def = "{'entityType': 1, 'entityId': 1, 'at': -1}")
@CompoundIndex(name = "actor", def = "{'actor': 1, 'at': -1}")
@CompoundIndex(name = "at", def = "{'at': -1}")
public record AuditEvent(
        @Id String id,
        @NotNull Instant at,
        @NotBlank String actor,
        @NotBlank String entityType,
        @NotBlank String entityId,
        @NotBlank String action,
        @Size(max = 4000) String before,
        @Size(max = 4000) String after) {
}
