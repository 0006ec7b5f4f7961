package org.cbm.request;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cbm.problem.StatusNotAllowedException;
import org.cbm.validation.DistinctIds;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A recipient State's request for assistance, split into work packages. The packages and the providers' marks
 * of interest live inside the request document, so that every change to a request is one atomic write.
 */
@Document("requests")
@CompoundIndex(name = "status_recipient", def = "{'status': 1, 'recipientId': 1}")
@CompoundIndex(name = "status_theme", def = "{'status': 1, 'packages.theme': 1}")
// For the marketplace: its default order, and its most selective package filter besides the theme.
@CompoundIndex(name = "status_published", def = "{'status': 1, 'publishedAt': -1}")
@CompoundIndex(name = "status_language", def = "{'status': 1, 'packages.languages': 1}")
@CompoundIndex(name = "package_id", def = "{'packages.id': 1}", unique = true)
public class AssistanceRequest {

    /**
     * While the request is open, published or not: the recipient may still change or withdraw it. A closed or
     * withdrawn request is kept as it was.
     */
    private static final List<RequestStatus> OPEN = List.of(RequestStatus.DRAFT, RequestStatus.PUBLISHED);

    @Id
    @NotBlank
    private String id;

    @Version
    private Long version;

    /** ISO3 code of the requesting State. */
    @NotBlank
    @Pattern(regexp = "[A-Z]{3}", message = "must be the ISO 3166-1 alpha-3 code of a State")
    private String recipientId;

    @NotBlank
    @Size(max = 200)
    private String title;

    @Size(max = 5000)
    private String description;

    @NotNull
    private RequestStatus status;

    @NotEmpty
    @Valid
    @DistinctIds
    private List<WorkPackage> packages;

    @NotNull
    @Valid
    private List<InterestMark> interest;

    private Instant publishedAt;

    @CreatedDate
    private Instant createdAt;

    @LastModifiedDate
    private Instant updatedAt;

    @PersistenceCreator
    AssistanceRequest(String id, Long version, String recipientId, String title, String description,
            RequestStatus status, List<WorkPackage> packages, List<InterestMark> interest, Instant publishedAt,
            Instant createdAt, Instant updatedAt) {
        this.id = id;
        this.version = version;
        this.recipientId = recipientId;
        this.title = title;
        this.description = description;
        this.status = status;
        this.packages = packages;
        this.interest = interest;
        this.publishedAt = publishedAt;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    /** A new draft, visible only to its State until it is published; the id is chosen by the caller. */
    public static AssistanceRequest draft(String id, String recipientId, String title, String description,
            List<WorkPackage> packages) {
        return new AssistanceRequest(id, null, recipientId, title, description, RequestStatus.DRAFT,
                new ArrayList<>(packages), new ArrayList<>(), null, null, null);
    }

    /** Replaces what the recipient wrote; a closed or withdrawn request is kept as it was. */
    public void revise(String newTitle, String newDescription, List<WorkPackage> newPackages) {
        StatusNotAllowedException.require("revise", "a request", status, OPEN);
        title = newTitle;
        description = newDescription;
        packages = new ArrayList<>(newPackages);
    }

    public void publish(Instant at) {
        StatusNotAllowedException.require("publish", "a request", status, RequestStatus.DRAFT);
        status = RequestStatus.PUBLISHED;
        publishedAt = at;
    }

    public void withdraw() {
        StatusNotAllowedException.require("withdraw", "a request", status, OPEN);
        status = RequestStatus.WITHDRAWN;
    }

    public void close() {
        StatusNotAllowedException.require("close", "a request", status, RequestStatus.PUBLISHED);
        status = RequestStatus.CLOSED;
    }

    /** Records a provider's interest in a published request; marking twice changes nothing. */
    public void markInterest(String providerId, String markedBy, Instant at) {
        StatusNotAllowedException.require("mark interest in", "a request", status, RequestStatus.PUBLISHED);
        if (!isInterestedProvider(providerId)) {
            interest.add(new InterestMark(providerId, markedBy, at));
        }
    }

    public boolean isInterestedProvider(String providerId) {
        return interest.stream().anyMatch(mark -> mark.providerId().equals(providerId));
    }

    /** Whether {@link #revise} is allowed now. */
    public boolean isRevisable() {
        return OPEN.contains(status);
    }

    /** Whether {@link #withdraw} is allowed now. */
    public boolean isWithdrawable() {
        return OPEN.contains(status);
    }

    /** The expert-days of all its packages. */
    public int totalDays() {
        return packages.stream().mapToInt(WorkPackage::days).sum();
    }

    public String id() {
        return id;
    }

    public Long version() {
        return version;
    }

    public String recipientId() {
        return recipientId;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public RequestStatus status() {
        return status;
    }

    public List<WorkPackage> packages() {
        return List.copyOf(packages);
    }

    public List<InterestMark> interest() {
        return List.copyOf(interest);
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
