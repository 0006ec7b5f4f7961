package org.cbm.offer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cbm.solver.instance.IncomeGroup;
import org.cbm.solver.instance.Region;
import org.cbm.solver.instance.Theme;
import org.cbm.validation.DatedWindow;
import org.cbm.validation.EndNotBeforeStart;
import org.cbm.validation.LanguageCode;
import org.cbm.validation.SortedCopy;
import org.cbm.problem.StatusNotAllowedException;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A provider's offer of expert-days on some themes, in some languages, within an availability window.
 * Eligibility may be narrowed only by objective criteria, UN region and income group, never by naming
 * States: the model has no place to name them. An empty set means "all".
 */
@Document("offers")
@CompoundIndex(name = "provider_status", def = "{'providerId': 1, 'status': 1}")
@CompoundIndex(name = "status", def = "{'status': 1}")
@EndNotBeforeStart
public class Offer implements DatedWindow {

    /**
     * While the offer is open, active or not: the provider may still change or close it. A closed offer is kept as
     * it was.
     */
    private static final List<OfferStatus> OPEN = List.of(OfferStatus.DRAFT, OfferStatus.ACTIVE);

    @Id
    @NotBlank
    private String id;

    @Version
    private Long version;

    @NotBlank
    private String providerId;

    @NotBlank
    @Size(max = 200)
    private String title;

    @Size(max = 5000)
    private String description;

    @NotEmpty
    private Set<@NotNull Theme> themes;

    @NotEmpty
    private Set<@NotNull @LanguageCode String> languages;

    @Positive
    private int capacityDays;

    @NotNull
    private LocalDate start;

    @NotNull
    private LocalDate end;

    @NotNull
    private Set<@NotNull Region> eligibleRegions;

    @NotNull
    private Set<@NotNull IncomeGroup> eligibleIncomeGroups;

    @NotNull
    private OfferStatus status;

    @CreatedDate
    private Instant createdAt;

    @LastModifiedDate
    private Instant updatedAt;

    @PersistenceCreator
    Offer(String id, Long version, String providerId, String title, String description, Set<Theme> themes,
            Set<String> languages, int capacityDays, LocalDate start, LocalDate end, Set<Region> eligibleRegions,
            Set<IncomeGroup> eligibleIncomeGroups, OfferStatus status, Instant createdAt, Instant updatedAt) {
        this.id = id;
        this.version = version;
        this.providerId = providerId;
        this.title = title;
        this.description = description;
        this.themes = themes;
        this.languages = languages;
        this.capacityDays = capacityDays;
        this.start = start;
        this.end = end;
        this.eligibleRegions = eligibleRegions;
        this.eligibleIncomeGroups = eligibleIncomeGroups;
        this.status = status;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    /** What a provider offers; the eligibility sets may be empty, meaning every region / income group. */
    public record Terms(String title, String description, Set<Theme> themes, Set<String> languages,
            int capacityDays, LocalDate start, LocalDate end, Set<Region> eligibleRegions,
            Set<IncomeGroup> eligibleIncomeGroups) {
    }

    /** A new draft offer; the id is chosen by the caller. */
    public static Offer draft(String id, String providerId, Terms terms) {
        Offer offer = new Offer(id, null, providerId, null, null, null, null, 0, null, null, null, null,
                OfferStatus.DRAFT, null, null);
        offer.apply(terms);
        return offer;
    }

    /** Changes what is offered; a closed offer is kept as it was. */
    public void revise(Terms terms) {
        StatusNotAllowedException.require("revise", "an offer", status, OPEN);
        apply(terms);
    }

    public void activate() {
        StatusNotAllowedException.require("activate", "an offer", status, OfferStatus.DRAFT);
        status = OfferStatus.ACTIVE;
    }

    public void close() {
        StatusNotAllowedException.require("close", "an offer", status, OPEN);
        status = OfferStatus.CLOSED;
    }

    /** Whether {@link #revise} is allowed now. */
    public boolean isRevisable() {
        return OPEN.contains(status);
    }

    /** Whether {@link #close} is allowed now. */
    public boolean isClosable() {
        return OPEN.contains(status);
    }

    /** Whether a State of this region and income group may receive this offer. */
    public boolean isEligible(Region region, IncomeGroup incomeGroup) {
        return (eligibleRegions.isEmpty() || eligibleRegions.contains(region))
                && (eligibleIncomeGroups.isEmpty() || eligibleIncomeGroups.contains(incomeGroup));
    }

    private void apply(Terms terms) {
        title = terms.title();
        description = terms.description();
        themes = SortedCopy.of(terms.themes());
        languages = SortedCopy.of(terms.languages());
        capacityDays = terms.capacityDays();
        start = terms.start();
        end = terms.end();
        eligibleRegions = terms.eligibleRegions() == null ? Set.of() : SortedCopy.of(terms.eligibleRegions());
        eligibleIncomeGroups = terms.eligibleIncomeGroups() == null ? Set.of() : SortedCopy.of(terms.eligibleIncomeGroups());
    }


    public String id() {
        return id;
    }

    public Long version() {
        return version;
    }

    public String providerId() {
        return providerId;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public Set<Theme> themes() {
        return themes;
    }

    public Set<String> languages() {
        return languages;
    }

    public int capacityDays() {
        return capacityDays;
    }

    @Override
    public LocalDate start() {
        return start;
    }

    @Override
    public LocalDate end() {
        return end;
    }

    public Set<Region> eligibleRegions() {
        return eligibleRegions;
    }

    public Set<IncomeGroup> eligibleIncomeGroups() {
        return eligibleIncomeGroups;
    }

    public OfferStatus status() {
        return status;
    }
}
