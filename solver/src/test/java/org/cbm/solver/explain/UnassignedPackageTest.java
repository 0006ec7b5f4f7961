package org.cbm.solver.explain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Explanations are stored as JSON with the plans: those written before {@code daysLeft} existed still read. */
class UnassignedPackageTest {

    @Test
    void anExplanationWithoutDaysLeftReadsWithNone() throws Exception {
        String stored = """
                {"packageId": "p-1", "recipientId": "KEN", "days": 30, "reason": "NO_TIME_MATCH",
                 "explanation": "no offer with its theme, language and time window", "offers": ["o-1"],
                 "stabilityPoints": 0}""";

        UnassignedPackage read = new ObjectMapper().readValue(stored, UnassignedPackage.class);

        assertThat(read.offers()).containsExactly("o-1");
        assertThat(read.daysLeft()).isEmpty();
    }
}
