package org.cbm.offer;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.cbm.account.Actor;
import org.cbm.account.CurrentActor;
import org.cbm.account.Role;
import org.cbm.audit.AuditLog;
import org.cbm.problem.NotFoundException;
import org.cbm.problem.StaleVersionException;
import org.cbm.solver.instance.IncomeGroup;
import org.cbm.solver.instance.Region;
import org.cbm.solver.instance.Theme;
import org.cbm.storage.Filters;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Providers' offers, as each user may see and change them: a provider's officials see and change all their
 * organisation's offers; everyone signed in sees active and closed offers; drafts are their provider's own.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class OfferService {

    /** What a provider writes; {@code version} is the version the change is based on (absent when creating). */
    public record OfferInput(Long version, String title, String description, Set<Theme> themes, Set<String> languages,
            Integer capacityDays, LocalDate start, LocalDate end, Set<Region> eligibleRegions,
            Set<IncomeGroup> eligibleIncomeGroups) {

        Offer.Terms terms() {
            return new Offer.Terms(title, description, themes, languages, capacityDays == null ? 0 : capacityDays,
                    start, end, eligibleRegions, eligibleIncomeGroups);
        }
    }

    /** Optional filters of a list; {@code null} means any. */
    public record OfferFilter(OfferStatus status, String providerId, Theme theme) {
    }

    private final OfferRepository offers;
    private final MongoOperations mongo;
    private final CurrentActor currentActor;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;

    OfferService(OfferRepository offers, MongoOperations mongo, CurrentActor currentActor, AuditLog auditLog,
            ApplicationEventPublisher events) {
        this.offers = offers;
        this.mongo = mongo;
        this.currentActor = currentActor;
        this.auditLog = auditLog;
        this.events = events;
    }

    @PreAuthorize("hasRole('PROVIDER')")
    public Offer create(OfferInput input) {
        Actor actor = currentActor.require();
        Offer offer = offers.insert(Offer.draft("o-" + UUID.randomUUID(), actor.organisationId(), input.terms()));
        auditLog.record(actor.email(), "Offer", offer.id(), "CREATE", null, summary(offer));
        return offer;
    }

    public Offer get(String id) {
        Actor actor = currentActor.require();
        return offers.findById(id).filter(offer -> isVisible(offer, actor))
                .orElseThrow(() -> new NotFoundException("Offer", id));
    }

    /** The titles of those of these offers the signed-in user may see, by id; other and unknown ids are left out. */
    public Map<String, String> titles(Collection<String> ids) {
        Actor actor = currentActor.require();
        return offers.findAllById(ids).stream().filter(offer -> isVisible(offer, actor))
                .collect(Collectors.toMap(Offer::id, Offer::title));
    }

    public Page<Offer> list(OfferFilter filter, Pageable pageable) {
        return Filters.visible(visibleTo(currentActor.require()))
                .equal("status", filter.status())
                .equal("providerId", filter.providerId())
                .equal("themes", filter.theme())
                .page(mongo, pageable, Offer.class);
    }

    @PreAuthorize("hasRole('PROVIDER')")
    public Offer revise(String id, OfferInput input) {
        return change(id, input.version(), "REVISE", offer -> offer.revise(input.terms()));
    }

    @PreAuthorize("hasRole('PROVIDER')")
    public Offer activate(String id, Long version) {
        return change(id, version, "ACTIVATE", Offer::activate);
    }

    /** Closes an offer; its open proposals are withdrawn with it. */
    @PreAuthorize("hasRole('PROVIDER')")
    public Offer close(String id, Long version) {
        Offer closed = change(id, version, "CLOSE", Offer::close);
        events.publishEvent(new OfferClosed(id));
        return closed;
    }

    private Offer change(String id, Long basedOnVersion, String action, Consumer<Offer> change) {
        Actor actor = currentActor.require();
        Offer offer = offers.findById(id).filter(o -> o.providerId().equals(actor.organisationId()))
                .orElseThrow(() -> new NotFoundException("Offer", id));
        StaleVersionException.require("Offer", id, basedOnVersion, offer.version());
        String before = summary(offer);
        change.accept(offer);
        Offer saved = offers.save(offer);
        auditLog.record(actor.email(), "Offer", id, action, before, summary(saved));
        return saved;
    }

    private static boolean isVisible(Offer offer, Actor actor) {
        return (actor.hasRole(Role.PROVIDER) && actor.belongsTo(offer.providerId())) || offer.status() != OfferStatus.DRAFT;
    }

    /** The same rule as {@link #isVisible} as a database query. */
    private static Criteria visibleTo(Actor actor) {
        Criteria notDraft = where("status").ne(OfferStatus.DRAFT);
        return actor.hasRole(Role.PROVIDER)
                ? new Criteria().orOperator(notDraft, where("providerId").is(actor.organisationId()))
                : notDraft;
    }

    private static String summary(Offer offer) {
        return offer.status() + " '" + offer.title() + "' (" + offer.capacityDays() + " expert-days, "
                + offer.start() + " to " + offer.end() + ")";
    }
}
