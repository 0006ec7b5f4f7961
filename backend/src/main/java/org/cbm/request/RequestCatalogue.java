package org.cbm.request;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.cbm.organisation.OrganisationDirectory;
import org.cbm.organisation.StateProfile;
import org.cbm.storage.Filters;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/**
 * Read access to the requests that recipient States have published for providers to see: the marketplace. Published
 * requests are visible to every signed-in user (see {@link RequestService}), so nothing here depends on who asks.
 */
@Service
public class RequestCatalogue {

    /** Newest first; the id breaks ties, so that pages neither repeat nor skip requests published at the same time. */
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.asc("id"));

    private final AssistanceRequestRepository requests;
    private final MongoOperations mongo;
    private final OrganisationDirectory organisations;

    RequestCatalogue(AssistanceRequestRepository requests, MongoOperations mongo, OrganisationDirectory organisations) {
        this.requests = requests;
        this.mongo = mongo;
        this.organisations = organisations;
    }

    /**
     * One page of the published requests that match the query, newest first unless the page asks for another order.
     * Filtering and paging happen in the database, so a page costs the same with ten thousand requests. The page is
     * not counted: a grid asks for the {@link #count} once, then for page after page as it scrolls.
     */
    public List<AssistanceRequest> search(MarketplaceQuery query, Pageable pageable) {
        return filters(query).find(mongo, ordered(pageable), AssistanceRequest.class);
    }

    /** How many published requests match the query. */
    public long count(MarketplaceQuery query) {
        return mongo.count(filters(query).query(), AssistanceRequest.class);
    }

    /** A published request, for its detail view; drafts, closed and withdrawn requests are not in the marketplace. */
    public Optional<AssistanceRequest> find(String id) {
        return requests.findById(id).filter(request -> request.status() == RequestStatus.PUBLISHED);
    }

    private Filters filters(MarketplaceQuery query) {
        return filter(Filters.visible(where("status").is(RequestStatus.PUBLISHED)), query);
    }

    /**
     * Adds the query to the filters as database conditions, also for the request list of the REST API. The package
     * filters go into one {@code $elemMatch}: a provider looking for incident response in French needs one package it
     * can deliver, not a request with an incident-response package in English and another package in French. The
     * State filters become the ids of the States that have that profile, because the profile lives in the State's
     * document.
     */
    Filters filter(Filters filters, MarketplaceQuery query) {
        if (query.filtersPackages()) {
            Criteria onePackage = null;
            onePackage = equal(onePackage, "theme", query.theme() == null ? null : query.theme().name());
            // A package's languages are an array: equality means "one of its languages is".
            onePackage = equal(onePackage, "languages", query.language());
            onePackage = equal(onePackage, "urgency", query.urgency());
            filters.and(where("packages").elemMatch(onePackage));
        }
        if (query.filtersStates()) {
            Predicate<StateProfile> profile = state -> (query.region() == null || state.region() == query.region())
                    && (query.incomeGroup() == null || state.incomeGroup() == query.incomeGroup())
                    && (query.priorityGroup() == null || query.priorityGroup().includes(state));
            filters.and(where("recipientId").in(organisations.stateIds(profile)));
        }
        // What people type is searched for literally, not as $text: that is not available on the embedded server.
        return filters.containsText(query.text(), "title", "description");
    }

    private static Criteria equal(Criteria chain, String field, Object value) {
        if (value == null) {
            return chain;
        }
        return chain == null ? where(field).is(value) : chain.and(field).is(value);
    }

    private static Pageable ordered(Pageable pageable) {
        if (pageable.isUnpaged()) {
            return pageable;
        }
        Sort sort = pageable.getSort();
        if (sort.isUnsorted()) {
            sort = NEWEST_FIRST;
        } else if (sort.getOrderFor("id") == null) {
            sort = sort.and(Sort.by("id"));
        }
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort);
    }
}
