package org.cbm.request;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cbm.account.Actor;
import org.cbm.account.CurrentActor;
import org.cbm.account.Role;
import org.cbm.audit.AuditLog;
import org.cbm.organisation.Organisation;
import org.cbm.organisation.OrganisationDirectory;
import org.cbm.problem.NotFoundException;
import org.cbm.problem.StaleVersionException;
import org.cbm.problem.StatusNotAllowedException;
import org.cbm.solver.instance.Theme;
import org.cbm.storage.Filters;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Requests for assistance, as each user may see and change them. A recipient State's officials see all their
 * State's requests and change them; everyone signed in sees published (and closed) requests; drafts are seen by
 * their own State only, withdrawn requests also by coordinators. What a user may not see is "not found".
 */
@Service
@PreAuthorize("isAuthenticated()")
public class RequestService {

    /** What a recipient writes; {@code version} is the version the change is based on (absent when creating). */
    public record RequestInput(Long version, String title, String description, List<PackageInput> packages) {
    }

    /** A work package as written; without an id for a new package, with its id to keep an existing one. */
    public record PackageInput(String id, Theme theme, Set<String> languages, Integer days, Integer urgency,
            LocalDate start, LocalDate end, String notes) {
    }

    /** Optional filters of a list, besides the marketplace's ({@link MarketplaceQuery}); {@code null} means any. */
    public record RequestFilter(RequestStatus status, String recipientId) {
    }

    private final AssistanceRequestRepository requests;
    private final MongoOperations mongo;
    private final OrganisationDirectory organisations;
    private final RequestCatalogue catalogue;
    private final CurrentActor currentActor;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RequestService(AssistanceRequestRepository requests, MongoOperations mongo, OrganisationDirectory organisations,
            RequestCatalogue catalogue, CurrentActor currentActor, AuditLog auditLog, ApplicationEventPublisher events,
            Clock clock) {
        this.requests = requests;
        this.mongo = mongo;
        this.organisations = organisations;
        this.catalogue = catalogue;
        this.currentActor = currentActor;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('RECIPIENT')")
    public AssistanceRequest create(RequestInput input) {
        Actor actor = currentActor.require();
        Organisation state = organisations.find(actor.organisationId()).filter(Organisation::isState)
                .orElseThrow(() -> new AccessDeniedException("Only officials of a State can request assistance"));
        AssistanceRequest request = requests.insert(AssistanceRequest.draft("r-" + UUID.randomUUID(), state.id(),
                input.title(), input.description(), packages(input.packages(), List.of())));
        auditLog.record(actor.email(), "AssistanceRequest", request.id(), "CREATE", null, summary(request));
        return request;
    }

    public AssistanceRequest get(String id) {
        Actor actor = currentActor.require();
        return requests.findById(id).filter(request -> isVisible(request, actor))
                .orElseThrow(() -> new NotFoundException("Request", id));
    }

    /** Those of these requests the signed-in user may see (as {@link #get}), by id; other and unknown ids are left out. */
    public Map<String, AssistanceRequest> visible(Collection<String> ids) {
        Actor actor = currentActor.require();
        return requests.findAllById(ids).stream().filter(request -> isVisible(request, actor))
                .collect(Collectors.toMap(AssistanceRequest::id, Function.identity()));
    }

    public Page<AssistanceRequest> list(RequestFilter filter, Pageable pageable) {
        return list(filter, MarketplaceQuery.ANY, pageable);
    }

    /** A list filtered also as the marketplace is (see {@link RequestCatalogue#search}), within what the user may see. */
    public Page<AssistanceRequest> list(RequestFilter filter, MarketplaceQuery search, Pageable pageable) {
        Filters filters = Filters.visible(visibleTo(currentActor.require()))
                .equal("status", filter.status())
                .equal("recipientId", filter.recipientId());
        return catalogue.filter(filters, search).page(mongo, pageable, AssistanceRequest.class);
    }

    @PreAuthorize("hasRole('RECIPIENT')")
    public AssistanceRequest revise(String id, RequestInput input) {
        return change(id, input.version(), "REVISE", request ->
                request.revise(input.title(), input.description(), packages(input.packages(), request.packages())));
    }

    @PreAuthorize("hasRole('RECIPIENT')")
    public AssistanceRequest publish(String id, Long version) {
        return change(id, version, "PUBLISH", request -> request.publish(clock.instant()));
    }

    /** Withdraws a draft or published request; its open proposals are withdrawn with it. */
    @PreAuthorize("hasRole('RECIPIENT')")
    public AssistanceRequest withdraw(String id, Long version) {
        AssistanceRequest withdrawn = change(id, version, "WITHDRAW", AssistanceRequest::withdraw);
        events.publishEvent(new RequestWithdrawn(id));
        return withdrawn;
    }

    /**
     * Marks the signed-in provider's interest in a published request; marking again changes nothing. One atomic
     * update, so that providers marking at the same moment never conflict with each other.
     */
    @PreAuthorize("hasRole('PROVIDER')")
    public AssistanceRequest markInterest(String id) {
        Actor actor = currentActor.require();
        AssistanceRequest request = get(id);
        StatusNotAllowedException.require("mark interest in", "a request", request.status(), RequestStatus.PUBLISHED);
        boolean marked = mongo.updateFirst(
                Query.query(where("_id").is(id).and("status").is(RequestStatus.PUBLISHED)
                        .and("interest.providerId").ne(actor.organisationId())),
                new Update().push("interest", new InterestMark(actor.organisationId(), actor.email(), clock.instant()))
                        .inc("version", 1),
                AssistanceRequest.class).getModifiedCount() == 1;
        if (marked) {
            auditLog.record(actor.email(), "AssistanceRequest", id, "MARK_INTEREST", null, actor.organisationId());
        }
        return get(id);
    }

    private AssistanceRequest change(String id, Long basedOnVersion, String action,
            Consumer<AssistanceRequest> change) {
        Actor actor = currentActor.require();
        AssistanceRequest request = requests.findById(id)
                .filter(r -> r.recipientId().equals(actor.organisationId()))
                .orElseThrow(() -> new NotFoundException("Request", id));
        StaleVersionException.require("Request", id, basedOnVersion, request.version());
        String before = summary(request);
        change.accept(request);
        AssistanceRequest saved = requests.save(request);
        auditLog.record(actor.email(), "AssistanceRequest", id, action, before, summary(saved));
        return saved;
    }

    /** The packages as written, keeping the ids of existing packages and giving new ones a fresh id. */
    private static List<WorkPackage> packages(List<PackageInput> inputs, List<WorkPackage> existing) {
        if (inputs == null) {
            return List.of();
        }
        List<WorkPackage> packages = new ArrayList<>();
        for (PackageInput input : inputs) {
            boolean kept = input.id() != null && existing.stream().anyMatch(p -> p.id().equals(input.id()));
            packages.add(new WorkPackage(kept ? input.id() : "p-" + UUID.randomUUID(), input.theme(), input.languages(),
                    input.days() == null ? 0 : input.days(), input.urgency() == null ? 0 : input.urgency(),
                    input.start(), input.end(), input.notes()));
        }
        return packages;
    }

    private static boolean isVisible(AssistanceRequest request, Actor actor) {
        if (actor.hasRole(Role.RECIPIENT) && actor.belongsTo(request.recipientId())) {
            return true;
        }
        return switch (request.status()) {
            case DRAFT -> false;
            case WITHDRAWN -> actor.isCoordinator();
            case PUBLISHED, CLOSED -> true;
        };
    }

    /** The same rule as {@link #isVisible} as a database query. */
    private static Criteria visibleTo(Actor actor) {
        List<Criteria> visible = new ArrayList<>();
        visible.add(where("status").in(RequestStatus.PUBLISHED, RequestStatus.CLOSED));
        if (actor.isCoordinator()) {
            visible.add(where("status").is(RequestStatus.WITHDRAWN));
        }
        if (actor.hasRole(Role.RECIPIENT)) {
            visible.add(where("recipientId").is(actor.organisationId()));
        }
        return new Criteria().orOperator(visible);
    }

    private static String summary(AssistanceRequest request) {
        return request.status() + " '" + request.title() + "' (" + request.packages().size() + " packages, "
                + request.totalDays() + " expert-days)";
    }
}
