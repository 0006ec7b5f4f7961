package org.cbm.request;

import java.time.Instant;
import java.util.List;

/** A request as the REST API shows it; {@code version} must be sent back with a change. */
public record RequestView(String id, Long version, String recipientId, String title, String description,
        RequestStatus status, List<WorkPackage> packages, List<String> interestedProviders, Instant publishedAt,
        Instant createdAt, Instant updatedAt) {

    static RequestView of(AssistanceRequest request) {
        return new RequestView(request.id(), request.version(), request.recipientId(), request.title(),
                request.description(), request.status(), request.packages(),
                request.interest().stream().map(InterestMark::providerId).toList(), request.publishedAt(),
                request.createdAt(), request.updatedAt());
    }
}
