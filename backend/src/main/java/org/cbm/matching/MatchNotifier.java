package org.cbm.matching;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cbm.account.AccountService;
import org.cbm.account.Role;
import org.cbm.account.UserAccount;
import org.cbm.notification.NotificationKind;
import org.cbm.notification.Notifications;
import org.cbm.notification.Recipient;
import org.cbm.offer.Offer;
import org.cbm.organisation.Organisation;
import org.cbm.organisation.OrganisationDirectory;
import org.cbm.request.AssistanceRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tells the officials of both sides what happened to their matches, by e-mail in each one's language: a new
 * proposal, the other side's acceptance or decline, a confirmation, and reminders of proposals left unanswered.
 * Events wait inside the match document (written with the change itself); this relay queues one e-mail per
 * official in the outbox, under a key derived from the event, and only then removes the event, so that a stop
 * at any moment neither loses nor duplicates a notification.
 */
@Component
class MatchNotifier {

    private final MongoOperations mongo;
    private final AccountService accounts;
    private final OrganisationDirectory organisations;
    private final Notifications notifications;
    private final Clock clock;
    private final Duration remindAfter;
    private final String publicUrl;

    MatchNotifier(MongoOperations mongo, AccountService accounts, OrganisationDirectory organisations,
            Notifications notifications, Clock clock,
            @Value("${cbm.matching.remind-after:P7D}") Duration remindAfter,
            @Value("${cbm.public-url:http://localhost:8080}") String publicUrl) {
        this.mongo = mongo;
        this.accounts = accounts;
        this.organisations = organisations;
        this.notifications = notifications;
        this.clock = clock;
        this.remindAfter = remindAfter;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** Turns every pending match event into queued e-mails; returns how many events were relayed. */
    @Scheduled(fixedDelayString = "${cbm.matching.notify-interval:PT5S}",
            initialDelayString = "${cbm.matching.notify-initial-delay:PT10S}")
    int relayPendingEvents() {
        int relayed = 0;
        for (Match match : mongo.find(query(where("pendingEvents.0").exists(true)), Match.class)) {
            for (MatchEvent event : match.pendingEvents()) {
                Map<String, String> values = values(match);
                for (Side side : addressees(event)) {
                    for (UserAccount official : officials(match, side)) {
                        notifications.enqueue(event.id() + "/" + official.id(), recipient(official), kind(event), values);
                    }
                }
                // By collection name: a relayed event is no change of the match, so its version must not move
                // (the entity-class variant would increment it and turn people's next answer into a conflict).
                mongo.updateFirst(query(where("_id").is(match.id())),
                        new Update().pull("pendingEvents", Query.query(where("_id").is(event.id())).getQueryObject()),
                        mongo.getCollectionName(Match.class));
                relayed++;
            }
        }
        return relayed;
    }

    /**
     * Reminds each side that has not answered a proposal once per {@code cbm.matching.remind-after} period
     * (7 days by default) since it was proposed.
     */
    @Scheduled(fixedDelayString = "${cbm.matching.reminder-check-interval:PT1H}", initialDelayString = "PT1M")
    int remindUnanswered() {
        Instant now = clock.instant();
        int reminded = 0;
        List<MatchStatus> open = List.of(MatchStatus.PROPOSED, MatchStatus.ACCEPTED_BY_PROVIDER, MatchStatus.ACCEPTED_BY_RECIPIENT);
        for (Match match : mongo.find(query(where("status").in(open).and("proposedAt").lte(now.minus(remindAfter))), Match.class)) {
            long period = Duration.between(match.proposedAt(), now).toMillis() / remindAfter.toMillis();
            Map<String, String> values = values(match);
            for (Side side : Side.values()) {
                if (hasAnswered(match, side)) {
                    continue;
                }
                for (UserAccount official : officials(match, side)) {
                    notifications.enqueue(match.id() + "/reminder-" + period + "/" + official.id(), recipient(official),
                            NotificationKind.PROPOSAL_REMINDER, values);
                    reminded++;
                }
            }
        }
        return reminded;
    }

    private static boolean hasAnswered(Match match, Side side) {
        return match.status() == (side == Side.PROVIDER ? MatchStatus.ACCEPTED_BY_PROVIDER : MatchStatus.ACCEPTED_BY_RECIPIENT);
    }

    /** Who is told: both sides of a proposal and a confirmation, the other side of an acceptance or a decline. */
    private static List<Side> addressees(MatchEvent event) {
        return switch (event.kind()) {
            case PROPOSED, CONFIRMED -> List.of(Side.RECIPIENT, Side.PROVIDER);
            case ACCEPTED, DECLINED -> List.of(event.side() == Side.PROVIDER ? Side.RECIPIENT : Side.PROVIDER);
        };
    }

    private static NotificationKind kind(MatchEvent event) {
        return switch (event.kind()) {
            case PROPOSED -> NotificationKind.PROPOSAL_NEW;
            case ACCEPTED -> NotificationKind.PROPOSAL_ACCEPTED;
            case DECLINED -> NotificationKind.PROPOSAL_DECLINED;
            case CONFIRMED -> NotificationKind.MATCH_CONFIRMED;
        };
    }

    private List<UserAccount> officials(Match match, Side side) {
        return side == Side.RECIPIENT
                ? accounts.officials(match.pair().recipientId(), Role.RECIPIENT)
                : accounts.officials(match.pair().providerId(), Role.PROVIDER);
    }

    private static Recipient recipient(UserAccount official) {
        return new Recipient(official.email(), official.displayName(), official.preferredLanguage());
    }

    /** What the e-mail says about the match: request, package, both parties, offer, and a link. */
    private Map<String, String> values(Match match) {
        Match.Pair pair = match.pair();
        AssistanceRequest request = mongo.findById(pair.requestId(), AssistanceRequest.class);
        Offer offer = mongo.findById(pair.offerId(), Offer.class);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("matchId", match.id());
        Optional<Organisation> recipient = organisations.find(pair.recipientId());
        Optional<Organisation> provider = organisations.find(pair.providerId());
        values.put("recipientState", recipient.map(Organisation::name).orElse(pair.recipientId()));
        values.put("providerName", provider.map(Organisation::name).orElse(pair.providerId()));
        // With the States' ids, each e-mail names them in its reader's language.
        recipient.filter(Organisation::isState).ifPresent(state -> values.put("recipientStateId", state.id()));
        provider.filter(Organisation::isState).ifPresent(state -> values.put("providerStateId", state.id()));
        values.put("link", publicUrl + "/");
        if (request != null) {
            values.put("requestTitle", request.title());
            request.packages().stream().filter(p -> p.id().equals(pair.packageId())).findFirst().ifPresent(p -> {
                // The code: the e-mail writes the theme's name in each recipient's language.
                values.put("packageTheme", p.theme().name());
                values.put("days", String.valueOf(p.days()));
                values.put("period", p.start() + " – " + p.end());
            });
        }
        if (offer != null) {
            values.put("offerTitle", offer.title());
        }
        if (match.decline() != null) {
            values.put("reason", match.decline().reason());
        }
        return values;
    }
}
