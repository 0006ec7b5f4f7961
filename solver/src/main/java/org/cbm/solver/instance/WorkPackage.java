package org.cbm.solver.instance;

import java.time.LocalDate;
import java.util.List;

/** A part of a recipient's request that one offer can take: {@code days} expert-days of one theme. */
public record WorkPackage(String id, String requestId, String recipientId, Theme theme, List<String> languages,
                          int days, int urgency, LocalDate start, LocalDate end, List<String> interestedProviders) {

    public WorkPackage {
        languages = List.copyOf(languages);
        interestedProviders = interestedProviders == null ? List.of() : List.copyOf(interestedProviders);
    }

    /** {@code urgency · days}, the package's share of its recipient's weighted need. */
    public long weightedDays() {
        return (long) urgency * days;
    }
}
