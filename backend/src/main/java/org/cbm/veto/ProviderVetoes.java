package org.cbm.veto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The providers a recipient State does not accept assistance from (rule 6 of the matching model): the solver never
 * proposes their offers for the State's packages. It is the State's own choice of partners, not a judgement on
 * them, so it is shown to the State and to coordinators only.
 */
@Document("providerVetoes")
public class ProviderVetoes {

    /** More would no longer be a choice of partners but a closed door; the reference list has 193 States. */
    static final int MAX_PROVIDERS = 100;

    @Id
    @NotBlank
    private String stateId;

    @Version
    private Long version;

    @NotNull
    @Size(max = MAX_PROVIDERS)
    private TreeSet<@NotBlank String> providerIds;

    @LastModifiedDate
    private Instant updatedAt;

    @PersistenceCreator
    ProviderVetoes(String stateId, Long version, Set<String> providerIds, Instant updatedAt) {
        this.stateId = stateId;
        this.version = version;
        this.providerIds = providerIds == null ? new TreeSet<>() : new TreeSet<>(providerIds);
        this.updatedAt = updatedAt;
    }

    /** A State that has vetoed no provider (not stored until it does). */
    static ProviderVetoes none(String stateId) {
        return new ProviderVetoes(stateId, null, Set.of(), null);
    }

    void replace(Collection<String> newProviderIds) {
        providerIds = new TreeSet<>(newProviderIds);
    }

    public String stateId() {
        return stateId;
    }

    /** Null until the State first saves its vetoes; send it back unchanged with a change. */
    public Long version() {
        return version;
    }

    /** Sorted ids of the vetoed organisations. */
    public Set<String> providerIds() {
        return Collections.unmodifiableSortedSet(providerIds);
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
