package org.cbm.request;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** Read access to the requests that recipient States have published for providers to see. */
@Service
public class RequestCatalogue {

    private final AssistanceRequestRepository requests;

    RequestCatalogue(AssistanceRequestRepository requests) {
        this.requests = requests;
    }

    /** One page of published requests, each with its work packages. */
    public Page<AssistanceRequest> published(Pageable pageable) {
        return requests.findByStatus(RequestStatus.PUBLISHED, pageable);
    }

    public long countPublished() {
        return requests.countByStatus(RequestStatus.PUBLISHED);
    }
}
