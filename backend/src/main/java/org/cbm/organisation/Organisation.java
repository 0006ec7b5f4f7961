package org.cbm.organisation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.text.Collator;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import org.cbm.solver.instance.OrganisationKind;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A party of the marketplace: a UN member State (recipient and/or donor; its id is its ISO 3166-1 alpha-3 code)
 * or a partner organisation that provides assistance (company, international organisation, civil society,
 * academia).
 */
@Document("organisations")
public class Organisation {

    @Id
    @NotBlank
    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]{1,63}", message = "must be 2-64 letters, digits or dashes")
    private String id;

    @Version
    private Long version;

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotNull
    private OrganisationKind kind;

    /** Present exactly for States. */
    @Valid
    private StateProfile state;

    @CreatedDate
    private Instant createdAt;

    @LastModifiedDate
    private Instant updatedAt;

    @PersistenceCreator
    Organisation(String id, Long version, String name, OrganisationKind kind, StateProfile state,
            Instant createdAt, Instant updatedAt) {
        this.id = id;
        this.version = version;
        this.name = name;
        this.kind = kind;
        this.state = state;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    public static Organisation state(String iso3, String name, StateProfile profile) {
        return new Organisation(iso3, null, name, OrganisationKind.STATE, Objects.requireNonNull(profile), null, null);
    }

    public static Organisation partner(String id, String name, OrganisationKind kind) {
        if (kind == OrganisationKind.STATE) {
            throw new IllegalArgumentException("a State is created with its profile, see Organisation.state");
        }
        return new Organisation(id, null, name, kind, null, null, null);
    }

    /** Brings a State's name and profile up to date with the reference list; true if anything changed. */
    boolean updateState(String newName, StateProfile newProfile) {
        if (name.equals(newName) && newProfile.equals(state)) {
            return false;
        }
        name = newName;
        state = newProfile;
        return true;
    }

    /** A partner organisation's new name; a State's name comes from the reference list. */
    void rename(String newName) {
        name = newName;
    }

    @AssertTrue(message = "a State needs its profile (region, income group, ...), a partner organisation none")
    public boolean isProfileConsistentWithKind() {
        return (kind == OrganisationKind.STATE) == (state != null);
    }

    public boolean isState() {
        return kind == OrganisationKind.STATE;
    }

    /** The recipient priority 1..3 of a State; empty for partner organisations, which do not receive assistance. */
    public OptionalInt priorityWeight() {
        return state == null ? OptionalInt.empty() : OptionalInt.of(state.priorityWeight());
    }

    /** A one-line description for people and the audit trail, e.g. "Kenya (Africa, LMC, priority 2)". */
    public String summary() {
        if (state == null) {
            return name + " (" + kind + ")";
        }
        return name + " (" + state.region().label() + ", " + state.incomeGroup()
                + (state.ldc() ? ", LDC" : "") + (state.lldc() ? ", LLDC" : "") + (state.sids() ? ", SIDS" : "")
                + ", priority " + state.priorityWeight() + ")";
    }

    public String id() {
        return id;
    }

    public Long version() {
        return version;
    }

    public String name() {
        return name;
    }

    /** The name for readers of {@code locale}: a State's in their language (see {@link StateNames}), a partner's own. */
    public String name(Locale locale) {
        return state == null ? name : StateNames.of(id, name, locale);
    }

    /**
     * By {@link #name(Locale)} in that language's alphabetical order ("Égypte" among the E's in French, not after
     * "Zambie"), then by id.
     */
    public static Comparator<Organisation> byName(Locale locale) {
        return Comparator.comparing((Organisation organisation) -> organisation.name(locale), Collator.getInstance(locale))
                .thenComparing(Organisation::id);
    }

    public OrganisationKind kind() {
        return kind;
    }

    public StateProfile stateProfile() {
        return state;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
