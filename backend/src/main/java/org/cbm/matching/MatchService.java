package org.cbm.matching;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.cbm.account.Actor;
import org.cbm.account.CurrentActor;
import org.cbm.account.Role;
import org.cbm.audit.AuditLog;
import org.cbm.problem.NotFoundException;
import org.cbm.problem.StaleVersionException;
import org.cbm.storage.Filters;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The two sides' answers to proposals and the follow-up of confirmed matches. A recipient State's officials see
 * and act on the matches of their State's packages, a provider's officials on those of its offers, coordinators
 * see all. Every action names the version it was based on: of two people acting at once, one wins and the other
 * gets a conflict, and no status is skipped.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class MatchService {

    /** Optional filters of a list: {@code null} (or no statuses) means any; a match in any of the statuses is listed. */
    public record MatchFilter(Set<MatchStatus> statuses, String requestId, String offerId) {

        public MatchFilter {
            statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        }

        /** Matches in any of these statuses. */
        public static MatchFilter inStatus(Collection<MatchStatus> statuses) {
            return new MatchFilter(Set.copyOf(statuses), null, null);
        }
    }

    private static final List<MatchStatus> COMMITTED = MatchStatus.committed();

    private final MatchRepository matches;
    private final MongoOperations mongo;
    private final CurrentActor currentActor;
    private final AuditLog auditLog;
    private final Clock clock;

    MatchService(MatchRepository matches, MongoOperations mongo, CurrentActor currentActor, AuditLog auditLog, Clock clock) {
        this.matches = matches;
        this.mongo = mongo;
        this.currentActor = currentActor;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public Match get(String id) {
        Actor actor = currentActor.require();
        return matches.findById(id).filter(match -> isVisible(match, actor))
                .orElseThrow(() -> new NotFoundException("Match", id));
    }

    public Page<Match> list(MatchFilter filter, Pageable pageable) {
        return Filters.visible(visibleTo(currentActor.require()))
                .oneOf("status", filter.statuses())
                .equal("requestId", filter.requestId())
                .equal("offerId", filter.offerId())
                .page(mongo, pageable, Match.class);
    }

    /**
     * The packages of committed matches (confirmed, in delivery, completed) of this recipient State, by request id,
     * among the matches the signed-in user may see.
     */
    public Map<String, Set<String>> committedPackagesByRequest(String recipientId) {
        Query committed = Filters.visible(visibleTo(currentActor.require()))
                .and(where("recipientId").is(recipientId))
                .and(where("status").in(COMMITTED))
                .query();
        return mongo.find(committed, Match.class).stream().map(Match::pair).collect(Collectors.groupingBy(
                Match.Pair::requestId, Collectors.mapping(Match.Pair::packageId, Collectors.toSet())));
    }

    /** The signed-in official's side accepts; when the other side already has, the match is CONFIRMED. */
    public Match accept(String id, Long version) {
        return act(id, version, "ACCEPT", (match, side) -> match.accept(side, clock.instant()));
    }

    /** The signed-in official's side declines with a reason; the pair is never proposed again. */
    public Match decline(String id, Long version, String reason) {
        Actor actor = currentActor.require();
        return act(id, version, "DECLINE", (match, side) -> match.decline(side, actor.email(), reason, clock.instant()));
    }

    /** Either side reports that the work of a confirmed match has started. */
    public Match startDelivery(String id, Long version) {
        return act(id, version, "START_DELIVERY", (match, side) -> match.startDelivery(clock.instant()));
    }

    /** The recipient State reports that the assistance was delivered, with a rating from 1 to 5. */
    public Match complete(String id, Long version, Integer rating, String comment) {
        Actor actor = currentActor.require();
        return act(id, version, "COMPLETE", (match, side) -> {
            if (side != Side.RECIPIENT) {
                throw new AccessDeniedException("Only the recipient State reports the completion of assistance");
            }
            match.complete(rating == null ? 0 : rating, comment, actor.email(), clock.instant());
        });
    }

    private Match act(String id, Long basedOnVersion, String action, BiConsumer<Match, Side> change) {
        Actor actor = currentActor.require();
        Match match = get(id);
        Side side = sideOf(match, actor)
                .orElseThrow(() -> new AccessDeniedException("Only the recipient State and the provider of a match act on it"));
        StaleVersionException.require("Match", id, basedOnVersion, match.version());
        MatchStatus before = match.status();
        change.accept(match, side);
        Match saved = matches.save(match);
        auditLog.record(actor.email(), "Match", id, action + "_BY_" + side, before.name(), saved.status().name());
        return saved;
    }

    /**
     * The side the user acts for in a match: their organisation's, in a role they have; the recipient's side first,
     * for a user with both roles. Empty for anyone else, coordinators included: they see matches but do not act.
     */
    public static Optional<Side> sideOf(Match match, Actor actor) {
        if (actor.hasRole(Role.RECIPIENT) && actor.belongsTo(match.pair().recipientId())) {
            return Optional.of(Side.RECIPIENT);
        }
        if (actor.hasRole(Role.PROVIDER) && actor.belongsTo(match.pair().providerId())) {
            return Optional.of(Side.PROVIDER);
        }
        return Optional.empty();
    }

    private static boolean isVisible(Match match, Actor actor) {
        return actor.isCoordinator() || sideOf(match, actor).isPresent();
    }

    /** The same rule as {@link #isVisible} as a database query. */
    private static Criteria visibleTo(Actor actor) {
        if (actor.isCoordinator()) {
            return new Criteria();
        }
        List<Criteria> own = new ArrayList<>();
        if (actor.hasRole(Role.RECIPIENT)) {
            own.add(where("recipientId").is(actor.organisationId()));
        }
        if (actor.hasRole(Role.PROVIDER)) {
            own.add(where("providerId").is(actor.organisationId()));
        }
        return own.isEmpty() ? where("_id").exists(false) : new Criteria().orOperator(own);
    }
}
